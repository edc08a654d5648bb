/**
 * The verification kit: known-answer vectors for every instrument and `checkScorer` to test a
 * scoring implementation of your own against them; none of it needs fast-check. The fast-check
 * arbitraries are in `wellbeing-instruments/testing/arbitrary` (fast-check is an optional peer).
 * The same vectors ship as JSON (`wellbeing-instruments/vectors/<id>.json`, schema
 * `vectors/vectors.schema.json`) for other languages.
 *
 * @module
 */
import { getInstrument } from '../catalogue.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { vectorsFor } from './generate.js';
import type { KnownAnswerCase, VectorFile } from './types.js';

export { checkScorer, type CheckScorerOptions, type CheckScorerReport, type Scorer, type ScorerDifference, type ScorerOutput } from './check.js';
export type { CaseKind, ExpectedResult, KnownAnswerCase, VectorFile } from './types.js';

/**
 * The known-answer cases of a catalogue instrument (by id) or of any definition: published worked
 * examples with their citation, every band and cut-off boundary (below, at, above), extremes,
 * reverse-key checks, missing-data cases around each rule's threshold, and bad input with the
 * issue codes it must produce.
 *
 * @example
 * ```ts
 * import { phq9, score, type Answers } from 'wellbeing-instruments';
 * import { vectors } from 'wellbeing-instruments/testing';
 * for (const v of vectors('phq9')) {
 *   const r = score(phq9, v.answers as Answers<typeof phq9>, v.options);
 *   console.assert(r.scales.total.value === v.expected.scales.total, v.checks);
 * }
 * ```
 */
export function vectors(instrument: string | InstrumentDefinition): readonly KnownAnswerCase[] {
  return vectorFile(instrument).cases;
}

/** {@link vectors} with the instrument id and definition version, as shipped in `vectors/<id>.json`. */
export function vectorFile(instrument: string | InstrumentDefinition): VectorFile {
  const def = typeof instrument === 'string' ? getInstrument(instrument) : instrument;
  if (def === undefined) throw new RangeError(`unknown instrument "${String(instrument)}"`);
  return vectorsFor(def);
}
