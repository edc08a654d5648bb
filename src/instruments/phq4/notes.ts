/**
 * PHQ-4 notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are; why the outcome uses its scale and cut-off. Prose only, kept apart
 * from the definition so that an app bundling it with `score` carries only what scoring and citing
 * need; `withNotes(phq4, phq4Notes)` puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import { loincQuestionnairesNote } from '../shared.js';
import type { phq4 } from './phq4.js';

export const phq4Notes = {
  sources: {
    kroenke2009: 'The four items (GAD-2 plus PHQ-2), 0–3 scoring, total 0–12 and the two subscales.',
    kroenke2003: 'PHQ-2 cut-off: a score of 3 or more (sensitivity 83%, specificity 92% for major depression).',
    kroenke2007: 'GAD-2 cut-off: a score of 3 or more (sensitivity 86%, specificity 83% for generalized anxiety disorder).',
    ninds_phq4: '"None 0-2 Mild 3-5 Moderate 6-8 Severe 9-12" and "On each subscale, a score of 3 or greater is considered positive for screening purposes." Cited because the Kroenke 2009 full text could not be quoted here; the same band numbers appear in PMC8762693, Fig. 2.',
    smith2020: '"Online cross-sectional survey of a nationally-representative sample of 2240 participants living in the UK aged 18 years or over (data collected 6-7 May 2020)"; "21·9% (n=458 …) reported probable anxiety (scored three or over on the GAD-2); while 23·5% (n=494 …) reported probable depression (scored three or over on the PHQ-2)" (abstract).',
    loinc_questionnaires: loincQuestionnairesNote,
    phq4_pmc8762693: 'Recorded when the categories were checked; its authors and title were not recorded.',
  },
  benchmarks: {
    uk_lockdown_2020_anxiety: 'Survey year (data collected 6–7 May 2020). The survey gave the GAD-2 and PHQ-2, i.e. the two PHQ-4 subscales with the same ≥ 3 cut-off: "21.9% (n=458 …) reported probable anxiety (scored three or over on the GAD-2)". A pandemic sample, not a norm.',
    uk_lockdown_2020_depression: 'Survey year (data collected 6–7 May 2020). "23.5% (n=494 …) reported probable depression (scored three or over on the PHQ-2)" — the PHQ-4 depression subscale with its ≥ 3 cut-off. A pandemic sample, not a norm.',
  },
  outcomes: {
    anxiety: 'The GAD-2 half of the PHQ-4.',
    depression: 'The PHQ-2 half of the PHQ-4.',
    distress: 'The total has bands but no published cut-off; severity only.',
  },
} as const satisfies DefinitionNotes<typeof phq4>;
