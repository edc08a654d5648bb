/**
 * compareCohorts() pinned for the mutation run (issue 19): the reasons a change cannot be given
 * (no values, one value, no variance), figures withheld in either wave, groups in one wave only,
 * the order of the groups, and the exact refusals.
 */
import { describe, expect, it } from 'vitest';
import { phq2, phq9, sib } from '../src/index.js';
import { compareCohorts, isWithheld, summarize, summarizeBy, type CohortSummary, type CutoffChange, type GroupedComparison, type ScaleChange } from '../src/cohort/index.js';
import { newcombeDifference, welchInterval } from '../src/cohort/intervals.js';

/** PHQ-2 answers with a given total (0–6). */
const phq2Total = (t: number) => ({ phq2_1: Math.min(3, t), phq2_2: t - Math.min(3, t) });
const wave = (totals: readonly number[]) => summarize(phq2, totals.map(phq2Total));

function shown<T extends object>(x: T): Exclude<T, { readonly withheld: unknown }> {
  if (isWithheld(x)) throw new Error(`withheld: ${x.withheld}`);
  return x as Exclude<T, { readonly withheld: unknown }>;
}

describe('compareCohorts of two summaries', () => {
  it('gives after − before with Welch’s interval (by hand from the two waves) and the instrument of the later wave', () => {
    const before = wave([0, 1, 2, 3, 4]);
    const after = wave([2, 3, 3, 5, 6, 5]);
    const change = compareCohorts(before, after);
    expect(change.instrument).toEqual({ id: 'phq2', version: before.instrument.version });
    const m = shown(change.scales.total!) as ScaleChange;
    expect(m.before).toEqual({ n: 5, mean: 2, sd: Math.sqrt(2.5) });
    expect(m.after.n).toBe(6);
    expect(m.after.mean).toBeCloseTo(4, 14);
    expect(m.difference).toBeCloseTo(2, 14);
    const w = welchInterval(after.scales.total.descriptives.mean!, after.scales.total.descriptives.sd!, 6, 2, Math.sqrt(2.5), 5)!;
    expect(m.ci).toEqual(w.ci);
    expect(m.df).toBe(w.df);
    expect(m.ci!.lower).toBeLessThan(2);
    expect(m.ci!.upper).toBeGreaterThan(2);
    expect(m.reasons).toEqual({});
    const p = shown(change.cutoffs.positive_screen!) as CutoffChange;
    expect(p).toEqual({
      before: { n: 5, positives: 2, prevalence: 0.4 },
      after: { n: 6, positives: 5, prevalence: 5 / 6 },
      difference: newcombeDifference(5, 6, 2, 5)!.difference,
      ci: newcombeDifference(5, 6, 2, 5)!.ci,
      reasons: {},
    });
  });

  it('says why a change cannot be given: no values, one value, no variance', () => {
    const none = compareCohorts(wave([]), wave([1, 2]));
    expect(none.scales.total).toEqual({ before: { n: 0, mean: null, sd: null }, after: { n: 2, mean: 1.5, sd: Math.SQRT1_2 }, difference: null, ci: null, df: null, reasons: { difference: 'no_values', ci: 'no_values' } });
    expect(none.cutoffs.positive_screen).toEqual({ before: { n: 0, positives: 0, prevalence: null }, after: { n: 2, positives: 0, prevalence: 0 }, difference: null, ci: null, reasons: { difference: 'no_values', ci: 'no_values' } });
    expect(compareCohorts(wave([1, 2]), wave([])).scales.total).toMatchObject({ difference: null, reasons: { difference: 'no_values', ci: 'no_values' } });
    const one = compareCohorts(wave([4]), wave([1, 2]));
    expect(one.scales.total).toEqual({ before: { n: 1, mean: 4, sd: null }, after: { n: 2, mean: 1.5, sd: Math.SQRT1_2 }, difference: -2.5, ci: null, df: null, reasons: { ci: 'fewer_than_two_values' } });
    expect(compareCohorts(wave([1, 2]), wave([4])).scales.total).toMatchObject({ difference: 2.5, ci: null, reasons: { ci: 'fewer_than_two_values' } });
    const flat = compareCohorts(wave([2, 2, 2]), wave([3, 3]));
    expect(flat.scales.total).toEqual({ before: { n: 3, mean: 2, sd: 0 }, after: { n: 2, mean: 3, sd: 0 }, difference: 1, ci: null, df: null, reasons: { ci: 'zero_variance' } });
  });

  it('refuses different instruments, different cut-off schemes and a mix of plain and grouped summaries, with messages', () => {
    expect(() => compareCohorts(summarize(phq9, []), summarize(phq2, []) as never)).toThrow(new RangeError('cannot compare waves of different instruments ("phq9" and "phq2")'));
    const sensitive = summarize(phq2, [phq2Total(2)], { cutoffSchemes: { positive_screen: 'sensitive' } });
    expect(() => compareCohorts(wave([2]), sensitive)).toThrow(new RangeError('cut-off positive_screen uses scheme "standard" in one wave and "sensitive" in the other'));
    const grouped = summarizeBy(phq2, [phq2Total(1)], () => ({ unit: 'a' }));
    const message = 'compare two summaries of the same kind: both from summarize(), or both from summarizeBy()';
    expect(() => compareCohorts(grouped, wave([1]) as never)).toThrow(new RangeError(message));
    expect(() => compareCohorts(wave([1]), grouped as never)).toThrow(new RangeError(message));
  });

  it('leaves out a figure only one wave has', () => {
    const before = wave([1, 2, 3]);
    const after = wave([2, 3, 4]);
    const { total: _t, ...noScales } = after.scales;
    const { positive_screen: _p, ...noCutoffs } = before.cutoffs;
    const change = compareCohorts(before, { ...after, scales: noScales } as unknown as CohortSummary<typeof phq2>);
    expect(Object.keys(change.scales)).toEqual([]);
    expect(Object.keys(change.cutoffs)).toEqual(['positive_screen']);
    const change2 = compareCohorts({ ...before, cutoffs: noCutoffs } as unknown as CohortSummary<typeof phq2>, after);
    expect(Object.keys(change2.cutoffs)).toEqual([]);
    expect(Object.keys(change2.scales)).toEqual(['total']);
    const change3 = compareCohorts(before, { ...after, cutoffs: noCutoffs } as unknown as CohortSummary<typeof phq2>);
    expect(Object.keys(change3.cutoffs)).toEqual([]);
  });
});

describe('compareCohorts of two grouped summaries', () => {
  /** SIB rows per unit: [answered, unanswered]. */
  const grouped = (units: Record<string, [number, number]>) => {
    const rows: { sib_1: number | null }[] = [];
    const keys: string[] = [];
    for (const [u, [answered, skipped]] of Object.entries(units)) {
      for (let k = 0; k < answered + skipped; k++) {
        rows.push({ sib_1: k < answered ? 1 + (k % 5) : null });
        keys.push(u);
      }
    }
    return summarizeBy(sib, rows, (_, i) => ({ unit: keys[i]! }));
  };

  it('keeps a figure withheld in either wave withheld, with that wave’s reason', () => {
    // Unit x: 8 rows; in the first wave only 3 answer (the figures are withheld, and y's as their complement).
    const before = grouped({ x: [3, 5], y: [9, 0], z: [12, 0] });
    const after = grouped({ x: [8, 0], y: [9, 0], z: [12, 0] });
    const byUnit = (c: GroupedComparison) => Object.fromEntries(c.groups.map((g) => [g.by.unit, g]));
    const forward = byUnit(compareCohorts(before, after));
    expect(forward.x!.comparison!.scales).toEqual({ burnout: { withheld: 'suppressed_small_group' } });
    expect(forward.x!.comparison!.cutoffs).toEqual({ burnout: { withheld: 'suppressed_small_group' } });
    expect(forward.y!.comparison!.scales).toEqual({ burnout: { withheld: 'suppressed_complementary' } });
    expect(isWithheld(forward.z!.comparison!.scales.burnout!)).toBe(false);
    const backward = byUnit(compareCohorts(after, before));
    expect(backward.x!.comparison!.scales).toEqual({ burnout: { withheld: 'suppressed_small_group' } });
    expect(backward.x!.comparison!.cutoffs).toEqual({ burnout: { withheld: 'suppressed_small_group' } });
    expect(backward.x!.reason).toBeNull();
  });

  it('lists groups by value, with the reason of whichever wave withholds or lacks them (the earlier wave’s first)', () => {
    // Before: a is small, 10 its complement. After: 10 is small, d its complement; e is new, f gone.
    const before = grouped({ b: [9, 0], a: [3, 0], c: [10, 0], '10': [7, 0], '9': [8, 0], d: [9, 0], f: [10, 0] });
    const after = grouped({ e: [10, 0], d: [6, 0], c: [14, 0], a: [12, 0], '9': [11, 0], b: [13, 0], '10': [2, 0] });
    const change = compareCohorts(before, after);
    expect(change.groups.map((g) => [g.by.unit, g.level, g.reason])).toEqual([
      ['9', 0, null],
      ['10', 0, 'suppressed_complementary'],
      ['a', 0, 'suppressed_small_group'],
      ['b', 0, null],
      ['c', 0, null],
      ['d', 0, 'suppressed_complementary'],
      ['e', 0, 'not_in_both_waves'],
      ['f', 0, 'not_in_both_waves'],
    ]);
    for (const g of change.groups) expect(g.comparison === null).toBe(g.reason !== null);
    expect(change.groups.find((g) => g.by.unit === 'c')!.comparison!.instrument.id).toBe('sib');
    expect(change.overall.scales.burnout).toMatchObject({ before: { n: 56 }, after: { n: 68 } });
  });

  it('orders a coarser level before a finer one, wherever a group new in the later wave falls', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, k) => ({ sib_1: 1 + (k % 5) }));
    const key = (_: unknown, i: number) => ({ site: i % 2 === 0 ? 'north' : 'south', unit: i % 4 < 2 ? 'b' : 'a' });
    const levels = { levels: [['site', 'unit'], ['site']] };
    const before = summarizeBy(sib, rows(40), key, levels);
    // The later wave adds unit c in the north (6 rows): a group of the first level that the earlier wave lacks.
    const after = summarizeBy(sib, rows(46), (r, i) => (i < 40 ? key(r, i) : { site: 'north', unit: 'c' }), levels);
    const change = compareCohorts(before, after);
    expect(change.groups.map((g) => [g.level, ...Object.values(g.by)])).toEqual([
      [0, 'north', 'a'],
      [0, 'north', 'b'],
      [0, 'north', 'c'],
      [0, 'south', 'a'],
      [0, 'south', 'b'],
      [1, 'north'],
      [1, 'south'],
    ]);
    expect(shown(compareCohorts(before, before).groups[0]!.comparison!.scales.burnout!)).toMatchObject({ difference: 0 });
  });
});
