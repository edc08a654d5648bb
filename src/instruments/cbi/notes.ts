/**
 * CBI notes: what each source is cited for, with the passages that support each rule, and what the
 * benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart from
 * the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(cbi, cbiNotes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { cbi } from './cbi.js';

export const cbiNotes = {
  sources: {
    puma_questionnaire: 'Item wording and order; "Scoring: Always: 100. Often: 75. Sometimes: 50. Seldom: 25. Never/almost never: 0."; "Reversed score for last question" (work item 7); "Total score on the scale is the average of the scores on the items"; personal: "If less than three questions have been answered, the respondent is classified as non-responder"; work-related: less than four. The client-related part (wording, and the rule of at least 3 of 6) could not be read in the copy available here and rests on concordant reproductions (PMC9358756 Table 1 and others).',
    kristensen2005: 'Three separate scales (personal, work-related, client-related); no total score.',
    borritz2004: 'High burnout "defined as 50 points or more" (as quoted from this document; the document itself was not reachable here). The authors caution against fixed cut-points (Kristensen, interview), so the ≥ 50 line is a convention, not a diagnosis.',
    creedy2017: 'Abstract: "An online survey was conducted in September 2014. Participants were recruited through the Australian College of Midwives and professional networks." "Standard measures included the Copenhagen Burnout Inventory (CBI) (Personal, Work and Client subscales)". "One thousand thirty-seven surveys were received. Respondents were predominantly female (98%)". "Using a CBI subscale cut-off score of 50 and above (moderate and higher), 64.9% (n = 643) reported personal burnout; 43.8% (n = 428) reported work-related burnout; and 10.4% (n = 102) reported client-related burnout." The full text (per-subscale denominators, means) was not read.',
    cbi_client_copies: 'The client-related items and the rule "at least 3 of 6 answered", where the PUMA questionnaire copy available here stops.',
  },
  benchmarks: {
    au_midwives_2014_personal: 'Survey year (September 2014; published 2017). Cut-off "50 and above (moderate and higher)", the same ≥ 50 line as personal_high. "64.9% (n = 643) reported personal burnout". n is the number of surveys received (1037); the percentage is of those with a personal-burnout score, whose exact denominator the abstract does not print (643 / 0.649 ≈ 990). A convenience sample, not a norm.',
    au_midwives_2014_work: 'Survey year (September 2014; published 2017). Cut-off ≥ 50, as work_high. "43.8% (n = 428) reported work-related burnout". n is the number of surveys received; the subscale denominator is not printed in the abstract (428 / 0.438 ≈ 977).',
    au_midwives_2014_client: 'Survey year (September 2014; published 2017). Cut-off ≥ 50, as client_high. "10.4% (n = 102) reported client-related burnout". n is the number of surveys received; the subscale denominator is not printed in the abstract (102 / 0.104 ≈ 981).',
  },
  outcomes: {
    burnout: 'Work-related burnout stands for the CBI next to other occupational burnout measures; personal and client-related burnout stay in every result and cohort summary.',
  },
} as const satisfies DefinitionNotes<typeof cbi>;
