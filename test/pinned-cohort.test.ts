/**
 * The cohort statistics' guards at their exact edges (issue 19): two values for an SD, three
 * respondents or three kept items for alpha and omega, proportions and quantiles outside their
 * domain, and the null guards of Welch's interval and Cohen's d; and exact arithmetic past the
 * safe-integer range.
 */
import { describe, expect, it } from 'vitest';
import { descriptives, quantile, reliability, wilsonInterval } from '../src/cohort/index.js';
import { cohensD, newcombeDifference, welchInterval } from '../src/cohort/intervals.js';
import { add, compare, fromDecimal, multiply, rational, toNumber } from '../src/scoring/exact.js';

describe('descriptives: the SD needs two values', () => {
  it('one value: sd null with its reason; two values: the n − 1 SD', () => {
    expect(descriptives([7])).toMatchObject({ n: 1, mean: 7, sd: null, reasons: { sd: 'fewer_than_two_values' } });
    const two = descriptives([1, 4]);
    expect(two.sd).toBeCloseTo(Math.sqrt(4.5), 14); // sd(c(1, 4)) = 2.1213
    expect(two.reasons).toEqual({});
  });
  it('nothing to describe: every figure null with no_values', () => {
    const d = descriptives([null, undefined, Number.NaN]);
    expect(d).toMatchObject({ n: 0, mean: null, sd: null, median: null });
    expect(d.reasons.mean).toBe('no_values');
  });
});

describe('quantile: p outside 0..1 and the empty list give null', () => {
  it.each([[-0.01], [1.01], [Number.NaN]])('p = %s', (p) => expect(quantile([1, 2, 3], p)).toBeNull());
  it('the ends and R type 7 in between', () => {
    expect([quantile([1, 2, 3, 4], 0), quantile([1, 2, 3, 4], 1), quantile([1, 2, 3, 4], 0.25)]).toEqual([1, 4, 1.75]);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('reliability: guards at 3 cases and at 2 and 3 kept items', () => {
  it('two complete cases: null, fewer_than_three_cases; three: alpha computed', () => {
    expect(reliability([[1, 2, 3], [2, 3, 3]])).toMatchObject({ n: 2, alpha: null, omegaTotal: null, reasons: { alpha: 'fewer_than_three_cases' } });
    const three = reliability([[1, 2, 2], [2, 3, 3], [3, 3, 4]]);
    expect(three.n).toBe(3);
    expect(three.alpha).not.toBeNull();
  });
  it('one item: single_item', () => expect(reliability([[1], [2], [3]]).reasons.alpha).toBe('single_item'));
  it('two items with variance: alpha yes, omega and alpha-if-deleted no (fewer_than_three_items)', () => {
    // psych::alpha(data.frame(a = c(1, 2, 3, 4), b = c(2, 2, 4, 3)))$total$raw_alpha = 0.784313725490196 (R 4.2.2, psych 2.2.9)
    const r = reliability([[1, 2], [2, 2], [3, 4], [4, 3]]);
    expect(r.items).toBe(2);
    expect(r.alpha).toBeCloseTo(0.784313725490196, 12);
    expect(r.omegaTotal).toBeNull();
    expect(r.reasons.omegaTotal).toBe('fewer_than_three_items');
    expect(r.itemStats.map((s) => s.reasons.alphaIfDeleted)).toEqual(['fewer_than_three_items', 'fewer_than_three_items']);
  });
  it('three items, one without variance: excluded, then only two kept', () => {
    const r = reliability([[1, 2, 5], [2, 2, 5], [3, 4, 5], [4, 3, 5]]);
    expect(r.excluded).toEqual([{ item: 'item_3', reason: 'zero_variance' }]);
    expect(r.items).toBe(2);
    expect(r.alpha).toBeCloseTo(0.784313725490196, 12);
    expect(r.itemStats[2]).toMatchObject({ mean: 5, sd: 0, alphaIfDeleted: null });
  });
  it('three items with variance: omega and alpha-if-deleted computed', () => {
    const r = reliability([[1, 2, 2], [2, 2, 3], [3, 4, 3], [4, 3, 4], [2, 2, 2]]);
    expect(r.items).toBe(3);
    expect(r.alpha).toBeCloseTo(0.873134328358209, 12); // psych::alpha: 0.873134328358209
    expect(r.omegaTotal).not.toBeNull();
    expect(r.itemStats.every((s) => s.alphaIfDeleted !== null)).toBe(true);
  });
  it('only one item varies: fewer_than_two_items', () => {
    expect(reliability([[1, 5, 5], [2, 5, 5], [3, 5, 5]]).reasons.alpha).toBe('fewer_than_two_items');
  });
  it('items that cancel out: non_positive_total_variance, not NaN', () => {
    const r = reliability([[1, 5], [2, 4], [3, 3], [4, 2]]);
    expect(r.alpha).toBeNull();
    expect(r.reasons.alpha).toBe('non_positive_total_variance');
  });
});

describe('wilsonInterval: x outside 0..n or n ≤ 0 gives null', () => {
  it.each([[-1, 10], [11, 10], [1, 0], [0, -5], [Number.NaN, 10], [1, Number.NaN]])('x = %s, n = %s', (x, n) => expect(wilsonInterval(x, n)).toBeNull());
  it('the ends are closed at 0 and 1', () => {
    expect(wilsonInterval(0, 10)!.lower).toBe(0);
    expect(wilsonInterval(10, 10)!.upper).toBe(1);
    // prop.test(3, 10, correct = FALSE)$conf.int = 0.1077912674 0.6032218525 (R 4.2.2)
    expect(wilsonInterval(3, 10)!.lower).toBeCloseTo(0.1077912674, 9);
    expect(wilsonInterval(3, 10)!.upper).toBeCloseTo(0.6032218525, 9);
  });
  it('Newcombe is null when either side is', () => {
    expect(newcombeDifference(1, 0, 1, 10)).toBeNull();
    expect(newcombeDifference(1, 10, 11, 10)).toBeNull();
  });
});

describe('welchInterval and cohensD: their null guards', () => {
  it('n below 2 on either side, or no spread: null', () => {
    expect(welchInterval(1, 1, 1, 0, 1, 10)).toBeNull();
    expect(welchInterval(1, 1, 10, 0, 1, 1)).toBeNull();
    expect(welchInterval(1, 0, 10, 0, 0, 10)).toBeNull();
    expect(welchInterval(1, 1, 2, 0, 1, 2)).not.toBeNull();
  });
  it('matches t.test from summary figures', () => {
    // x <- c(1,2,3,4,5); y <- c(2,4,6,8,10,12); t.test(x, y): conf.int -7.98346869563 -0.01653130437, df 6.97225573 (R 4.2.2)
    const x = [1, 2, 3, 4, 5];
    const y = [2, 4, 6, 8, 10, 12];
    const sd = (v: number[]) => { const m = v.reduce((a, b) => a + b) / v.length; return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1)); };
    const w = welchInterval(3, sd(x), 5, 7, sd(y), 6)!;
    expect(w.ci.lower).toBeCloseTo(-7.98346869563, 9);
    expect(w.ci.upper).toBeCloseTo(-0.01653130437, 9);
    expect(w.df).toBeCloseTo(6.97225573, 7);
  });
  it('Cohen d: fewer than 3 observations or a zero pooled SD give null; 3 give a number', () => {
    expect(cohensD(1, 1, 1, 0, 1, 1)).toBeNull();
    expect(cohensD(1, 0, 5, 0, 0, 5)).toBeNull();
    expect(cohensD(1, 1, 2, 0, 1, 1)).toBe(1);
  });
});

describe('exact arithmetic past the safe-integer range', () => {
  const big = 2 ** 40;
  it('rational marks unsafe parts inexact and keeps the float value', () => {
    expect(rational(2 ** 60, 3)).toEqual({ n: 2 ** 60 / 3, d: 1, exact: false });
    expect(rational(6, 4)).toEqual({ n: 3, d: 2, exact: true }); // small parts are reduced too (docs/mutation/scoring.md, bug 3)
    expect(rational(2 ** 27 * 3, 2 ** 27 * 2)).toEqual({ n: 3, d: 2, exact: true }); // large parts are reduced
    expect(rational(-(2 ** 27), 2 ** 28)).toEqual({ n: -1, d: 2, exact: true }); // the sign stays on n
    // Denominators are positive by contract (powers of ten, products of positive denominators).
  });
  it('multiply and add fall back to floating point when a product leaves the safe range', () => {
    const p = multiply(rational(big, 1), rational(big, 3));
    expect(p.exact).toBe(false);
    expect(toNumber(p)).toBeCloseTo((big * big) / 3, -10);
    const s = add(p, rational(1, 2));
    expect(s.exact).toBe(false);
    expect(toNumber(s)).toBeCloseTo((big * big) / 3 + 0.5, -10);
  });
  it('compare is exact when products are safe, by value otherwise', () => {
    expect(compare(rational(17, 8), fromDecimal(2.1))).toBe(1); // 17 × 10 > 21 × 8
    expect(compare(rational(21, 10), fromDecimal(2.1))).toBe(0);
    const huge = { n: 2 ** 52 + 1, d: 3, exact: true };
    expect(compare(huge, { n: 2 ** 52, d: 7, exact: true })).toBe(1); // cross products unsafe: compared as floats
    expect(compare({ n: 1, d: 3, exact: false }, rational(1, 3))).toBe(0);
    expect(compare(rational(-(2 ** 52), 3), rational(2 ** 52, 5))).toBe(-1);
  });
  it('fromDecimal: exponents, long fractions and unsafe integers', () => {
    expect(fromDecimal(1e21)).toMatchObject({ exact: false });
    expect(fromDecimal(2.5e-7)).toEqual({ n: 1, d: 4_000_000, exact: true }); // 25 / 10⁸, reduced because 10⁸ is past 2²⁶
    expect(fromDecimal(1.5e3)).toEqual({ n: 1500, d: 1, exact: true });
    expect(fromDecimal(0.1234567890123456)).toMatchObject({ exact: false }); // more than 15 decimals
  });
});
