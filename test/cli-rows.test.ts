/**
 * The command line's row scorer (src/cli/score/rows.ts) has a fast path for rows of valid answers
 * that skips building a ScoreResult. `score()` stays the reference: for every instrument of the
 * catalogue, with and without proration and with every band and cut-off scheme, the fast path
 * must give the same columns, validity, completeness and issues as the scorer that calls
 * `score()` for every row, on random rows with unanswered, invalid and wrongly typed answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { planScore, type ScorePlan } from '../src/cli/score/plan.js';
import { RowScorer, type ScoredRow } from '../src/cli/score/rows.js';
import type { InstrumentDefinition } from '../src/schema/types.js';

/** Plans for an instrument: defaults, --prorate, and each band scheme and cut-off scheme in turn. */
function plans(definition: InstrumentDefinition): ScorePlan[] {
  const settings = { prorate: false, bandSchemes: {}, cutoffSchemes: {}, labels: false, missing: [], map: {} };
  const out = [planScore(definition, settings), planScore(definition, { ...settings, prorate: true })];
  const bandChoices = definition.scales.flatMap((s) => s.bandSchemes.map((b) => ({ [s.id]: b.id })));
  const cutoffChoices = definition.cutoffs.flatMap((c) => (c.schemes ?? []).map((s) => ({ [c.id]: s.id })));
  for (const bandSchemes of bandChoices) out.push(planScore(definition, { ...settings, bandSchemes }));
  for (const cutoffSchemes of cutoffChoices) out.push(planScore(definition, { ...settings, cutoffSchemes, prorate: true }));
  if (bandChoices.length > 0 && cutoffChoices.length > 0) {
    out.push(planScore(definition, { ...settings, bandSchemes: Object.assign({}, ...bandChoices.slice(-2)) as Record<string, string>, cutoffSchemes: Object.assign({}, ...cutoffChoices.slice(-2)) as Record<string, string> }));
  }
  return out;
}

/** An answer as the cell reader may hand it over: an option, unanswered, or something score() rejects. */
function answer(definition: InstrumentDefinition, item: number, clean: boolean): fc.Arbitrary<unknown> {
  const scale = definition.responseScales.find((s) => s.id === definition.items[item]!.responseScale)!;
  const values = scale.options.map((o) => o.value);
  const valid = [{ weight: 12, arbitrary: fc.constantFrom<unknown>(...values) }, { weight: 3, arbitrary: fc.constantFrom<unknown>(null, undefined, values.includes(0) ? -0 : null) }];
  if (clean) return fc.oneof(...valid);
  return fc.oneof(
    ...valid,
    { weight: 1, arbitrary: fc.constantFrom(-0, 7, -1, 2.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, Math.max(...values) + 1, Math.min(...values) - 1, '2', 'x', '', true, false, [1], {}) },
    { weight: 1, arbitrary: fc.double() },
  );
}

const columnsOf = (row: ScoredRow) => ({ values: row.values, valid: row.valid, complete: row.complete, issues: row.issues });

describe('RowScorer: the fast path gives what score() gives', () => {
  it.each(instruments.map((d) => [d.id, d] as const))('%s', (_, definition) => {
    let fastRows = 0;
    for (const plan of plans(definition)) {
      const fast = new RowScorer(plan, { results: false });
      const reference = new RowScorer(plan, { results: true });
      // Rows of options and blanks only (the fast path), and rows where any answer may be bad.
      const row = fc.oneof(fc.tuple(...definition.items.map((_, i) => answer(definition, i, true))), fc.tuple(...definition.items.map((_, i) => answer(definition, i, false))));
      fc.assert(
        fc.property(row, (answers) => {
          const a = fast.begin();
          answers.forEach((v, i) => (a[i] = v));
          const got = fast.finish();
          const b = reference.begin();
          answers.forEach((v, i) => (b[i] = v));
          const want = reference.finish();
          expect(want.result).not.toBeNull();
          if (got.result === null) fastRows++;
          expect(columnsOf(got)).toEqual(columnsOf(want));
          expect(got.answers).toEqual(want.answers);
        }),
        { numRuns: 400 },
      );
    }
    // The fast path must have been taken, for about half the rows.
    expect(fastRows).toBeGreaterThan(100);
  });
});
