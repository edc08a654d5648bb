/**
 * The cohort statistics pinned to their outcomes (issue 19, item 3): each case asserts a figure
 * against R (base R 4.2.2, psych 2.2.9; the R call is given next to the value), a hand
 * calculation, an exact reason or message, or a guard's result at its edge, so that a one-token
 * change to describe, intervals, histogram, minres, reliability, benchmarks, tally, summarize or
 * outcomes fails a test here.
 */
import { describe, expect, it } from 'vitest';
import { compareDistribution, compareMean, comparePrevalence } from '../src/cohort/benchmarks.js';
import { describeSorted, meanOf, varianceAbout } from '../src/cohort/describe.js';
import { cohensD } from '../src/cohort/intervals.js';
import { binsFor, histogramOf } from '../src/cohort/histogram.js';
import { descriptives, quantile, reliability, summarize, summarizeOutcomes, wilsonInterval } from '../src/cohort/index.js';
import { oneFactorMinres } from '../src/cohort/minres.js';
import { cbi, gad2, gad7, gad7Notes, k10, mbi, mbi2, mmdhp, phq2, phq9, pss4, sib, who5 } from '../src/instruments/index.js';
import { withNotes } from '../src/schema/notes.js';
import type { Benchmark, InstrumentDefinition, Scale } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { toy } from './fixtures.js';

describe('describe: mean, variance and quantiles as R computes them', () => {
  it('the mean is corrected by the mean residual: mean(c(0.1, 0.2, 0.3)) == 0.2 in R, where Σx/n is 0.20000000000000004', () => {
    expect([0.1, 0.2, 0.3].reduce((a, b) => a + b) / 3).not.toBe(0.2);
    expect(meanOf([0.1, 0.2, 0.3])).toBe(0.2);
    expect(descriptives([0.3, 0.1, 0.2]).mean).toBe(0.2);
  });
  it('the variance about any centre is the sample variance: the residual-sum term removes the centre (var(1:3) = 1)', () => {
    expect(varianceAbout([1, 2, 3], 2)).toBe(1);
    expect(varianceAbout([1, 2, 3], 0)).toBe(1); // (14 − 6²/3) / 2
    expect(varianceAbout([1, 2, 3, 4], 1)).toBeCloseTo(5 / 3, 15); // (14 − 6²/4) / 3
  });
  it('a variance that rounds below zero is 0, never a negative (whose root would be NaN)', () => {
    // Three equal values about a centre 8.8e-5 away: Σd² − (Σd)²/n rounds to −3.3e-24.
    expect(varianceAbout([2.804577555268748, 2.804577555268748, 2.804577555268748], 2.8046656203056752)).toBe(0);
  });
  it('quantile does not interpolate between equal values (R: x[hi] != qs), so quantile(c(.1, .1, .1), .1) is exactly 0.1', () => {
    expect(0.8 * 0.1 + 0.2 * 0.1).not.toBe(0.1); // h = 0.2
    expect(quantile([0.1, 0.1, 0.1], 0.1)).toBe(0.1);
  });
  it('quantile type 7 between two values, h of the way: quantile(c(10, 20), c(.25, .5, .9)) = 12.5, 15, 19', () => {
    expect([quantile([10, 20], 0.25), quantile([10, 20], 0.5), quantile([10, 20], 0.9)]).toEqual([12.5, 15, 19]);
    expect(quantile(Float64Array.from([1, 2, 3, 4, 5, 10]), 0.9)).toBe(7.5); // quantile(c(1:5, 10), .9)
  });
  it('descriptives of 5, 1, 9, 3 by hand: mean 4.5, SD √(35/3), quartiles 2.5 / 4 / 6 (type 7), min 1, max 9', () => {
    const d = descriptives([5, 1, 9, 3]);
    expect(d).toEqual({ n: 4, mean: 4.5, sd: d.sd, q1: 2.5, median: 4, q3: 6, min: 1, max: 9, reasons: {} });
    expect(d.sd).toBeCloseTo(Math.sqrt(35 / 3), 14);
  });
  it('no values: every figure null and every reason no_values', () => {
    const r = 'no_values';
    expect(describeSorted(new Float64Array(0))).toEqual({ n: 0, mean: null, sd: null, q1: null, median: null, q3: null, min: null, max: null, reasons: { mean: r, sd: r, q1: r, median: r, q3: r, min: r, max: r } });
  });
});

describe('histogram: the bin layout of a scale', () => {
  const options = (values: readonly number[]) => values.map((value) => ({ value, label: String(value) }));
  /** A definition with `k` items on one response scale, and a scale over them (only what binsFor reads). */
  function layout(kind: 'sum' | 'mean' | 'product_sum', range: readonly [number, number], values: readonly number[], bins?: number) {
    const def = { items: [{ id: 'x1', responseScale: 'r' }, { id: 'x2', responseScale: 'r' }], responseScales: [{ id: 'r', options: options(values) }] } as unknown as InstrumentDefinition;
    const scale = { id: 's', items: ['x1', 'x2'], method: { kind }, range } as unknown as Scale;
    return binsFor(def, scale, bins);
  }
  it('one bin per value for an integer sum scale spanning at most 60 points (0…60: 61 bins; 0…61: 10 intervals)', () => {
    const sixty = layout('sum', [0, 60], [0, 30]);
    expect(sixty.values).toBe(true);
    expect(Array.from(sixty.edges)).toEqual(Array.from({ length: 61 }, (_, i) => i));
    expect(layout('sum', [0, 61], [0, 30])).toMatchObject({ values: false });
    expect(layout('sum', [0, 61], [0, 30]).edges.length).toBe(11);
  });
  it('a product-sum scale of integer items is integer-valued too', () => {
    expect(layout('product_sum', [0, 16], [0, 1, 2, 4]).values).toBe(true);
    expect(layout('product_sum', [0, 16], [0, 1, 2, 4]).edges.length).toBe(17);
  });
  it('integer-valued needs every item integer-valued, each item read on its own response scale', () => {
    const mixed = (second: readonly number[]) => {
      const def = { items: [{ id: 'x1', responseScale: 'r1' }, { id: 'x2', responseScale: 'r2' }], responseScales: [{ id: 'r1', options: options([0, 1, 2]) }, { id: 'r2', options: options(second) }] } as unknown as InstrumentDefinition;
      return binsFor(def, { id: 's', items: ['x1', 'x2'], method: { kind: 'sum' }, range: [0, 4] } as unknown as Scale, undefined).values;
    };
    expect(mixed([0, 1, 2])).toBe(true);
    expect(mixed([0, 0.5, 2])).toBe(false);
    const reversed = { items: [{ id: 'x1', responseScale: 'r1' }, { id: 'x2', responseScale: 'r2' }], responseScales: [{ id: 'r1', options: options([0, 0.5]) }, { id: 'r2', options: options([0, 1]) }] } as unknown as InstrumentDefinition;
    expect(binsFor(reversed, { id: 's', items: ['x2'], method: { kind: 'sum' }, range: [0, 1] } as unknown as Scale, undefined).values).toBe(true);
  });
  it('a range that does not start at 0: 10…70 spans 60 (61 value bins from 10); 1…5 in 4 bins has edges 1, 2, 3, 4, 5', () => {
    const sixty = layout('sum', [10, 70], [0, 30]);
    expect(sixty.values).toBe(true);
    expect([sixty.edges.length, sixty.edges[0], sixty.edges[60]]).toEqual([61, 10, 70]);
    expect(Array.from(layout('mean', [1, 5], [0, 1], 4).edges)).toEqual([1, 2, 3, 4, 5]);
  });
  it('value bins of K10 (10…50) count 10 in the first bin and 50 in the last', () => {
    const h = summarize(k10, [Array(10).fill(1), Array(10).fill(5), Array(10).fill(5)]).scales.total.histogram;
    expect(h.kind === 'values' && [h.bins.length, h.bins[0], h.bins[40]]).toEqual([41, { value: 10, count: 1 }, { value: 50, count: 2 }]);
  });
  it('equal intervals for a mean scale, a non-integer range, non-integer options, or when bins are asked for', () => {
    expect(layout('mean', [0, 4], [0, 1, 2]).values).toBe(false);
    expect(layout('sum', [0, 4.5], [0, 1, 2]).values).toBe(false);
    expect(layout('sum', [0.5, 4], [0, 1, 2]).values).toBe(false);
    expect(layout('sum', [0, 4], [0, 0.5, 2]).values).toBe(false);
    expect(layout('sum', [0, 4], [0, 1, 2], 4)).toEqual({ values: false, edges: Float64Array.from([0, 1, 2, 3, 4]) });
  });
  it('bins: fractions round down, and fewer than one gives one bin over the whole range', () => {
    expect(Array.from(layout('mean', [0, 4], [0, 1], 2.7).edges)).toEqual([0, 2, 4]);
    expect(Array.from(layout('mean', [0, 4], [0, 1], 0).edges)).toEqual([0, 4]);
    expect(Array.from(layout('mean', [0, 4], [0, 1], -3).edges)).toEqual([0, 4]);
  });
  it('the last edge is the declared maximum itself: over 0…0.7 in 3 bins it is 0.7, where 0 + 0.7 × 3 / 3 is 0.6999999999999998', () => {
    expect(0 + (0.7 * 3) / 3).not.toBe(0.7);
    const edges = layout('mean', [0, 0.7], [0, 1], 3).edges;
    expect(edges[3]).toBe(0.7);
    expect(histogramOf(Float64Array.from([0.7]), { values: false, edges })).toEqual({ kind: 'intervals', bins: [{ from: 0, to: edges[1], count: 0 }, { from: edges[1], to: edges[2], count: 0 }, { from: edges[2], to: 0.7, count: 1 }] });
  });
  it('value bins: a prorated PHQ-9 total of 10.125 is counted at 10, and a result outside the range at the nearest end', () => {
    const prorated = score(phq9, [1, 1, 1, 1, 1, 1, 1, 2, null, null], { prorate: true });
    expect(prorated.scales.total.value).toBe(10.125);
    const forged = (value: number) => ({ ...prorated, scales: { total: { ...prorated.scales.total, value } } });
    const h = summarize(phq9, [prorated, forged(-2), forged(30)]).scales.total.histogram;
    expect(h.kind).toBe('values');
    expect(h.bins.length).toBe(28);
    expect(h.bins.filter((b) => b.count > 0)).toEqual([{ value: 0, count: 1 }, { value: 10, count: 1 }, { value: 27, count: 1 }]);
  });
  it('interval bins: a value on an inner edge opens the next bin, the maximum closes the last', () => {
    const edges = Float64Array.from([0, 1, 2, 3]);
    expect(histogramOf(Float64Array.from([0, 0.5, 1, 2.999, 3]), { values: false, edges }).bins.map((b) => b.count)).toEqual([2, 1, 2]);
  });
});

describe('one-factor minres: the fixed point psych::fa(r, 1, fm = "minres") reaches', () => {
  const matrix = (r12: number, r13: number, r23: number) => Float64Array.from([1, r12, r13, r12, 1, r23, r13, r23, 1]);
  it('three items identify one factor exactly: λ₁² = r₁₂r₁₃/r₂₃ gives 0.6, 0.8, 0.7 for r = .48, .42, .56', () => {
    const l = oneFactorMinres(matrix(0.48, 0.42, 0.56), 3);
    expect(l[0]).toBeCloseTo(0.6, 12);
    expect(l[1]).toBeCloseTo(0.8, 12);
    expect(l[2]).toBeCloseTo(0.7, 12);
  });
  it('signs the loadings so that their sum is not negative: (0.9, −0.3, −0.3), not (−0.9, 0.3, 0.3)', () => {
    const l = oneFactorMinres(matrix(-0.27, -0.27, 0.09), 3);
    expect(l[0]).toBeCloseTo(0.9, 10);
    expect(l[1]).toBeCloseTo(-0.3, 10);
    expect(l[2]).toBeCloseTo(-0.3, 10);
  });
  it('a Heywood case is held at ψ = 0.005: the loading solves λ³ + (S − 0.995)λ − N = 0 (psych: 0.99778, 0.60087, 0.50053)', () => {
    const l = oneFactorMinres(matrix(0.6, 0.5, 0.3), 3);
    const [a, b, c] = [l[0]!, l[1]!, l[2]!];
    expect(a).toBeGreaterThan(Math.sqrt(0.995));
    const s = b * b + c * c;
    const n = 0.6 * b + 0.5 * c;
    expect(a ** 3 + (s - 0.995) * a - n).toBeCloseTo(0, 12);
    expect(b).toBeCloseTo((0.6 * a + 0.3 * c) / (a * a + c * c), 12);
    expect(c).toBeCloseTo((0.5 * a + 0.3 * b) / (a * a + b * b), 12);
    // psych::fa(matrix(c(1,.6,.5,.6,1,.3,.5,.3,1), 3), 1, fm = "minres", n.obs = 100)$loadings (psych stops early)
    expect(Math.abs(a - 0.99778152704258327)).toBeLessThan(1e-4);
    expect(Math.abs(b - 0.6008729480064301)).toBeLessThan(2e-4);
    expect(Math.abs(c - 0.50053048739411232)).toBeLessThan(2e-4);
  });
  it('a Heywood item loading against the others keeps its sign: r₁₂ = −.6, r₁₃ = −.5 gives (−a, b, c) of the case above', () => {
    const plus = oneFactorMinres(matrix(0.6, 0.5, 0.3), 3);
    const minus = oneFactorMinres(matrix(-0.6, -0.5, 0.3), 3);
    expect(minus[0]).toBeCloseTo(-plus[0]!, 12);
    expect(minus[1]).toBeCloseTo(plus[1]!, 12);
    expect(minus[2]).toBeCloseTo(plus[2]!, 12);
  });
  it('uncorrelated items load 0 (the residuals are already 0), so omega total is 1 − 3/3 = 0 and alpha is 0', () => {
    expect(Array.from(oneFactorMinres(matrix(0, 0, 0), 3))).toEqual([0, 0, 0]);
    // Three orthogonal ±1 contrasts: every covariance 0, every variance 4/3.
    const r = reliability([[1, 1, 1], [-1, 1, -1], [1, -1, -1], [-1, -1, 1]]);
    expect(r).toMatchObject({ items: 3, alpha: 0, omegaTotal: 0 });
    expect(r.reasons).toEqual({});
    expect(r.itemStats.map((s) => [s.loading, s.correctedItemTotal, s.alphaIfDeleted])).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
  });
  it('correlations summing to zero or less start from 0.5 each and reach psych\'s solution (1.04821, −0.30931, −0.30931)', () => {
    const l = oneFactorMinres(matrix(-0.5, -0.5, -0.5), 3);
    // psych::fa(matrix(c(1,-.5,-.5,-.5,1,-.5,-.5,-.5,1), 3), 1, fm = "minres", n.obs = 100)$loadings
    expect(l[0]).toBeCloseTo(1.04820738234066213, 5);
    expect(l[1]).toBeCloseTo(-0.30931236077826391, 5);
    expect(l[2]).toBeCloseTo(-0.30931236077823993, 5);
  });
});

describe('reliability against psych::alpha and psych::omega', () => {
  // set.seed(1); 30 rows of four 1–5 items from one factor, item c keyed against it (scripts: see the R calls below).
  const rows = [[4, 5, 3, 2], [3, 3, 4, 5], [3, 3, 5, 2], [4, 4, 3, 4], [2, 3, 4, 3], [2, 3, 4, 3], [3, 2, 1, 3], [4, 5, 2, 3], [4, 4, 1, 3], [3, 5, 3, 2], [4, 5, 1, 4], [3, 3, 3, 3], [3, 3, 3, 3], [2, 1, 5, 1], [3, 3, 2, 4], [2, 3, 5, 1], [3, 3, 4, 3], [4, 4, 3, 3], [4, 4, 3, 3], [4, 3, 4, 3], [4, 3, 2, 2], [3, 3, 2, 5], [3, 4, 4, 1], [1, 1, 4, 1], [5, 4, 2, 2], [5, 3, 3, 2], [3, 4, 3, 5], [1, 2, 4, 2], [3, 3, 4, 1], [3, 4, 3, 2]];
  // Computed inside each test, not here: code run while tests are collected counts for no test in a mutation run.
  const fit = () => reliability(rows, ['a', 'b', 'c', 'd']);
  it('alpha, Feldt interval, alpha if deleted, r.drop, item means and SDs (psych::alpha(y, check.keys = FALSE))', () => {
    const r = fit();
    expect(r).toMatchObject({ n: 30, items: 4, excluded: [] });
    expect(r.reasons).toEqual({});
    expect(r.alpha).toBeCloseTo(-0.34274028629856829, 12);
    // 1 − (1 − α) qf(c(.975, .025), 29, 87)
    expect(r.alphaCi!.lower).toBeCloseTo(-1.3457133705971911, 9);
    expect(r.alphaCi!.upper).toBeCloseTo(0.2986124288085642, 9);
    const expected = {
      alphaIfDeleted: [-1.03480519480519506, -1.55576923076923057, 0.61907582938388628, -0.5944900918318029],
      correctedItemTotal: [0.192097787541874204, 0.325543024605911668, -0.613636342340951435, -0.005690482782839984],
      mean: [3.1666666666666665, 3.3333333333333335, 3.1333333333333333, 2.7000000000000002],
      sd: [0.98552745665257446, 1.02833421822276061, 1.13664155431187086, 1.17883636371372313],
    };
    for (const [stat, values] of Object.entries(expected)) {
      values.forEach((v, j) => expect((r.itemStats[j] as unknown as Record<string, number>)[stat], `${stat} of item ${j + 1}`).toBeCloseTo(v, 12));
    }
    expect(r.itemStats.map((s) => [s.item, s.reasons])).toEqual([['a', {}], ['b', {}], ['c', {}], ['d', {}]]);
  });
  it('omega total reverses the negatively loading item first (psych::omega(y, nfactors = 1, fm = "minres")$omega.tot = 0.752762)', () => {
    const r = fit();
    expect(r.omegaTotal).toBeCloseTo(0.75276226206724561, 6);
    // psych::fa(y, 1, fm = "minres")$loadings: 0.790509, 0.693915, −0.706556, 0.410491
    [0.79050854924047553, 0.69391463785950991, -0.70655581769931874, 0.41049104300264971].forEach((v, j) => expect(r.itemStats[j]!.loading).toBeCloseTo(v, 5));
  });
  it('Feldt interval of the documented example: 1 − (1 − 0.873134) qf(c(.975, .025), 4, 8) = 0.358994, 0.985872', () => {
    const small = reliability([[1, 2, 2], [2, 2, 3], [3, 4, 3], [4, 3, 4], [2, 2, 2]]);
    expect(small.alphaCi!.lower).toBeCloseTo(0.35899442018522598, 12);
    expect(small.alphaCi!.upper).toBeCloseTo(0.98587175950563222, 12);
    // psych::alpha: alpha.drop$raw_alpha and item.stats$r.drop
    [0.69565217391304346, 0.91891891891891908, 0.8].forEach((v, j) => expect(small.itemStats[j]!.alphaIfDeleted).toBeCloseTo(v, 12));
    [0.89638814454767235, 0.63936201309100593, 0.79859570624992493].forEach((v, j) => expect(small.itemStats[j]!.correctedItemTotal).toBeCloseTo(v, 12));
  });
  it('two items that cancel: the third item\'s rest score has no variance, so its r.drop and the alpha without it are null', () => {
    // y + z = 6 in every row: var(y + z) = 0.
    const cancel = reliability([[1, 1, 5], [2, 2, 4], [3, 3, 3], [5, 4, 2], [4, 5, 1]], ['x', 'y', 'z']);
    expect(cancel.items).toBe(3);
    expect(cancel.itemStats[0]).toMatchObject({ item: 'x', alphaIfDeleted: null, correctedItemTotal: null, reasons: { alphaIfDeleted: 'non_positive_total_variance', correctedItemTotal: 'non_positive_total_variance' } });
    expect(cancel.itemStats[1]!.correctedItemTotal).toBeTypeOf('number');
  });
  it('rows with a constant sum: alpha null, and each item correlates −1 with the sum of the others', () => {
    const constant = reliability([[1, 2, 3], [2, 3, 1], [3, 1, 2], [1, 3, 2], [2, 1, 3]]);
    expect(constant).toMatchObject({ alpha: null, alphaCi: null, reasons: { alpha: 'non_positive_total_variance', alphaCi: 'non_positive_total_variance' } });
    expect(constant.itemStats.map((s) => s.correctedItemTotal)).toEqual([-1, -1, -1]);
  });
  it('an item counts as constant when its variance is below 1e-12 × (1 + mean²)', () => {
    // Variance 3.3e-11: kept at mean 0, excluded at mean 10,000 (threshold 1e-4).
    const tiny = [[0, 1, 2], [0, 2, 3], [1e-5, 3, 3], [0, 3, 4]];
    expect(reliability(tiny).excluded).toEqual([]);
    expect(reliability(tiny.map(([a, b, c]) => [a! + 1e4, b!, c!])).excluded).toEqual([{ item: 'item_1', reason: 'zero_variance' }]);
    // Variance 3.3e-13 at mean 0: excluded.
    expect(reliability([[0, 1, 2], [0, 2, 3], [1e-6, 3, 3], [0, 3, 4]]).excluded).toEqual([{ item: 'item_1', reason: 'zero_variance' }]);
  });
  it('null items carry their reason on every figure (and on mean and SD when those are unknown)', () => {
    const reasons = (x: string) => ({ alphaIfDeleted: x, correctedItemTotal: x, loading: x });
    expect(reliability([[1], [2], [3]]).itemStats).toEqual([{ item: 'item_1', mean: null, sd: null, alphaIfDeleted: null, correctedItemTotal: null, loading: null, reasons: { ...reasons('single_item'), mean: 'single_item', sd: 'single_item' } }]);
    expect(reliability([], ['a', 'b'])).toMatchObject({ n: 0, items: 2, excluded: [], reasons: { alpha: 'fewer_than_three_cases', alphaCi: 'fewer_than_three_cases', omegaTotal: 'fewer_than_three_cases' } });
    expect(reliability([], ['a', 'b']).itemStats.map((s) => [s.item, s.reasons.mean])).toEqual([['a', 'fewer_than_three_cases'], ['b', 'fewer_than_three_cases']]);
    const one = reliability([[1, 5, 5], [2, 5, 5], [3, 5, 5]]);
    expect(one).toMatchObject({ items: 1, alphaCi: null, omegaTotal: null, reasons: { alpha: 'fewer_than_two_items', alphaCi: 'fewer_than_two_items', omegaTotal: 'fewer_than_two_items' } });
    expect(one.itemStats[0]).toEqual({ item: 'item_1', mean: 2, sd: 1, alphaIfDeleted: null, correctedItemTotal: null, loading: null, reasons: reasons('fewer_than_two_items') });
    expect(one.itemStats[1]).toEqual({ item: 'item_2', mean: 5, sd: 0, alphaIfDeleted: null, correctedItemTotal: null, loading: null, reasons: reasons('zero_variance') });
    const two = reliability([[1, 2], [2, 2], [3, 4], [4, 3]]);
    expect(two.itemStats[0]!.reasons).toEqual({ alphaIfDeleted: 'fewer_than_three_items', loading: 'fewer_than_three_items' });
    expect(two.itemStats[0]!.loading).toBeNull();
  });
  it('no rows and no item names: no items; a row of the wrong length is refused with its lengths', () => {
    expect(reliability([])).toMatchObject({ n: 0, items: 0, itemStats: [], excluded: [], reasons: { alpha: 'single_item' } });
    expect(reliability([[1], [2], [3]]).excluded).toEqual([]);
    expect(() => reliability([[1, 2, 3], [1, 2]])).toThrow(new RangeError('every row needs 3 values; got 2'));
    expect(() => reliability([[1, 2]], ['a', 'b', 'c'])).toThrow(new RangeError('every row needs 3 values; got 2'));
  });
});

describe('intervals at their ends', () => {
  it('Wilson: all of 9 or 13 positive has upper bound exactly 1, where the formula rounds to 1.0000000000000002 and 0.9999999999999998', () => {
    expect([wilsonInterval(9, 9)!.upper, wilsonInterval(13, 13)!.upper, wilsonInterval(7, 7)!.upper]).toEqual([1, 1, 1]);
  });
  it('Cohen d needs three observations: with a side of n 0 it is null, not the other side\'s mean over its SD', () => {
    expect(cohensD(1, 1, 1, 0, 1, 0)).toBeNull();
    expect(cohensD(1, 1, 2, 0, 1, 0)).toBeNull();
  });
});

describe('benchmarks: each comparison and why a figure is missing', () => {
  const bench = (extra: Partial<Benchmark>): Benchmark => ({ id: 'b', population: 'p', country: 'DE', year: 2020, n: 50, sources: ['s'], ...extra });
  it('carries the benchmark\'s description, with note null when it has none', () => {
    const m = compareMean({ ...bench({ mean: 3, sd: 1 }), scale: 'total', mean: 3 }, descriptives([1, 2, 3]));
    expect(m).toMatchObject({ id: 'b', population: 'p', country: 'DE', year: 2020, n: 50, note: null, sources: ['s'], kind: 'mean', scale: 'total' });
    // The notes live apart from the shipped definition: with them put back, the note is carried.
    const gad = summarize(withNotes(gad7, gad7Notes), []).benchmarks.find((b) => b.id === 'de_general_2006')!;
    const source = gad7.benchmarks.find((b) => b.id === 'de_general_2006')!;
    expect(gad).toMatchObject({ population: source.population, country: 'DE', year: 2006, n: 5030, note: gad7Notes.benchmarks.de_general_2006, sources: ['lowe2008', 'puhe2020_norms'] });
    expect(summarize(gad7, []).benchmarks.find((b) => b.id === 'de_general_2006')!.note).toBeNull();
  });
  it('mean: difference, Welch interval, df and Cohen d by hand for cohort 1, 2, 3 against mean 3, SD 1, n 50', () => {
    const m = compareMean({ ...bench({ mean: 3, sd: 1 }), scale: 'total', mean: 3 }, descriptives([1, 2, 3]));
    // se² = 1/3 + 1/50; df = se⁴ / ((1/3)²/2 + (1/50)²/49); d = −1 / √((2 × 1 + 49 × 1) / 51) = −1
    const se2 = 1 / 3 + 1 / 50;
    expect(m.difference).toBe(-1);
    expect(m.df).toBeCloseTo((se2 * se2) / ((1 / 9) / 2 + (1 / 2500) / 49), 12);
    expect(m.standardizedDifference).toBeCloseTo(-1, 14);
    expect(m.cohort).toEqual({ n: 3, mean: 2, sd: 1 });
    expect(m.benchmark).toEqual({ n: 50, mean: 3, sd: 1 });
    expect(m.reasons).toEqual({});
    expect(m.ci!.upper - m.ci!.lower).toBeGreaterThan(0);
    expect((m.ci!.upper + m.ci!.lower) / 2).toBeCloseTo(-1, 12);
  });
  it('mean without a published SD: no interval, df or d (benchmark_without_sd); without values: no_values', () => {
    expect(compareMean({ ...bench({ mean: 3 }), scale: 'total', mean: 3 }, descriptives([1, 2, 3]))).toMatchObject({ difference: -1, ci: null, df: null, standardizedDifference: null, benchmark: { sd: null }, reasons: { ci: 'benchmark_without_sd', standardizedDifference: 'benchmark_without_sd' } });
    expect(compareMean({ ...bench({ mean: 3, sd: 1 }), scale: 'total', mean: 3 }, descriptives([]))).toEqual(expect.objectContaining({ difference: null, ci: null, df: null, standardizedDifference: null, reasons: { difference: 'no_values', ci: 'no_values', standardizedDifference: 'no_values' } }));
  });
  it('mean from one value: no interval and no d, each for want of a second value', () => {
    expect(compareMean({ ...bench({ mean: 3, sd: 1 }), scale: 'total', mean: 3 }, descriptives([5])).reasons).toEqual({ ci: 'fewer_than_two_values', standardizedDifference: 'fewer_than_two_values' });
  });
  it('mean with no spread on either side: zero_variance for the interval and for d', () => {
    expect(compareMean({ ...bench({ mean: 3, sd: 0 }), scale: 'total', mean: 3 }, descriptives([2, 2, 2]))).toMatchObject({ difference: -1, ci: null, df: null, standardizedDifference: null, reasons: { ci: 'zero_variance', standardizedDifference: 'zero_variance' } });
  });
  it('prevalence: Newcombe difference, or null with no_values when nothing was determinable', () => {
    const p = comparePrevalence({ ...bench({ prevalence: 0.2 }), cutoff: 'c', prevalence: 0.2 }, 10, 3);
    expect(p).toMatchObject({ kind: 'prevalence', cutoff: 'c', cohort: { n: 10, positives: 3, prevalence: 0.3 }, benchmark: { n: 50, prevalence: 0.2 } });
    expect(p.reasons).toEqual({});
    expect(p.difference).toBeCloseTo(0.1, 15);
    expect(comparePrevalence({ ...bench({ prevalence: 0.2 }), cutoff: 'c', prevalence: 0.2 }, 0, 0)).toMatchObject({ cohort: { n: 0, positives: 0, prevalence: null }, difference: null, ci: null, reasons: { difference: 'no_values', ci: 'no_values' } });
  });
  it('distribution: the cohort share at each published value, null without values', () => {
    const distribution = [{ value: 1, proportion: 0.5 }, { value: 2, proportion: 0.3 }, { value: 3, proportion: 0.2 }];
    const d = compareDistribution({ ...bench({ distribution }), scale: 's', distribution }, Float64Array.from([1, 1, 1, 3]));
    expect(d).toMatchObject({ kind: 'distribution', scale: 's', cohortN: 4, values: [{ value: 1, cohort: 0.75, benchmark: 0.5 }, { value: 2, cohort: 0, benchmark: 0.3 }, { value: 3, cohort: 0.25, benchmark: 0.2 }] });
    expect(compareDistribution({ ...bench({ distribution }), scale: 's', distribution }, new Float64Array(0)).values.map((v) => v.cohort)).toEqual([null, null, null]);
  });
});

describe('summarize: rows, reasons and refusals', () => {
  it('an answers object is read as answers even when it has a key named like a part of a result', () => {
    for (const key of ['provenance', 'scales', 'instrument', 'cutoffs']) {
      const s = summarize(phq2, [{ phq2_1: 1, phq2_2: 2, [key]: {} }]);
      expect([s.fromAnswers, s.fromResults, s.scales.total.descriptives.mean], key).toEqual([1, 0, 3]);
    }
  });
  it('an array is read as answers whatever properties it carries; a string or number row is answers with an issue', () => {
    const array = Object.assign([1, 2], { provenance: {}, scales: {}, instrument: {}, cutoffs: {} });
    expect(summarize(phq2, [array])).toMatchObject({ fromAnswers: 1, fromResults: 0, scales: { total: { descriptives: { mean: 3 } } } });
    expect(summarize(phq2, ['1, 2' as never, 12 as never])).toMatchObject({ rows: 2, fromAnswers: 2, rowsWithIssues: 2, issues: { invalid_answers: 2 } });
  });
  it('a valid result carrying only a warning does not count as a row with issues (rowsWithIssues counts valid: false)', () => {
    const warned = score(phq2, { phq2_1: 1, phq2_2: 1, extra: 1 } as never, { unknownKeys: 'report' });
    expect([warned.valid, warned.issues.map((i) => i.code)]).toEqual([true, ['unknown_item']]);
    expect(summarize(phq2, [warned])).toMatchObject({ rows: 1, rowsWithIssues: 0, issues: {} });
  });
  it('a null row is an answers row with an invalid_answers issue, not a crash', () => {
    const s = summarize(phq2, [null as never, [1, 1]]);
    expect(s).toMatchObject({ rows: 2, fromAnswers: 2, fromResults: 0, rowsWithIssues: 1, issues: { invalid_answers: 1 } });
    expect(s.scales.total).toMatchObject({ scored: 1, missing: 1, missingBy: { insufficient_answers: 0, invalid_answers: 1 } });
    expect(s.cutoffs.positive_screen).toMatchObject({ determinable: 1, notDeterminable: 1 });
  });
  it('names what is wrong with the options or a result row', () => {
    expect(() => summarize(k10, [], { bandSchemes: { nope: 'abs' } as never })).toThrow(new RangeError('options.bandSchemes names unknown scale "nope"'));
    expect(() => summarize(phq2, [], { cutoffSchemes: { nope: 'standard' } as never })).toThrow(new RangeError('options.cutoffSchemes names unknown cut-off "nope"'));
    expect(() => summarize(k10, [], { bandSchemes: { total: 'nope' } as never })).toThrow(new RangeError('options.bandSchemes: scale "total" has no band scheme "nope"'));
    expect(() => summarize(phq2, [], { cutoffSchemes: { positive_screen: 'nope' } as never })).toThrow(new RangeError('options.cutoffSchemes: cut-off "positive_screen" has no scheme "nope"'));
    expect(() => summarize(phq9, [], { cutoffSchemes: { positive_screen: 'standard' } as never })).toThrow(new RangeError('options.cutoffSchemes: cut-off "positive_screen" has no scheme "standard"'));
    expect(() => summarize(phq2, [[1, 1], score(phq9, [])] as never)).toThrow(new RangeError('row 1 is a result of "phq9", not of "phq2"'));
    expect(() => summarize(k10, [score(k10, Array(10).fill(1), { bandSchemes: { total: 'primary_care' } })])).toThrow(new RangeError('row 0 was scored with band scheme "primary_care" for total; the summary uses band scheme "abs" (options.bandSchemes)'));
    expect(() => summarize(phq2, [score(phq2, [1, 1], { cutoffSchemes: { positive_screen: 'sensitive' } })])).toThrow(new RangeError('row 0 was scored with scheme "sensitive" for cut-off positive_screen; the summary uses scheme "standard" (options.cutoffSchemes)'));
  });
  it('accepts result rows scored with the schemes it uses, including ones chosen in options', () => {
    const row = score(k10, Array(10).fill(1), { bandSchemes: { total: 'primary_care' } });
    const s = summarize(k10, [row], { bandSchemes: { total: 'primary_care' } });
    expect(s.scales.total.bands).toMatchObject({ scheme: 'primary_care' });
    expect(s.scales.total.bands!.counts.reduce((a, b) => a + b.count, 0)).toBe(1);
    const sensitive = summarize(phq2, [score(phq2, [1, 1], { cutoffSchemes: { positive_screen: 'sensitive' } })], { cutoffSchemes: { positive_screen: 'sensitive' } });
    expect(sensitive.cutoffs.positive_screen).toMatchObject({ scheme: 'sensitive', positives: 1, determinable: 1 });
  });
  it('refuses a result row scored without the scheme the summary reports, or with one where it reports none (fixed: such rows were left out of the band counts and cut-off, or counted under no scheme)', () => {
    const mbiAnswers = Object.fromEntries(mbi.items.map((i) => [i.id, 3]));
    const plain = score(mbi, mbiAnswers);
    const chosen = score(mbi, mbiAnswers, { bandSchemes: { emotional_exhaustion: 'manual_medicine' } });
    expect(() => summarize(mbi, [plain], { bandSchemes: { emotional_exhaustion: 'manual_medicine' } })).toThrow(new RangeError('row 0 was scored with no band scheme for emotional_exhaustion; the summary uses band scheme "manual_medicine" (options.bandSchemes)'));
    expect(() => summarize(mbi, [plain, chosen])).toThrow(new RangeError('row 1 was scored with band scheme "manual_medicine" for emotional_exhaustion; the summary uses no band scheme (options.bandSchemes)'));
    const s = summarize(mbi, [chosen, mbiAnswers], { bandSchemes: { emotional_exhaustion: 'manual_medicine' } }).scales.emotional_exhaustion;
    expect(s.scored).toBe(2);
    expect(s.bands!.counts.reduce((a, b) => a + b.count, 0)).toBe(2);
    const weeklyAnswers = Object.fromEntries(mbi2.items.map((i) => [i.id, 5]));
    const undecided = score(mbi2, weeklyAnswers);
    const weekly = score(mbi2, weeklyAnswers, { cutoffSchemes: { depersonalization_high: 'weekly' } });
    expect(() => summarize(mbi2, [undecided], { cutoffSchemes: { depersonalization_high: 'weekly' } })).toThrow(new RangeError('row 0 was scored with no scheme for cut-off depersonalization_high; the summary uses scheme "weekly" (options.cutoffSchemes)'));
    expect(() => summarize(mbi2, [weekly])).toThrow(new RangeError('row 0 was scored with scheme "weekly" for cut-off depersonalization_high; the summary uses no scheme (options.cutoffSchemes)'));
    expect(summarize(mbi2, [weekly, weeklyAnswers], { cutoffSchemes: { depersonalization_high: 'weekly' } }).cutoffs.depersonalization_high).toMatchObject({ scheme: 'weekly', determinable: 2, positives: 2 });
    expect(summarize(mbi2, [undecided, weeklyAnswers]).cutoffs.depersonalization_high).toMatchObject({ scheme: null, determinable: 0, notDeterminable: 2 });
  });
  it('a scale whose band schemes have no default, and a cut-off whose schemes have none, report no bands and scheme null unless chosen', () => {
    expect(summarize(mbi, []).scales.emotional_exhaustion.bands).toBeNull();
    expect(summarize(mbi, [], { bandSchemes: { emotional_exhaustion: 'manual_medicine' } }).scales.emotional_exhaustion.bands?.scheme).toBe('manual_medicine');
    expect(summarize(mbi, []).cutoffs.burnout.scheme).toBe('ee_or_dp');
    expect(summarize(phq9, []).cutoffs.positive_screen.scheme).toBeNull();
  });
  it('band proportions are count / scored, null with nothing scored', () => {
    const s = summarize(phq9, [Array(9).fill(0), Array(9).fill(0), Array(9).fill(3), Array(9).fill(null)]);
    expect(s.scales.total.bands!.counts.map((b) => [b.id, b.count, b.proportion])).toEqual([['minimal', 2, 2 / 3], ['mild', 0, 0], ['moderate', 0, 0], ['moderately_severe', 0, 0], ['severe', 1, 1 / 3]]);
    expect(s.scales.total.bands!.counts[0]!.label).toBe(phq9.scales[0]!.bandSchemes[0]!.bands[0]!.label);
    expect(summarize(phq9, []).scales.total.bands!.counts.map((b) => b.proportion)).toEqual([null, null, null, null, null]);
  });
  it('result rows: invalid and insufficient scales counted apart, prorated values counted, flags by status', () => {
    const invalid = score(phq9, [7, 1, 1, 1, 1, 1, 1, 1, 1, 1] as never);
    const prorated = score(phq9, [1, 1, 1, 1, 1, 1, 1, 2, null, null], { prorate: true });
    const positive = score(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 2, null]);
    const withoutScale = { ...positive, scales: {} } as unknown as typeof positive;
    const s = summarize(phq9, [invalid, prorated, positive, score(phq9, {}), withoutScale]);
    expect(s).toMatchObject({ rows: 5, fromAnswers: 0, fromResults: 5, rowsWithIssues: 1, issues: { invalid_value: 1 } });
    expect(s.scales.total).toMatchObject({ scored: 2, missing: 3, missingBy: { insufficient_answers: 2, invalid_answers: 1 }, prorated: 1 });
    expect(s.flags).toEqual({ suicidal_ideation: { positive: 3, unanswered: 2 } });
    expect(s.cutoffs.positive_screen).toMatchObject({ determinable: 3, positives: 3 });
  });
  it('counts each of two flags under its own id, from answers and from results alike', () => {
    const flagged = {
      ...toy,
      id: 'two_flags',
      flags: [
        { id: 'item3_max', label: 'item 3 = 5', item: 'toy_3', op: '>=', value: 5, sources: ['s'] },
        { id: 'item1_max', label: 'item 1 = 5', item: 'toy_1', op: '>=', value: 5, sources: ['s'] },
      ],
    } as const satisfies InstrumentDefinition;
    const rows = [{ toy_1: 5, toy_2: 1, toy_3: 1 }, { toy_1: 5, toy_2: 1, toy_3: 5 }, { toy_1: 1, toy_2: 1 }];
    const expected = { item3_max: { positive: 1, unanswered: 1 }, item1_max: { positive: 2, unanswered: 0 } };
    expect(summarize(flagged, rows).flags).toEqual(expected);
    expect(summarize(flagged, rows.map((r) => score(flagged, r))).flags).toEqual(expected);
  });
  it('answer rows: prorated values counted under options.prorate', () => {
    const rows = [[1, 1, 1, 1, 1, 1, 1, 2, null], [1, 1, 1, 1, 1, 1, 1, 1, 1]];
    expect(summarize(phq9, rows, { prorate: true }).scales.total).toMatchObject({ scored: 2, prorated: 1 });
    expect(summarize(phq9, rows).scales.total).toMatchObject({ scored: 1, prorated: 0, missingBy: { insufficient_answers: 1, invalid_answers: 0 } });
  });
  it('reliability of a product-sum scale uses only rows with both items of every pair answered', () => {
    const full = Object.fromEntries(mmdhp.items.map((item, i) => [item.id, i % 3]));
    const rows = [full, { ...full, mmdhp_1_distress: null }, { ...full, mmdhp_2_frequency: null }, full, full];
    expect(summarize(mmdhp, rows).scales.total.reliability.n).toBe(3);
  });
  it('reliability from result rows only: no_item_data on every figure of every item', () => {
    const rel = summarize(phq9, [score(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1])]).scales.total.reliability;
    const r = 'no_item_data';
    expect(rel).toMatchObject({ n: 0, items: 9, alpha: null, alphaCi: null, omegaTotal: null, excluded: [], reasons: { alpha: r, alphaCi: r, omegaTotal: r } });
    expect(rel.itemStats[8]).toEqual({ item: 'phq9_9', mean: null, sd: null, alphaIfDeleted: null, correctedItemTotal: null, loading: null, reasons: { mean: r, sd: r, alphaIfDeleted: r, correctedItemTotal: r, loading: r } });
    expect(summarize(who5, []).scales.percentage.reliability).toMatchObject({ n: 0, items: 0, itemStats: [], reasons: { alpha: 'derived_scale', alphaCi: 'derived_scale', omegaTotal: 'derived_scale' } });
  });
  it('with rows given as answers, reliability uses those rows\' items (a mix with results)', () => {
    const rows = [[0, 0, 0, 0, 0, 0, 0, 0, 0], [1, 1, 2, 1, 1, 1, 2, 1, 1], [3, 2, 3, 3, 2, 3, 3, 3, 2], [2, 2, 1, 2, 2, 2, 1, 2, 2]];
    const s = summarize(phq9, [...rows, score(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 3])]);
    expect(s.scales.total.reliability.n).toBe(4);
    expect(s.scales.total.reliability.alpha).toBeCloseTo(reliability(rows).alpha!, 14);
  });
  it('cut-off with nothing determinable: prevalence and interval null with no_values; otherwise positives / determinable', () => {
    expect(summarize(phq2, []).cutoffs.positive_screen).toEqual({ scheme: 'standard', determinable: 0, notDeterminable: 0, positives: 0, prevalence: null, ci: null, reasons: { prevalence: 'no_values', ci: 'no_values' } });
    const s = summarize(phq2, [[3, 3], [0, 0], [0, 1], [null, null]]).cutoffs.positive_screen;
    expect(s).toMatchObject({ determinable: 3, notDeterminable: 1, positives: 1, prevalence: 1 / 3 });
    expect(s.reasons).toEqual({});
  });
  it('names the instrument and lists its flags even with no rows', () => {
    expect(summarize(phq9, [])).toMatchObject({ instrument: { id: 'phq9', version: phq9.version, name: phq9.name }, rows: 0, fromAnswers: 0, fromResults: 0, rowsWithIssues: 0, issues: {}, flags: { suicidal_ideation: { positive: 0, unanswered: 0 } } });
  });
  it('a distribution benchmark on a later scale is compared with that scale\'s values', () => {
    const benchmarked = {
      ...toy,
      id: 'benchmarked',
      benchmarks: [{ id: 'spread', scale: 'sum3', population: 'p', country: 'DE', year: 2020, n: 10, distribution: [{ value: 3, proportion: 0.5 }, { value: 15, proportion: 0.5 }], sources: ['s'] }],
    } as const satisfies InstrumentDefinition;
    // toy_2 is reverse-keyed: 1, 5, 1 sums to 3 and 5, 1, 5 to 15 (mean3: 1 and 5).
    const d = summarize(benchmarked, [{ toy_1: 1, toy_2: 5, toy_3: 1 }, { toy_1: 5, toy_2: 1, toy_3: 5 }, { toy_1: 5, toy_2: 1, toy_3: 5 }]).benchmarks[0]!;
    expect(d).toMatchObject({ kind: 'distribution', scale: 'sum3', cohortN: 3 });
    expect(d.kind === 'distribution' && d.values.map((v) => v.cohort)).toEqual([1 / 3, 2 / 3]);
  });
  it('benchmarks: one comparison per benchmark, of the right kind, on the right cut-off and scale', () => {
    const s = summarize(gad7, [[3, 3, 3, 3, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0]]);
    expect(s.benchmarks.map((b) => [b.id, b.kind])).toEqual(gad7.benchmarks.map((b) => [b.id, 'mean' in b ? 'mean' : 'prevalence']));
    expect(s.benchmarks.find((b) => b.kind === 'prevalence')).toMatchObject({ cutoff: 'positive_screen', cohort: { n: 2, positives: 1, prevalence: 0.5 } });
    expect(s.benchmarks.find((b) => b.kind === 'mean')).toMatchObject({ scale: 'total', cohort: { n: 2, mean: 6 }, difference: 6 - 2.95 });
    const dist = summarize(sib, [{ sib_1: 1 }, { sib_1: 1 }, { sib_1: 5 }, { sib_1: 2 }]).benchmarks.find((b) => b.kind === 'distribution');
    expect(dist).toMatchObject({ scale: 'burnout', cohortN: 4 });
    expect(dist!.kind === 'distribution' && dist!.values.map((v) => v.cohort)).toEqual([0.5, 0.25, 0, 0, 0.25]);
  });
});

describe('summarizeOutcomes: order, reasons and refusals', () => {
  const cbiAnswers = (v: 0 | 25 | 50 | 75 | 100) => ({ cbi_7: v, cbi_8: v, cbi_9: v, cbi_10: v });
  it('orders outcomes by construct, then by first appearance', () => {
    const s = summarizeOutcomes([[score(phq9, Array(9).fill(1)), score(sib, { sib_1: 2 }), score(gad7, Array(7).fill(1)), score(cbi, cbiAnswers(50))]]);
    expect(s.outcomes.map((o) => `${o.construct}/${o.instrument.id}`)).toEqual(['anxiety/gad7', 'burnout/sib', 'burnout/cbi', 'depression/phq9']);
  });
  it('orders agreement by construct, and pairs instruments by id whatever the order of results', () => {
    const people = [
      [score(phq9, Array(9).fill(2)), score(phq2, [2, 2]), score(sib, { sib_1: 4 }), score(cbi, cbiAnswers(75))],
      [score(phq2, [0, 0]), score(phq9, Array(9).fill(0)), score(cbi, cbiAnswers(0)), score(sib, { sib_1: 1 })],
      [score(phq9, Array(9).fill(2)), score(phq2, [0, 1]), score(cbi, cbiAnswers(0)), score(sib, { sib_1: 3 })],
    ];
    const s = summarizeOutcomes(people);
    expect(s.agreement.map((a) => [a.construct, ...a.instruments])).toEqual([['burnout', 'cbi', 'sib'], ['depression', 'phq2', 'phq9']]);
    // depression: phq2 +,−,− ; phq9 +,−,+ → both 1, phq2 only 0, phq9 only 1, neither 1.
    expect(s.agreement[1]).toMatchObject({ n: 3, bothPositive: 1, firstOnly: 0, secondOnly: 1, neitherPositive: 1 });
    expect(s.agreement[1]!.reasons).toStrictEqual({});
    // p_o = 2/3, p_a = 1/3, p_b = 2/3, p_e = 2/9 + 2/9 = 4/9, kappa = (2/3 − 4/9) / (5/9) = 0.4
    expect(s.agreement[1]!.agreement).toBeCloseTo(2 / 3, 15);
    expect(s.agreement[1]!.kappa).toBeCloseTo(0.4, 14);
  });
  it('describes severity over every respondent in value order (CBI work 75, 0, 25: min 0, median 25, max 75)', () => {
    const s = summarizeOutcomes([[score(cbi, cbiAnswers(75))], [score(cbi, cbiAnswers(0))], [score(cbi, cbiAnswers(25))]]);
    expect(s.outcomes[0]!.severity).toMatchObject({ n: 3, min: 0, q1: 12.5, median: 25, q3: 50, max: 75 });
    expect(s.outcomes[0]).toMatchObject({ respondents: 3, determinable: 3, positives: 1 });
  });
  it('orders agreement by construct, and pairs within a construct in the order they first appear', () => {
    const mbiAnswers = Object.fromEntries(mbi.items.map((i) => [i.id, 3]));
    const one = [score(phq9, Array(9).fill(1)), score(mbi, mbiAnswers), score(gad7, Array(7).fill(1)), score(phq2, [1, 1]), score(sib, { sib_1: 2 }), score(gad2, [1, 1]), score(cbi, cbiAnswers(25))];
    const s = summarizeOutcomes([one]);
    expect(s.agreement.map((a) => [a.construct, ...a.instruments])).toEqual([['anxiety', 'gad2', 'gad7'], ['burnout', 'mbi', 'sib'], ['burnout', 'cbi', 'mbi'], ['burnout', 'cbi', 'sib'], ['depression', 'phq2', 'phq9']]);
    expect(s.outcomes.map((o) => `${o.construct}/${o.instrument.id}`)).toEqual(['anxiety/gad7', 'anxiety/gad2', 'burnout/mbi', 'burnout/sib', 'burnout/cbi', 'depression/phq9', 'depression/phq2']);
  });
  it('instruments without a cut-off: severity only, for every respondent', () => {
    const s = summarizeOutcomes([[score(pss4, [1, 1, 1, 1])], [score(pss4, [2, 2, 2, 2])]]);
    expect(s.outcomes[0]).toMatchObject({ criterion: null, respondents: 2, determinable: 0, prevalence: null, ci: null, severity: { n: 2 } });
    expect(s.outcomes[0]!.reasons).toStrictEqual({ prevalence: 'no_cutoff', ci: 'no_cutoff' });
  });
  it('kappa is null (zero_variance) when both instruments call everyone positive', () => {
    const both = summarizeOutcomes([[score(cbi, cbiAnswers(100)), score(sib, { sib_1: 5 })], [score(cbi, cbiAnswers(75)), score(sib, { sib_1: 4 })]]).agreement[0];
    expect(both).toMatchObject({ n: 2, bothPositive: 2, agreement: 1, kappa: null, reasons: { kappa: 'zero_variance' } });
  });
  it('an outcome with a cut-off but nothing determinable: no_values; severity left out when unknown', () => {
    const s = summarizeOutcomes([[score(cbi, {})], [score(cbi, cbiAnswers(25))]]);
    expect(s.outcomes[0]).toMatchObject({ respondents: 2, determinable: 1, positives: 0, prevalence: 0, severity: { n: 1, mean: 25 } });
    expect(s.outcomes[0]!.reasons).toStrictEqual({});
    const none = summarizeOutcomes([[score(cbi, {})]]).outcomes[0];
    expect(none).toMatchObject({ respondents: 1, determinable: 0, prevalence: null, ci: null, severity: { n: 0 }, reasons: { prevalence: 'no_values', ci: 'no_values' } });
  });
  it('names the respondent and instrument it refuses', () => {
    expect(() => summarizeOutcomes([[score(sib, { sib_1: 1 })], [score(sib, { sib_1: 1 }), score(sib, { sib_1: 2 })]])).toThrow(new RangeError('respondent 1 has two results of "sib"'));
    expect(() => summarizeOutcomes([[score(phq2, [1, 1])], [score(phq2, [1, 1], { cutoffSchemes: { positive_screen: 'sensitive' } })]])).toThrow(new RangeError('results of "phq2" were scored with different schemes for cut-off "positive_screen" ("standard" and "sensitive")'));
  });
});
