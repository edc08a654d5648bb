/**
 * compile.ts, re-measured on the rewritten engine (issue 19, docs/mutation/scoring.md): the
 * points of an inexact option in a scale with a fractional unit, the text of a missing-data rule
 * with two sources, and the blank answers a fresh read starts from (the cohort layer reads each
 * row without reusing score()'s scratch state).
 */
import { describe, expect, it } from 'vitest';
import { score } from '../src/index.js';
import { summarize } from '../src/cohort/index.js';
import { audit, sumOf } from './mutation-scoring-fixtures.js';

describe('compiled option points', () => {
  it('an inexact option beside a half keeps its value (points are value × unit, unit 2)', () => {
    const x = 480.40000000000003; // more digits than a safe integer: only the double itself is exact
    const d = sumOf([0.5, x], 1);
    expect(score(d, [x]).scales['total']!.value).toBe(x);
    expect(score(d, [0.5]).scales['total']!.value).toBe(0.5);
  });
});

describe('rule texts', () => {
  it('a published minimum names every source of the missing-data rule, comma-separated', () => {
    const base = sumOf([0, 1, 2], 2, 'mean');
    const d = {
      ...base,
      scales: [{ ...base.scales[0]!, missing: { kind: 'min_answered' as const, min: 1, sources: ['s', 'm'] } }],
      sources: [...base.sources, { id: 'm', citation: 'Synthetic source of the missing-data rule.' }],
    };
    const r = score(d, [2, null]);
    expect(r.scales['total']!.value).toBe(2);
    expect(r.provenance.rules).toEqual(['total: mean of the answered items when at least 1 of 2 are answered (s, m)']);
  });
});

describe('a fresh read starts with every item unanswered', () => {
  it('the cohort layer counts a flag whose item was skipped as unanswered, not as negative', () => {
    const answered = { audit_1: 1, audit_2: 1, audit_3: 1, audit_4: 1, audit_5: 1, audit_7: 0.1, audit_8: 0.1 };
    const s = summarize(audit, [answered, { ...answered, audit_6: 3 }, { ...answered, audit_6: 0 }]);
    expect(s.flags['six']).toEqual({ positive: 1, unanswered: 1 });
  });
});
