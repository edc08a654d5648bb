/**
 * MBI 2-item notes: what each source is cited for, with the passages that support each rule, and
 * what the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept
 * apart from the definition so that an app bundling it with `score` carries only what scoring and
 * citing need; `withNotes(mbi2, mbi2Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { mbi2 } from './mbi2.js';

export const mbi2Notes = {
  sources: {
    west2009: 'Abstract: "The single questions with the highest factor loading on the emotional exhaustion (EE) […] and depersonalization (DP) […] domains of burnout were evaluated" in 2,248 medical students, 333 internal medicine residents, 465 internal medicine faculty and 7,905 surgeons (the quoted questions are MBI-HSS items 8 and 10; wording omitted here); the MBI is "answered on a 7-point Likert scale". The per-response tables were not read here.',
    west2012: 'Background: the two items are asked in a "How often do you feel …?" form; "The positive predictive values of the single-item thresholds for high levels of emotional exhaustion and depersonalization are 88.2% and 89.6%". The Methods sentence giving the threshold ("once a week" or more, ≥ 4 on 0–6) was not reached; for EE it is confirmed by Dolan et al. 2015 (below), for DP it rests on the issue contract and the Mayo-group convention.',
    dolan2015: 'Abstract: "The prevalence of burnout was 36.7% as measured on the single MBI:EE item" (n = 5,404, surveyed 2012). 36.7% is exactly the share answering "Once a week", "A few times a week" or "Every day" in the appendix (413 + 852 + 719 = 1984 of 5404), i.e. the EE item dichotomised at ≥ 4.',
    dolan2015_appendix: 'Column totals for the MBI:EE single item (MBI-HSS item 8): Never 1,186 (22.0%), A few times a year or less 1,013 (18.8%), Once a month or less 523 (9.7%), A few times a month 698 (12.9%), Once a week 413 (7.6%), A few times a week 852 (15.8%), Every day 719 (13.3%); total 5,404.',
    mindgarden: 'Response scale 0 (Never) to 6 (Every day); "All reproductions in any medium need to be purchased from the publisher".',
  },
  benchmarks: {
    va_primary_care_2012_ee_distribution: 'Emotional exhaustion item only (the study did not ask the depersonalization item). Survey year 2012, published 2015. Shares as printed (counts 1186, 1013, 523, 698, 413, 852, 719 of 5404; printed shares add to 100.1% by rounding).',
    va_primary_care_2012_ee_high: 'Survey year 2012, published 2015. 1984 of 5404 answered "once a week" or more often.',
  },
  outcomes: {
    burnout: 'Positive by the burnout cut-off (either item weekly or more often). Severity is the emotional exhaustion item, as for the full MBI.',
  },
} as const satisfies DefinitionNotes<typeof mbi2>;
