/**
 * PHQ-2 notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart
 * from the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(phq2, phq2Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import { loincQuestionnairesNote } from '../shared.js';
import type { phq2 } from './phq2.js';

export const phq2Notes = {
  sources: {
    kroenke2003: '"The PHQ-2 inquires about the frequency of depressed mood and anhedonia over the past 2 weeks, scoring each as 0 ("not at all") to 3 ("nearly every day")"; "a PHQ-2 score ≥3 had a sensitivity of 83% and a specificity of 92% for major depression. Likelihood ratio and receiver operator characteristic analysis identified a PHQ-2 score of 3 as the optimal cutpoint for screening purposes" (abstract).',
    levis2020: 'Individual participant data meta-analysis supporting ≥ 2 as the first-step threshold: "the combination of PHQ-2 (with cutoff ≥2) followed by PHQ-9 (with cutoff ≥10) had a sensitivity of 0.82, specificity of 0.87"; "PHQ-2 followed by PHQ-9 may provide acceptable accuracy for screening for depression" (Key Points).',
    manea2016: '"Pooled sensitivity was 0.76 … pooled specificity was 0.87" at ≥ 3; at ≥ 2 "pooled sensitivity … was 0.91 (95% CI =0.85-0.94), and pooled specificity was 0.70" (abstract); a cut-off of ≥ 2 "might be preferable if clinicians want to ensure that few cases of depression are missed" (conclusion, as quoted by Psychiatry Advisor; the abstract page was cut off before it).',
    arroll2010: '"Sensitivity and specificity of the PHQ-2 for diagnosing major depression were 86% and 78%, respectively, with a score of 2 or higher and 61% and 92% with a score 3 or higher"; "Using a PHQ-2 threshold score of 2 or higher rather than 3 or higher resulted in more depressed patients being correctly identified" (abstract, n = 2,642).',
    smith2020: '"Online cross-sectional survey of a nationally-representative sample of 2240 participants living in the UK aged 18 years or over (data collected 6-7 May 2020)"; "21·9% (n=458 …) reported probable anxiety (scored three or over on the GAD-2); while 23·5% (n=494 …) reported probable depression (scored three or over on the PHQ-2)" (abstract).',
    loinc_phq2: 'Panel 55757-9 with items 44250-9 "Little interest or pleasure in doing things", 44255-8 "Feeling down, depressed, or hopeless" and 55758-7 "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]" (panel hierarchy on the LOINC page).',
    loinc_questionnaires: loincQuestionnairesNote,
  },
  benchmarks: {
    uk_lockdown_2020: 'Survey year (data collected 6–7 May 2020). Standard scheme (total ≥ 3): "23.5% (n=494 …) reported probable depression (scored three or over on the PHQ-2)". A pandemic sample, not a norm; 494/2240 is 22.1%, so the 23.5% is presumably weighted or over fewer complete answers (not checked).',
  },
  outcomes: {
    depression: 'Positive under the scheme the result was scored with (default ≥ 3; the sensitive scheme is ≥ 2).',
  },
} as const satisfies DefinitionNotes<typeof phq2>;
