/**
 * WHO-5 notes: what each source is cited for, with the passages that support each rule; why the
 * outcome uses its scale and cut-off. Prose only, kept apart from the definition so that an app
 * bundling it with `score` carries only what scoring and citing need; `withNotes(who5, who5Notes)`
 * puts the notes back in place.
 */
import type { DefinitionNotes } from '../../schema/types.js';
import type { who5 } from './who5.js';

export const who5Notes = {
  sources: {
    who2024: 'Options (All of the time = 5 … At no time = 0), raw score 0–25 multiplied by four, and "A percentage score below 50 (or a raw score below 13) has been suggested as a cut-off for poor mental well-being". Seen through concordant reproductions; the WHO PDF itself was not reachable here.',
    topp2015: 'Structure, scoring and validity as a depression screen.',
    halliday2017: '"two commonly used WHO-5 cut-off values (≤7 and <13)"; sensitivity/specificity for likely depression 0.44/0.96 at ≤7 and 0.79/0.79 at <13 (abstract, PubMed 28783530).',
  },
  outcomes: {
    wellbeing: 'Positive is poor well-being (percentage below 50). The likely-depression cut-off stays a cut-off of its own; the WHO-5 is declared for well-being only.',
  },
} as const satisfies DefinitionNotes<typeof who5>;
