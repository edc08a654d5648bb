/**
 * score.ts, re-measured on the rewritten engine (issue 19, docs/mutation/scoring.md): the inline
 * exact path of linear scales, the product sum's exact start, the reading state reused from call
 * to call (and not by a call made from a getter while another call reads), and the scheme
 * chooser's null check as the SQL export reaches it.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../src/index.js';
import { toSql, SqlExportError } from '../src/sql/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { audit, sumOf } from './mutation-scoring-fixtures.js';

const cut = (id: string, op: '>=' | '>' | '<=' | '<', value: number, scale = 'total') => ({ id, label: id, criterion: { scale, op, value }, sources: ['s'] });

/** `definition` plus a linear scale of its first scale. */
function linearOf(definition: InstrumentDefinition, multiply: number, add: number, cutoffs: ReturnType<typeof cut>[] = []): InstrumentDefinition {
  const derived = { id: 'derived', label: 'Derived', items: [], method: { kind: 'linear' as const, of: 'total', multiply, add }, range: [-1e9, 1e18] as [number, number], direction: 'higher_is_worse' as const, missing: { kind: 'all' as const }, bandSchemes: [], sources: ['s'] };
  return { ...definition, scales: [...definition.scales, derived], cutoffs: [...definition.cutoffs, ...cutoffs] };
}

describe('linear scales of a mean, exactly', () => {
  it('the mean of 1 and 2 (3/2) × 0.5 + 1 is 1.75: the added term goes over the mean’s denominator and the multiplier’s', () => {
    const r = score(linearOf(sumOf([0, 1, 2], 2, 'mean'), 0.5, 1), [1, 2]);
    expect(r.scales['total']!.value).toBe(1.5);
    expect(r.scales['derived']!.value).toBe(1.75);
  });
  it('a linear scale of a mean that floating point cannot tell from its threshold is still decided exactly', () => {
    // 900719925474098 / 3 = 300239975158032.666… < 300239975158032.7; both are one double.
    const t = 300239975158032.7;
    const d = linearOf(sumOf([0, 300239975158032, 300239975158034], 3, 'mean'), 1, 0, [cut('lt', '<', t, 'derived'), cut('ge', '>=', t, 'derived')]);
    const r = score(d, [300239975158032, 300239975158032, 300239975158034]);
    expect(r.scales['derived']!.value).toBe(t);
    expect(r.cutoffs).toEqual({ lt: true, ge: false });
  });
});

describe('product sums, exactly', () => {
  it('0.1 × 0.2 is 0.02 (floating point: 0.020000000000000004)', () => {
    const base = sumOf([0.1, 0.2], 2);
    const d = { ...base, scales: [{ ...base.scales[0]!, method: { kind: 'product_sum' as const, pairs: [['exact_1', 'exact_2']] as [string, string][] } }], cutoffs: [cut('le', '<=', 0.02)] };
    const r = score(d, [0.1, 0.2]);
    expect(r.scales['total']!.value).toBe(0.02);
    expect(r.cutoffs.le).toBe(true);
  });
  it('0.1 × 1 + 0.2 × 1 is 0.3 (floating point: 0.30000000000000004): the sum starts from an exact zero', () => {
    const base = sumOf([0.1, 0.2, 1], 4);
    const pairs: [string, string][] = [['exact_1', 'exact_2'], ['exact_3', 'exact_4']];
    const d = { ...base, scales: [{ ...base.scales[0]!, method: { kind: 'product_sum' as const, pairs } }], cutoffs: [cut('le', '<=', 0.3)] };
    const r = score(d, [0.1, 1, 0.2, 1]);
    expect(r.scales['total']!.value).toBe(0.3);
    expect(r.cutoffs.le).toBe(true);
  });
});

describe('a call made from a getter while another call reads', () => {
  const d = sumOf([0, 1, 2], 3);
  /** Answers whose getters score the same definition before answering. */
  function reentrant(inner: () => void): Record<string, number> {
    return Object.defineProperties({ exact_1: 1 } as Record<string, number>, {
      exact_2: { enumerable: true, get: () => (inner(), 2) },
      exact_3: { enumerable: true, get: () => (inner(), 2) },
    });
  }
  it('does not disturb what the outer call has read, on a first call or after others', () => {
    const innerValues: (number | null)[] = [];
    const inner = () => void innerValues.push(score(d, [0, 0, 0]).scales['total']!.value);
    expect(score(d, reentrant(inner)).scales['total']!.value).toBe(5);
    expect(score(d, [1, 1, 1]).scales['total']!.value).toBe(3);
    expect(score(d, reentrant(inner)).scales['total']!.value).toBe(5);
    expect(score(d, reentrant(inner)).scales['total']!.value).toBe(5);
    expect(innerValues).toEqual([0, 0, 0, 0, 0, 0]);
    expect(score(d, [2, 2, 2]).scales['total']!.value).toBe(6);
  });
});

describe('scheme options as the SQL export passes them', () => {
  it('bandSchemes: null is refused with the options message, not a TypeError', () => {
    expect(() => toSql(audit, { bandSchemes: null } as never)).toThrow(SqlExportError);
    expect(() => toSql(audit, { bandSchemes: null } as never)).toThrow('options.bandSchemes must be an object keyed by scale id, got null');
    expect(() => toSql(audit, { cutoffSchemes: null } as never)).toThrow('options.cutoffSchemes must be an object keyed by cut-off id, got null');
  });
});
