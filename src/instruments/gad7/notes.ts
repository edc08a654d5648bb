/**
 * GAD-7 notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are. Prose only, kept apart from the definition so that an app bundling it
 * with `score` carries only what scoring and citing need; `withNotes(gad7, gad7Notes)` puts the
 * notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import { loincQuestionnairesNote } from '../shared.js';
import type { gad7 } from './gad7.js';

export const gad7Notes = {
  sources: {
    spitzer2006: 'Items, 0–3 scoring and sum. "A score of 10 or greater on the GAD-7 represents a reasonable cut point for identifying cases of GAD. Cut points of 5, 10, and 15 might be interpreted as representing mild, moderate, and severe levels of anxiety" (as quoted from the paper; the abstract gives sensitivity 89% and specificity 82% at the cut point).',
    lowe2008: 'General-population use of the 10 and 15 thresholds: "Approximately 5% of subjects had GAD-7 scores of 10 or greater, and 1% had GAD-7 scores of 15 or greater" (abstract). Norms: "Nationally representative face-to-face household survey conducted in Germany between May 5 and June 8, 2006"; "Five thousand thirty subjects (53.6% female)"; "women had significantly higher mean (SD) GAD-7 anxiety scores compared with men [3.2 (3.5) vs. 2.7 (3.2); P < 0.001]" (abstract).',
    puhe2020_norms: 'Table 1 reproduces published population normative data for the GAD-7 "(Löwe et al., 2008)": total 2.95 (3.4), male 2.66 (3.2), female 3.20 (3.5). Secondary source for the overall mean, which the Löwe abstract does not give.',
    hajek2021: '"Data were derived from a nationally representative survey (August and September 2021). In total, n = 3075 individuals took part. To quantify probable generalized anxiety disorder, the established Generalized Anxiety Disorder-7 (GAD-7; cutoff of 10) was used"; "the prevalence of probable generalized anxiety disorder was 13.4%" (abstract).',
    loinc_questionnaires: loincQuestionnairesNote,
  },
  benchmarks: {
    de_general_2006: 'Survey year (5 May – 8 June 2006; published 2008). The overall mean and SD are as reproduced from Löwe et al. 2008 in the norms column of puhe2020_norms Table 1; the abstract gives women 3.2 (SD 3.5) and men 2.7 (SD 3.2), and "approximately 5%" scoring 10 or more.',
    de_covid_2021: 'Survey year (August–September 2021). "Generalized Anxiety Disorder-7 (GAD-7; cutoff of 10)"; "the prevalence of probable generalized anxiety disorder was 13.4%". A pandemic sample, not a norm.',
  },
} as const satisfies DefinitionNotes<typeof gad7>;
