/**
 * PFI notes: what each source is cited for, with the passages that support each rule; why the
 * outcome uses its scale and cut-off. Prose only, kept apart from the definition so that an app
 * bundling it with `score` carries only what scoring and citing need; `withNotes(pfi, pfiNotes)`
 * puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { pfi } from './pfi.js';

export const pfiNotes = {
  sources: {
    trockel2018: '16 items in three subscales (professional fulfillment, work exhaustion, interpersonal disengagement) and an overall burnout score, "average score across all PFI burnout items"; α 0.91, 0.86, 0.92 and 0.92 (abstract). Item order (1–6, 7–10, 11–16), the 0–4 options and the subscale means were checked against concordant public reproductions, not the paper\'s tables.',
    pfi_public_scorer: 'Header comment: "Burnout cut-point: average burnout item score ≥ 1.33" and "Professional fulfillment cut-point: average item score > 3.0"; code: burnoutAvg >= 1.33, fulfillAvg > 3.0; items 0–4, burnout = average of the work exhaustion and interpersonal disengagement items.',
    pfi_design_document: '"the published cutoffs (PFI burnout ≥1.33, fulfillment ≥3.00, SVS ≤8)". It cites no source for them.',
  },
  outcomes: {
    burnout: 'Positive by the burnout cut-off, which has no default scheme (the circulating ≥ 1.33 is single secondary): null unless options.cutoffSchemes chooses mean_1_33. Severity is the burnout composite (work exhaustion and interpersonal disengagement items).',
    professional_fulfillment: 'Severity is lack of fulfilment. professional_fulfillment_high marks the favourable state, so it is not the outcome\'s adverse cut-off; the outcome reports severity only.',
  },
} as const satisfies DefinitionNotes<typeof pfi>;
