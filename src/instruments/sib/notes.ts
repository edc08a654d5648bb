/**
 * Single-item burnout notes: what each source is cited for, with the passages that support each
 * rule, and what the benchmark figures are. Prose only, kept apart from the definition so that an
 * app bundling it with `score` carries only what scoring and citing need; `withNotes(sib,
 * sibNotes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { sib } from './sib.js';

export const sibNotes = {
  sources: {
    dolan2015: 'Abstract: compares "a non-proprietary, single-item burnout measure" used in the Physician Work Life Study with the MBI:EE single item in VA primary-care staff surveyed in 2012; "We analyzed responses from 5,404 participants"; "The prevalence of burnout was 36.7% as measured on the single MBI:EE item and 38.5% as measured on the non-proprietary single-item measure." 38.5% equals the share answering 3–5 in the appendix (22.8 + 10.1 + 5.6), which fixes the cut-off at 3 or more.',
    dolan2015_appendix: 'The five statements in order (1 "I enjoy my work. I have no symptoms of burnout" … 5 "I feel completely burned out and often wonder if I can go on…") with row totals 955 (17.7%), 2,369 (43.8%), 1,233 (22.8%), 546 (10.1%), 301 (5.6%); total 5,404. Read from a third-party copy of the supplement.',
    nam_single_item: 'Question stem: "The non-proprietary single-item burnout measure instructs respondents to define burnout for themselves: “Overall, based on your definition of burnout, how would you rate your level of burnout?”"; "Because it is non-proprietary and easy to interpret, it may have logistical advantages over the one-item MBI."',
    abfm_single_item: 'Same five-level item in slightly different wording; "Responses Classified as Not Burned Out": 1 and 2; "Responses Classified as Burned Out": 3, 4 and 5. Only the table was read; the article\'s author list was not recorded here.',
    rohland2004: 'Origin of the validated single item (Physician Worklife Study wording). Cited for provenance only; the paper itself was not read here.',
  },
  benchmarks: {
    va_primary_care_2012_distribution: 'Survey year 2012, published 2015. Shares as printed in the appendix (counts 955, 2369, 1233, 546, 301 of 5404).',
    va_primary_care_2012: 'Survey year 2012, published 2015. 2080 of 5404 answered 3, 4 or 5.',
  },
} as const satisfies DefinitionNotes<typeof sib>;
