/**
 * WEMWBS notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart
 * from the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(wemwbs, wemwbsNotes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { wemwbs } from './wemwbs.js';

export const wemwbsNotes = {
  sources: {
    bianco2012: 'Abstract (copy on studylib.net): "Based on the CES-D cut-off score chosen, a WEMWBS cut-off score of 43.5 seemed to perform best in screening depressive symptomatology in the three times, maximizing the Area Under the Curve (AUC>0.910) with sensitivity and specificity values of at least 83%"; a self-selected sample of 3117 adult internet users of an NHS health portal; WEMWBS and CES-D correlate at r of at least −.80, so the screen is positive below 43.5, i.e. at a whole-number total of 43 or less. A master\'s thesis, not a peer-reviewed paper; one practitioner page (smartclinic.com) gives other bands ("44 or below … increased risk of depression") that are not shipped.',
    tennant2007: 'Methods, as reproduced from the article on pubcompare.ai: respondents tick "their experience of each statement over the past two weeks using a 5-point Likert scale (none of the time, rarely, some of the time, often, all of the time). The Likert scale represents a score for each item from 1 to 5 respectively, giving a minimum score of 14 and maximum score of 70. All items are scored positively. The overall score for the WEMWBS is calculated by totalling the scores for each item, with equal weights."',
    warwick_howto: '"The total score is obtained by summing the score for each of the 14 items. The scoring range for each item is from 1 – 5 and the total score is from 14-70." Missing-data guidance is in the registered-user guides, which were not readable here, so every item is required.',
    wemwbs_form: 'Item order and option labels, read in a practitioner reproduction of the form ("Below are some statements about feelings and thoughts. Please tick the box that best describes your experience of each over the last 2 weeks"; None of the time 1 … All of the time 5); item 10 (confidence) from concordant reproductions. The seven items also listed by the Scottish Government for SWEMWBS match items 1, 2, 3, 6, 7, 9 and 11 here.',
    warwick_licence: 'Warwick’s registration text (as reproduced by Generations Working Together): "WEMWBS is protected by copyright. If you would like to use WEMWBS, you need to register to receive a license for use. If you represent a not-for-profit organisation … the scales are available for use by a standard free license … Enquiries from commercial organisations should be directed to Warwick Ventures", followed by the notice "Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS) © NHS Health Scotland, The University of Warwick and University of Edinburgh, 2006, all rights reserved." Warwick FAQ: changing the text size is acceptable "as long as no changes to the wording, response categories or layout of WEMWBS are made". That the free licence does not allow sharing the scale publicly, and that the commercial licence carries a fee, are as quoted from the Warwick "using" page in the project’s research notes; that page was not re-read here.',
    shes2018: 'Table 1.2, base aged 16 and over, totals: men mean 49.3 (SD 9.06, unweighted base 1856), women 49.6 (SD 8.86, 2443), all adults 49.4 (SD 8.96, 4299). "WEMWBS scores range from 14 to 70. Higher scores indicate greater wellbeing."',
  },
  benchmarks: {
    shes2018_adults: 'n is the unweighted base (weighted base 4305); SE of the mean 0.21.',
    shes2018_men: 'n is the unweighted base (weighted base 2076).',
    shes2018_women: 'n is the unweighted base (weighted base 2229).',
  },
  outcomes: {
    wellbeing: 'Severity is low well-being. No cut-off ships (see docs/unverified.md).',
  },
} as const satisfies DefinitionNotes<typeof wemwbs>;
