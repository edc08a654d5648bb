/**
 * PHQ-8 notes: what each source is cited for, with the passages that support each rule, and what
 * the benchmark figures are. Prose only, kept apart from the definition so that an app bundling it
 * with `score` carries only what scoring and citing need; `withNotes(phq8, phq8Notes)` puts the
 * notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import { loincQuestionnairesNote } from '../shared.js';
import type { phq8 } from './phq8.js';

export const phq8Notes = {
  sources: {
    kroenke2009: 'The eight-item PHQ depression scale (the PHQ-9 without item 9), 0–3 scoring, sum, and the cut-off: "to determine the comparability of depression as defined by the PHQ-8 diagnostic algorithm vs. a PHQ-8 cutpoint ≥ 10"; "Random-digit-dialed telephone survey of 198,678 participants in the 2006 Behavioral Risk Factor Surveillance Survey (BRFSS)"; "The prevalence of current depression was similar whether defined by the diagnostic algorithm or a PHQ-8 score ≥ 10 (9.1% vs. 8.6%)"; "either its diagnostic algorithm or a cutpoint ≥ 10 can be used for defining …" (abstract, conclusions). Item 9 and the difficulty item are omitted (pp. 165, 171, as cited by the CamCOPS PHQ-8 documentation).',
    kroenke2001: 'The severity thresholds the PHQ-8 shares: "PHQ-9 scores of 5, 10, 15, and 20 represented mild, moderate, moderately severe, and severe depression" (abstract).',
    huot2013: 'Table 2, "Patient health questionnaire (PHQ-8) scoring and Interpretation" (citing Kroenke 2009): "Depression Severity: 0–4 None, 5–9 Mild depression, 10–14 Moderate depression, 15–19 moderately severe depression, 20–24 severe depression." Cited for the PHQ-8 band table because the Kroenke 2009 full text could not be read here.',
    loinc_questionnaires: loincQuestionnairesNote,
  },
  benchmarks: {
    us_brfss_2006: 'Year is the survey year (published 2009). Share of respondents with a PHQ-8 total ≥ 10 ("9.1% vs. 8.6%": algorithm vs. score ≥ 10); the abstract also counts 17,040 respondents with a score ≥ 10.',
  },
} as const satisfies DefinitionNotes<typeof phq8>;
