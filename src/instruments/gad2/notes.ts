/**
 * GAD-2 notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are. Prose only, kept apart from the definition so that an app bundling it
 * with `score` carries only what scoring and citing need; `withNotes(gad2, gad2Notes)` puts the
 * notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import { loincQuestionnairesNote } from '../shared.js';
import type { gad2 } from './gad2.js';

export const gad2Notes = {
  sources: {
    kroenke2007: 'Origin of the GAD-2: "Receiver-operating characteristic curve analysis showed that both the GAD-7 scale and its 2 core items (GAD-2) performed well (area under the curve, 0.80 to 0.91) as screening tools for all 4 anxiety disorders"; "A 2-item screening test may enhance detection" (abstract). The ≥ 3 threshold (sensitivity 86%, specificity 83% for GAD) is in the paper body, which could not be read here; it is reproduced in many secondary sources and supported by plummer2016.',
    skapinakis2007: 'Item membership and range: "The first 2 items represent core anxiety symptoms, and scores on this GAD-2 subscale ranged from 0 to 6. The 2 items asked patients how often over the last 2 weeks they were bothered by (1) feeling nervous, anxious, or on edge and (2) not being able to stop or control worrying."',
    plummer2016: '"Pooled sensitivity and specificity values appeared acceptable at a cutoff of 3 [sensitivity: 0.76 (95% CI 0.55–0.89), specificity: 0.81 (95% CI 0.60–0.92)]"; "The GAD-2 had acceptable properties for identifying GAD at a cutoff score of 3" (abstract).',
    smith2020: '"Online cross-sectional survey of a nationally-representative sample of 2240 participants living in the UK aged 18 years or over (data collected 6-7 May 2020)"; "21·9% (n=458 …) reported probable anxiety (scored three or over on the GAD-2)" (abstract).',
    loinc_questionnaires: loincQuestionnairesNote,
  },
  benchmarks: {
    uk_lockdown_2020: 'Survey year (data collected 6–7 May 2020). "21.9% (n=458 …) reported probable anxiety (scored three or over on the GAD-2)". A pandemic sample, not a norm; 458/2240 is 20.4%, so the 21.9% is presumably weighted or over fewer complete answers (not checked).',
  },
} as const satisfies DefinitionNotes<typeof gad2>;
