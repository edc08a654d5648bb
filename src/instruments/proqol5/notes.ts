/**
 * ProQOL 5 notes: what each source is cited for, with the passages that support each rule; why the
 * outcome uses its scale and cut-off. Prose only, kept apart from the definition so that an app
 * bundling it with `score` carries only what scoring and citing need; `withNotes(proqol5,
 * proqol5Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { proqol5 } from './proqol5.js';

export const proqol5Notes = {
  sources: {
    proqol5_form: 'Instructions, options "1=Never 2=Rarely 3=Sometimes 4=Often 5=Very Often", the 30 items in order and the footer notice. Read in reproductions of the English form (docobook.com and pdf4pro.com copies of "Compassion Satisfaction and Compassion Fatigue (ProQOL) Version 5 (2009)": instructions and items 1–22 word for word; items 23–30 from concordant reproductions: counselorburnout.org subscale listing and two public code copies of the form). The proqol.org PDF itself was not reachable here.',
    proqol5_self_score: 'Scale membership (compassion satisfaction 3, 6, 12, 16, 18, 20, 22, 24, 27, 30; burnout 1, 4, 8, 10, 15, 17, 19, 21, 26, 29; secondary traumatic stress 2, 5, 7, 9, 11, 13, 14, 23, 25, 28), sums, the asterisked burnout items 1, 4, 15, 17, 29 reversed (1↔5, 2↔4) and, for each scale, "22 or less Low / Between 23 and 41 Moderate / 42 or more High". Seen in reproductions of the self-score sheet (a jotform copy of the score table; eval.health: "items 1, 4, 15, 17, and 29 are reverse-scored before summing"; counselorburnout.org marks the same five items; a Stamm 2010 figure reproduced "with permission": "on the burnout scale you will then take an additional step to reverse the score when you see the asterisk"); the proqol.org PDF itself was not reachable here.',
    stamm2010: 'The manual for ProQOL 5 (three separate scales, no total; Section 5 scoring). Only its opening pages could be read here; its t-score conversion (the form: "The average score is 50 (SD 10 …). About 25% of people score higher than 57 and about 25% of people score below 43") is not modelled because the raw means and SDs behind it were not readable.',
    proqol_permissions: 'proqol.org FAQ: "You may use the measure freely as long as (a) author is credited, (b) no changes are made, and (c) it is not sold. You may reformat the measure to fit with your needs." Older permissions page: "permission to convert the ProQOL into other formats such as a computerized … version"; use in for-profit settings "as long as the course is the item sold, not the ProQOL". Current CVT permission form (survey.alchemer.com/s3/5005054): "may be freely copied and used, without individualized permission … as long as: You credit The Center for Victims of Torture and provide a link to www.ProQOL.org; It is not sold".',
  },
  outcomes: {
    burnout: 'The self-score bands are descriptive, not a cut-off; severity only.',
    compassion_fatigue: 'Compassion fatigue as the secondary traumatic stress scale; severity only.',
    professional_fulfillment: 'Compassion satisfaction, the ProQOL\'s positive scale: severity is lack of it.',
  },
} as const satisfies DefinitionNotes<typeof proqol5>;
