/**
 * Exact arithmetic in the engine, reached through `score()` with custom definitions only (issue 19):
 * option values, weights and thresholds written as decimals are exact rationals, so sums, means,
 * linear and composite scales and every comparison at a threshold come out as the decimal
 * arithmetic a person would do, not as floating point; values past the safe-integer range fall
 * back to floating point without throwing, and comparisons whose cross-products would overflow
 * are still decided correctly. Each expected value is worked by hand and the floating-point
 * result that a naive engine would give is shown beside it.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../src/index.js';
import { definitionProblems } from '../src/schema/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { sumOf } from './mutation-scoring-fixtures.js';

const cut = (id: string, op: '>=' | '>' | '<=' | '<', value: number, scale = 'total') => ({ id, label: id, criterion: { scale, op, value }, sources: ['s'] });
const bands = (...mins: number[]) => [{ id: 'bands', label: 'Bands', default: true, bands: mins.map((min, i) => ({ id: `b${i}`, label: `Band ${i}`, min })), sources: ['s'] }];

/** `definition` with bands on its first scale. */
function withBands(definition: InstrumentDefinition, ...mins: number[]): InstrumentDefinition {
  return { ...definition, scales: definition.scales.map((s, i) => (i === 0 ? { ...s, bandSchemes: bands(...mins) } : s)) };
}

function sound(definition: InstrumentDefinition): InstrumentDefinition {
  expect(definitionProblems(definition)).toEqual([]);
  return definition;
}

describe('decimal option values are summed exactly', () => {
  it('0.7 + 0.1 is 0.8 (floating point: 0.7999999999999999), and reaches a threshold of 0.8', () => {
    const d = sound(sumOf([0.1, 0.2, 0.7], 2, 'sum', { cutoffs: [cut('ge', '>=', 0.8), cut('gt', '>', 0.8), cut('le', '<=', 0.8), cut('lt', '<', 0.8)] }));
    const r = score(d, [0.7, 0.1]);
    expect(r.scales['total']!.value).toBe(0.8);
    expect(r.cutoffs).toEqual({ ge: true, gt: false, le: true, lt: false });
    expect(score(d, [0.7, 0.2]).cutoffs).toEqual({ ge: true, gt: true, le: false, lt: false });
    expect(score(d, [0.1, 0.2]).cutoffs).toEqual({ ge: false, gt: false, le: true, lt: true });
  });
  it('a band edge at 0.3 holds 0.1 + 0.2 (floating point: 0.30000000000000004, above it either way), and 0.8 stays below an edge at 0.9', () => {
    const d = sound(withBands(sumOf([0.1, 0.2, 0.7], 2, 'sum'), 0.1, 0.3, 0.9));
    expect(score(d, [0.1, 0.2]).scales['total']!).toMatchObject({ value: 0.3, band: { id: 'b1' } });
    expect(score(d, [0.1, 0.1]).scales['total']!).toMatchObject({ value: 0.2, band: { id: 'b0' } });
    expect(score(d, [0.7, 0.2]).scales['total']!).toMatchObject({ value: 0.9, band: { id: 'b2' } });
    expect(score(d, [0.7, 0.1]).scales['total']!).toMatchObject({ value: 0.8, band: { id: 'b1' } });
  });
  it('a mean of tenths: (0.7 + 0.1 + 0.1) / 3 is 0.3 exactly', () => {
    const d = sound(sumOf([0.1, 0.2, 0.7], 3, 'mean', { cutoffs: [cut('ge', '>=', 0.3), cut('gt', '>', 0.3)] }));
    const r = score(d, [0.7, 0.1, 0.1]);
    expect(r.scales['total']!.value).toBe(0.3);
    expect(r.cutoffs).toEqual({ ge: true, gt: false });
    expect(score(d, [0.1, 0.2, 0.7]).scales['total']!.value).toBe(1 / 3);
  });
  it('1e-15 three times is 3e-15 (floating point: 3.0000000000000002e-15)', () => {
    const d = sound(sumOf([1e-15, 2e-15], 3, 'sum', { cutoffs: [cut('le', '<=', 3e-15)] }));
    const r = score(d, [1e-15, 1e-15, 1e-15]);
    expect(r.scales['total']!.value).toBe(3e-15);
    expect(r.cutoffs.le).toBe(true);
    expect(score(d, [2e-15, 1e-15, 1e-15]).scales['total']!.value).toBe(4e-15);
  });
  it('values written with an exponent: 1e-8 + 3e-8 + 3e-8 is 7e-8 (floating point: 6.999999999999999e-8)', () => {
    const d = sound(sumOf([1e-8, 3e-8], 3, 'sum', { cutoffs: [cut('ge', '>=', 7e-8)] }));
    const r = score(d, [1e-8, 3e-8, 3e-8]);
    expect(r.scales['total']!.value).toBe(7e-8);
    expect(r.cutoffs.ge).toBe(true);
  });
  it('an exponent and a fraction: the mean of 1.1e-8, 2.9e-8, 2.9e-8 is 2.3e-8 (floating point: 2.2999999999999998e-8)', () => {
    const d = sound(sumOf([1.1e-8, 2.9e-8], 3, 'mean', { cutoffs: [cut('ge', '>=', 2.3e-8)] }));
    const r = score(d, [1.1e-8, 2.9e-8, 2.9e-8]);
    expect(r.scales['total']!.value).toBe(2.3e-8);
    expect(r.cutoffs.ge).toBe(true);
  });
  it('negative decimals: −0.1 − 0.2 is −0.3, at a threshold of −0.3', () => {
    const d = sound(sumOf([-0.2, -0.1, 0.7], 2, 'sum', { cutoffs: [cut('ge', '>=', -0.3), cut('lt', '<', -0.3)] }));
    const r = score(d, [-0.1, -0.2]);
    expect(r.scales['total']!.value).toBe(-0.3);
    expect(r.cutoffs).toEqual({ ge: true, lt: false });
  });
  // A real bug found by the mutation work (docs/mutation/scoring.md), fixed: compile() reverse-keyed
  // in floating point before making the value exact, so 0.1 + 0.7 − 0.2 became 0.5999999999999999
  // and missed a ≥ 0.6 cut-off.
  it('a reverse-keyed decimal item is low + high − value, exactly: 0.1 + 0.7 − 0.2 = 0.6', () => {
    const base = sumOf([0.1, 0.2, 0.7], 2, 'sum', { cutoffs: [cut('ge', '>=', 0.6)] });
    const d = sound({ ...base, items: base.items.map((item, i) => (i === 0 ? { ...item, reverse: true } : item)) });
    const alone = sumOf([0.1, 0.2, 0.7], 1, 'sum', { cutoffs: [cut('ge', '>=', 0.6)] });
    const reversed = { ...alone, items: alone.items.map((item) => ({ ...item, reverse: true })) };
    expect(score(reversed, [0.2]).cutoffs.ge).toBe(true); // today 0.5999999999999999, so false
    const r = score(d, [0.2, 0.1]);
    expect(r.scales['total']!.value).toBe(0.7);
    expect(score(d, [0.2, 0.7]).scales['total']!.value).toBe(1.3);
    expect(score(d, [0.7, 0.1]).scales['total']!.value).toBe(0.2);
    expect(r.cutoffs.ge).toBe(true);
  });
});

/** `definition` plus a scale derived from its first one. */
function derived(definition: InstrumentDefinition, method: InstrumentDefinition['scales'][number]['method'], extraCutoffs: ReturnType<typeof cut>[] = []): InstrumentDefinition {
  return {
    ...definition,
    scales: [...definition.scales, { id: 'derived', label: 'Derived', items: [], method, range: [-1e9, 1e18], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] }],
    cutoffs: [...definition.cutoffs, ...extraCutoffs],
  };
}

describe('linear and composite scales are exact', () => {
  it('3 × 0.1 is 0.3 (floating point: 0.30000000000000004)', () => {
    const d = sound(derived(sumOf([0, 1], 3), { kind: 'linear', of: 'total', multiply: 0.1, add: 0 }, [cut('le', '<=', 0.3, 'derived')]));
    const r = score(d, [1, 1, 1]);
    expect(r.scales['derived']!.value).toBe(0.3);
    expect(r.cutoffs.le).toBe(true);
  });
  it('an added decimal: 2 × 0.1 + 0.1 is 0.3 at a threshold of 0.3', () => {
    const d = sound(derived(sumOf([0, 1], 3), { kind: 'linear', of: 'total', multiply: 0.1, add: 0.1 }, [cut('ge', '>=', 0.3, 'derived'), cut('gt', '>', 0.3, 'derived')]));
    const r = score(d, [1, 1, 0]);
    expect(r.scales['derived']!.value).toBe(0.3);
    expect(r.cutoffs).toEqual({ ge: true, gt: false });
  });
  it('a composite: 0.5 × (0.1 + 0.2) is 0.15 (floating point: 0.15000000000000002)', () => {
    const d = sound(derived(sumOf([0.1, 0.2], 2), { kind: 'composite', terms: [{ scale: 'total', weight: 0.5 }], add: 0 }, [cut('le', '<=', 0.15, 'derived')]));
    const r = score(d, [0.1, 0.2]);
    expect(r.scales['derived']!.value).toBe(0.15);
    expect(r.cutoffs.le).toBe(true);
  });
  it('large integers are reduced: 200,000,001 × 0.5 is 100,000,000.5, and × −1.5 is −300,000,001.5', () => {
    const half = derived(sumOf([0, 100000000, 100000001], 2), { kind: 'linear', of: 'total', multiply: 0.5, add: 0 }, [cut('ge', '>=', 100000000.5, 'derived'), cut('gt', '>', 100000000.5, 'derived')]);
    const d = sound({
      ...half,
      scales: [...half.scales, { ...half.scales[1]!, id: 'negative', method: { kind: 'linear', of: 'total', multiply: -1.5, add: 0 } }],
      cutoffs: [...half.cutoffs, cut('neg_lt', '<', -300000001, 'negative'), cut('neg_ge', '>=', -300000001.5, 'negative'), cut('neg_gt', '>', -300000001.5, 'negative')],
    });
    const r = score(d, [100000000, 100000001]);
    expect(r.scales['total']!.value).toBe(200000001);
    expect(r.scales['derived']!.value).toBe(100000000.5);
    expect(r.scales['negative']!.value).toBe(-300000001.5);
    expect(r.cutoffs).toEqual({ ge: true, gt: false, neg_lt: true, neg_ge: true, neg_gt: false });
  });
});

describe('long chains stay exact because intermediate values are reduced', () => {
  it('twenty terms of 0.1 × total: 2 exactly at total 1 (floating point: 2.0000000000000004), and decided exactly at 2', () => {
    const base = sumOf([0, 1], 1);
    const d = sound(
      derived(base, { kind: 'composite', terms: Array.from({ length: 20 }, () => ({ scale: 'total', weight: 0.1 })), add: 0 }, [cut('ge', '>=', 2, 'derived'), cut('gt', '>', 2, 'derived'), cut('lt', '<', 2.000000000000001, 'derived')]),
    );
    const r = score(d, [1]);
    expect(r.scales['derived']!.value).toBe(2);
    expect(r.cutoffs).toEqual({ ge: true, gt: false, lt: true });
    expect(score(d, [0]).scales['derived']!.value).toBe(0);
  });
  it('twenty terms of −0.1 × total: −2 exactly, below −1.9 and not below −2', () => {
    const base = sumOf([0, 1], 1);
    const d = sound(derived(base, { kind: 'composite', terms: Array.from({ length: 20 }, () => ({ scale: 'total', weight: -0.1 })), add: 0 }, [cut('le', '<=', -2, 'derived'), cut('lt', '<', -2, 'derived'), cut('below', '<', -1.9, 'derived')]));
    const r = score(d, [1]);
    expect(r.scales['derived']!.value).toBe(-2);
    expect(r.cutoffs).toEqual({ le: true, lt: false, below: true });
  });
});

describe('option values with more digits than a safe integer holds', () => {
  it('1234567890123.4568 is kept as the number it is (its digits exceed 2^53)', () => {
    const d = sound(sumOf([0, 1234567890123.4568], 1, 'sum', { cutoffs: [cut('ge', '>=', 1234567890123)] }));
    const r = score(d, [1234567890123.4568]);
    expect(r.scales['total']!.value).toBe(1234567890123.4568);
    expect(r.cutoffs.ge).toBe(true);
    expect(score(sound(sumOf([0, 1234567890123.4568], 2)), [1234567890123.4568, 1234567890123.4568]).scales['total']!.value).toBe(2469135780246.9136);
  });
});

describe('option values written with many digits are the numbers written', () => {
  // A real bug, fixed: a literal whose digits exceed 2^53 was read as its rounded digits over a
  // power of ten, another double (480.40000000000003 scored as 480.4).
  it('480.40000000000003 stays 480.40000000000003', () => {
    expect(score(sound(sumOf([0, 480.40000000000003], 1)), [480.40000000000003]).scales['total']!.value).toBe(480.40000000000003);
  });
  it('1e21 stays 1e21 (it prints with an exponent; 1 / 10^-21 in floating point: 999999999999999900000)', () => {
    const d = sound(sumOf([0, 1e21], 1, 'sum', { cutoffs: [cut('ge', '>=', 1e21)] }));
    const r = score(d, [1e21]);
    expect(r.scales['total']!.value).toBe(1e21);
    expect(r.cutoffs.ge).toBe(true);
  });
  it('6.4e-27 stays 6.4e-27 (64 / 10^28 in floating point: 6.4000000000000005e-27)', () => {
    expect(score(sound(sumOf([0, 6.4e-27], 1)), [6.4e-27]).scales['total']!.value).toBe(6.4e-27);
  });
});

describe('past the safe-integer range', () => {
  const big = 900719925474099; // ten of them: Number.MAX_SAFE_INTEGER − 1
  it('a mean whose threshold test would overflow a cross-multiplication is still decided exactly', () => {
    // mean = 9007199254740990 / 10; threshold 900719925474099.1 = 9007199254740991 / 10, just above it.
    // Cross-multiplied in floating point both sides round to 90071992547409904 and would look equal.
    const d = sound(withBands(sumOf([0, big], 10, 'mean', { cutoffs: [cut('ge', '>=', 900719925474099.1), cut('lt', '<', 900719925474099.1), cut('eq', '>=', big)] }), 0, 900719925474099.1));
    const r = score(d, Array(10).fill(big));
    expect(r.scales['total']!).toMatchObject({ value: big, band: { id: 'b0' } });
    expect(r.cutoffs).toEqual({ ge: false, lt: true, eq: true });
  });
  it('a mean that floating point cannot tell from its threshold, decided exactly while the cross-products are safe', () => {
    // 900719925474098 / 3 = 300239975158032.666…, below 300239975158032.7; both are the double
    // 300239975158032.6875. Cross-multiplied: 9007199254740980 < 9007199254740981, both safe.
    const t = 300239975158032.7;
    const d = sound(withBands(sumOf([0, 300239975158032, 300239975158034], 3, 'mean', { cutoffs: [cut('lt', '<', t), cut('ge', '>=', t), cut('le', '<=', t)] }), 0, t));
    const r = score(d, [300239975158032, 300239975158032, 300239975158034]);
    expect(r.scales['total']!.value).toBe(t);
    expect(r.scales['total']!.band?.id).toBe('b0');
    expect(r.cutoffs).toEqual({ lt: true, ge: false, le: true });
  });
  it('the same below zero: a mean of −(2^53 − 2) / 10 is above −900719925474099.1', () => {
    const d = sound(sumOf([-big, 0], 10, 'mean', { cutoffs: [cut('gt', '>', -900719925474099.1), cut('le', '<=', -900719925474099.1)] }));
    const r = score(d, Array(10).fill(-big));
    expect(r.scales['total']!.value).toBe(-big);
    expect(r.cutoffs).toEqual({ gt: true, le: false });
  });
  it('a sum past 2^53 is the floating-point sum, never an error', () => {
    const d = sound(sumOf([0, big], 11, 'sum', { cutoffs: [cut('ge', '>=', 9e15), cut('lt', '<', 9e15)] }));
    const r = score(d, Array(11).fill(big));
    expect(r.valid).toBe(true);
    expect(r.scales['total']!.value).toBe(11 * big);
    expect(r.cutoffs).toEqual({ ge: true, lt: false });
  });
  it('a mean past 2^53 is the floating-point mean', () => {
    const d = sound(sumOf([0, 3.001e15], 3, 'mean'));
    expect(score(d, [3.001e15, 3.001e15, 3.001e15]).scales['total']!.value).toBe(3.001e15);
  });
  it('a product sum past 2^53 falls back to floating point: 1e8 × 1e8 + 1e8 × 1e8 = 2e16', () => {
    const base = sumOf([0, 1e8], 4, 'sum');
    const d = sound({
      ...base,
      scales: [{ ...base.scales[0]!, method: { kind: 'product_sum', pairs: [['exact_1', 'exact_2'], ['exact_3', 'exact_4']] } }],
      cutoffs: [cut('ge', '>=', 2e16), cut('gt', '>', 2e16), cut('lt', '<', 1.5e16)],
    });
    const r = score(d, [1e8, 1e8, 1e8, 1e8]);
    expect(r.scales['total']!.value).toBe(2e16);
    expect(r.cutoffs).toEqual({ ge: true, gt: false, lt: false });
    expect(score(d, [1e8, 1e8, 1e8, 0]).scales['total']!.value).toBe(1e16);
  });
  it('a linear scale of a value past 2^53 stays a number', () => {
    const d = sound(derived(sumOf([0, big], 11), { kind: 'linear', of: 'total', multiply: 0.5, add: 1 }, [cut('ge', '>=', 4.9e15, 'derived')]));
    const r = score(d, Array(11).fill(big));
    expect(r.scales['derived']!.value).toBe((11 * big) / 2 + 1);
    expect(r.cutoffs.ge).toBe(true);
  });
  it('a threshold too large to be exact (1e300) is compared in floating point', () => {
    const d = sound(sumOf([0, 1], 2, 'sum', { cutoffs: [cut('lt', '<', 1e300), cut('gt', '>', -1e300)] }));
    expect(score(d, [1, 1]).cutoffs).toEqual({ lt: true, gt: true });
  });
});

// Re-measured on the rewritten engine (docs/mutation/scoring.md, "exact.ts"): the cases below reach
// the paths of exact.ts that the tests above leave open, each decided against the exact value.
describe('small parts are reduced too', () => {
  // A real bug, fixed: rational() left parts below 2^26 unreduced, so the option 0.5 was 5/10 and
  // the scale's unit 10 instead of 2; a mean's cross-products were then 5 times larger, left the
  // safe range, and the comparison fell back to floating point, where this mean and its threshold
  // are the same double.
  it('a mean of A, A and 0.5 (A = 422,212,465,065,987) is below 281,474,976,710,658.2, which floating point cannot tell', () => {
    const A = 422212465065987;
    const t = 281474976710658.2; // the mean is (4A + 1) / 6 = 281474976710658.1666…
    expect((4 * A + 1) / 6).toBe(t); // one double for both: only the exact comparison decides
    const d = sound(withBands(sumOf([0, 0.5, A], 3, 'mean', { cutoffs: [cut('lt', '<', t), cut('ge', '>=', t)] }), 0, t));
    const r = score(d, [A, A, 0.5]);
    expect(r.cutoffs).toEqual({ lt: true, ge: false });
    expect(r.scales['total']!.band?.id).toBe('b0');
  });
});

describe('a value or threshold that is inexact is compared as the number it is', () => {
  // 480.40000000000003 has 17 significant digits, more than a safe integer holds: an inexact
  // value. It is above 480.4, but 480.40000000000003 × 10 rounds to 4804 exactly, so a
  // comparison by cross-multiplying would call them equal.
  const x = 480.40000000000003;
  it('an inexact scale value just above a decimal threshold is above it', () => {
    const d = sound(withBands(sumOf([0, x], 1, 'sum', { cutoffs: [cut('gt', '>', 480.4), cut('le', '<=', 480.4)] }), 0, 480.4));
    const r = score(d, [x]);
    expect(r.scales['total']!.value).toBe(x);
    expect(r.cutoffs).toEqual({ gt: true, le: false });
    expect(r.scales['total']!.band?.id).toBe('b1');
  });
  it('an exact scale value just below an inexact threshold is below it', () => {
    const d = sound(sumOf([0, 480.4], 1, 'sum', { cutoffs: [cut('lt', '<', x), cut('ge', '>=', x)] }));
    expect(score(d, [480.4]).cutoffs).toEqual({ lt: true, ge: false });
  });
});

describe('arithmetic on an inexact value is floating point; exact parts stay exact', () => {
  // 970.2717645310403: its digits exceed 2^53, so the value is the double itself. × 2.1 + 4.3 in
  // floating point is 2041.8707055151847, the double nearest the exact product and sum of that
  // double; multiplying by 21 and dividing by 10 instead gives 2041.8707055151845, and adding
  // 43/10 over a common denominator 2041.870705515185.
  const x = 970.2717645310403;
  it('a composite of it', () => {
    const d = sound(derived(sumOf([0, x], 1), { kind: 'composite', terms: [{ scale: 'total', weight: 2.1 }], add: 4.3 }, [cut('ge', '>=', 2041.8707055151847, 'derived')]));
    const r = score(d, [x]);
    expect(r.scales['derived']!.value).toBe(2041.8707055151847);
    expect(r.cutoffs.ge).toBe(true);
  });
  it('a linear scale of it', () => {
    const d = sound(derived(sumOf([0, x], 1), { kind: 'linear', of: 'total', multiply: 2.1, add: 4.3 }));
    expect(score(d, [x]).scales['derived']!.value).toBe(2041.8707055151847);
  });
  it('exact terms are added exactly: 0.7 × 1 + 0.1 × 1 is 0.8 (floating point: 0.7999999999999999)', () => {
    const base = sumOf([0, 1], 2);
    const d = sound({
      ...base,
      scales: [
        { ...base.scales[0]!, id: 'first', items: ['exact_1'] },
        { ...base.scales[0]!, id: 'second', items: ['exact_2'] },
        { id: 'derived', label: 'Derived', items: [], method: { kind: 'composite', terms: [{ scale: 'first', weight: 0.7 }, { scale: 'second', weight: 0.1 }], add: 0 }, range: [0, 1], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
      ],
      cutoffs: [cut('ge', '>=', 0.8, 'derived')],
    });
    const r = score(d, [1, 1]);
    expect(r.scales['derived']!.value).toBe(0.8);
    expect(r.cutoffs.ge).toBe(true);
  });
});

describe('a product that leaves the safe range makes the value inexact from there on', () => {
  // Each expected value is the double nearest the exact result (checked with integer arithmetic);
  // carrying the rounded product on as if it were exact gives the next double instead.
  it('a numerator past 2^53: the mean 231966 × 15.56560263614 + 69.83', () => {
    const d = sound(derived(sumOf([0, 695898], 3, 'mean'), { kind: 'linear', of: 'total', multiply: 15.56560263614, add: 69.83 }));
    const r = score(d, [695898, 0, 0]);
    expect(r.scales['total']!.value).toBe(231966);
    expect(r.scales['derived']!.value).toBe(3610760.4110948513);
  });
  it('a denominator past 2^53: the mean of 0.00000632, 0 and 0, × 2.3e-8 + 58.76', () => {
    const d = sound(derived(sumOf([0, 0.00000632], 3, 'mean'), { kind: 'linear', of: 'total', multiply: 2.3e-8, add: 58.76 }));
    expect(score(d, [0.00000632, 0, 0]).scales['derived']!.value).toBe(58.76000000000005);
  });
});
