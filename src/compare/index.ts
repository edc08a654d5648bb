/**
 * The compare layer: harmonised outcomes across instruments. Exported from the package root
 * (`outcomes`, `outcomesFor`, `compare`); they work on one respondent's results, as `score`
 * does. Cohort-level figures are in `wellbeing-instruments/cohort`.
 *
 * @module
 */
import { getInstrument } from '../catalogue.js';
import type { ScoreResult } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { outcomesFor, type OutcomeOptions, type OutcomeResult } from './outcomes.js';

export { outcomesFor, severityOf, type OutcomeBenchmark, type OutcomeCriterion, type OutcomeOptions, type OutcomeResult } from './outcomes.js';

/**
 * The definition a result was scored with: from `options.definitions`, else the catalogue.
 *
 * @internal
 */
export function definitionOf(result: ScoreResult, options?: Pick<OutcomeOptions, 'definitions'>): InstrumentDefinition {
  const id = result.instrument.id;
  const def = options?.definitions?.find((d) => d.id === id) ?? getInstrument(id);
  if (def === undefined) throw new RangeError(`unknown instrument "${id}": pass its definition in options.definitions`);
  return def;
}

/**
 * The harmonised outcomes of one score result: for each construct its instrument measures,
 * `{ construct, instrument, criterion, positive, severity, severityScale, benchmark? }`.
 * `positive` is the declared cut-off's value (true = adverse state; null when not determinable
 * or when the instrument has no cut-off); `severity` is the percent of maximum possible on the
 * declared scale, 0–100, higher = more adverse (more burnout, more depression, less well-being).
 *
 * The definition is looked up in the catalogue by the result's instrument id (or in
 * `options.definitions`), so this pulls every shipped instrument into a bundle; use
 * {@link outcomesFor} with the definition to avoid that.
 *
 * @param result - a result of `score()`.
 * @param options - `benchmarks` by instrument id to place the score against a published benchmark
 *   (z-score and percentile under a normal assumption where a mean and SD are published).
 * @throws {RangeError} for an instrument that is neither in the catalogue nor in `options.definitions`, or a bad benchmark choice.
 *
 * @example
 * ```ts
 * import { cbi, score, outcomes } from 'wellbeing-instruments';
 * const [burnout] = outcomes(score(cbi, { cbi_7: 75, cbi_8: 50, cbi_9: 75, cbi_10: 50 }));
 * burnout.construct;            // 'burnout'
 * burnout.criterion?.cutoff;    // 'work_high'
 * burnout.positive;             // true (work-related burnout 62.5 ≥ 50)
 * burnout.severity;             // 62.5
 * ```
 */
export function outcomes(result: ScoreResult, options?: OutcomeOptions): OutcomeResult[] {
  return outcomesFor(definitionOf(result, options), result, options);
}

/**
 * One respondent's results on several instruments side by side: one row per construct and
 * instrument, grouped by construct (constructs in alphabetical order, instruments in the order
 * given). Severity is on the same 0–100 scale for every row, so a CBI, a PFI and a single-item
 * burnout result can be read together; `positive` follows each instrument's own published cut-off.
 *
 * @param results - one result per instrument (two results of the same instrument throw a `RangeError`).
 * @param options - as for {@link outcomes}.
 *
 * @example
 * ```ts
 * import { cbi, sib, phq9, score, compare } from 'wellbeing-instruments';
 * const rows = compare([
 *   score(cbi, { cbi_7: 75, cbi_8: 50, cbi_9: 75, cbi_10: 50 }),
 *   score(sib, { sib_1: 3 }),
 *   score(phq9, [1, 1, 0, 1, 0, 0, 1, 0, 0, null]),
 * ]);
 * rows.map((r) => [r.construct, r.instrument.id, r.positive, r.severity]);
 * // [['burnout', 'cbi', true, 62.5], ['burnout', 'sib', true, 50], ['depression', 'phq9', false, 14.81…]]
 * ```
 */
export function compare(results: readonly ScoreResult[], options?: OutcomeOptions): OutcomeResult[] {
  const seen = new Set<string>();
  const rows: OutcomeResult[] = [];
  for (const result of results) {
    if (seen.has(result.instrument.id)) throw new RangeError(`two results of "${result.instrument.id}"; compare() takes one result per instrument`);
    seen.add(result.instrument.id);
    rows.push(...outcomes(result, options));
  }
  // Stable sort: instruments keep the order given within a construct.
  return rows.sort((a, b) => (a.construct < b.construct ? -1 : a.construct > b.construct ? 1 : 0));
}
