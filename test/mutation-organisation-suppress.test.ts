/**
 * Small-group and complementary suppression pinned for the mutation run (issue 19). The property
 * tests in cohort-grouped.test.ts prove that nothing withheld can be worked out; these pin the
 * other side, that no more is withheld than the rule asks, on tables small enough to check by
 * hand, and each of the three checks (constraints, linear algebra, bounds) on a table where it
 * alone finds the leak.
 */
import { describe, expect, it } from 'vitest';
import { phq2, sib } from '../src/index.js';
import { summarize, summarizeBy } from '../src/cohort/index.js';
import { determinedCells, isFallback, suppress, type Constraint, type Suppression } from '../src/cohort/suppress.js';

const flat = (n: number): Constraint[] => [{ parent: -1, children: Array.from({ length: n }, (_, i) => i) }];

describe('suppress(): withholds what the rule asks and no more', () => {
  it('a cell of exactly the minimum is shown; nothing small, nothing withheld', () => {
    expect(suppress([5, 10, 7], flat(3), 5, 1)).toEqual([false, false, false]);
    expect(suppress([4, 10, 7], flat(3), 5, 1)).toEqual(['small_group', false, 'complementary']);
  });

  it('the complement is the smallest shown cell, the first of equals', () => {
    expect(suppress([20, 3, 9, 9], flat(4), 5, 1)).toEqual([false, 'small_group', 'complementary', false]);
    expect(suppress([9, 3, 9, 20], flat(4), 5, 1)).toEqual(['complementary', 'small_group', false, false]);
  });

  it('two small cells together below the minimum take a third', () => {
    // 1 + 2 = 3 < 5: their union would itself be a small group.
    expect(suppress([1, 2, 8, 9], flat(4), 5, 1)).toEqual(['small_group', 'small_group', 'complementary', false]);
    // 2 + 3 = 5: enough together, nothing more (each still 1–4, the pair 5).
    expect(suppress([2, 3, 8, 9], flat(4), 5, 1)).toEqual(['small_group', 'small_group', false, false]);
  });

  it('cells withheld already start as complements: nothing more is withheld for a small cell beside one', () => {
    expect(suppress([3, 9, 6], flat(3), 5, 0, [false, true, false])).toEqual(['small_group', 'complementary', false]);
    // Without that, the smallest shown cell would be taken.
    expect(suppress([3, 9, 6], flat(3), 5, 0)).toEqual(['small_group', false, 'complementary']);
  });

  it('a withheld parent needs a withheld child, else the smallest child is withheld too', () => {
    // Cells: 0 = a group of the coarse level (withheld as given), 1 = the other coarse group, 2–3 = 0's finer groups.
    const constraints: Constraint[] = [
      { parent: -1, children: [0, 1] },
      { parent: -1, children: [2, 3, 4] },
      { parent: 0, children: [2, 3] },
      { parent: 1, children: [4] },
    ];
    // 0 (withheld as given, 14) and its complement 1 (20); 0's children 6 and 8 shown would add up to it.
    const state = suppress([14, 20, 6, 8, 20], constraints, 5, 1, [true, false, false, false, false]);
    expect(state[2]).toBe('complementary');
    expect(state[0]).toBe('complementary');
    expect(determinedCells([14, 20, 6, 8, 20], constraints, state, 5, 1)).toEqual([]);
  });

  it('a level of one group is the whole cohort: shown when it is large enough, whatever its figure’s fate', () => {
    const constraints: Constraint[] = [
      { parent: -1, children: [0] },
      { parent: -1, children: [1, 2] },
      { parent: 0, children: [1, 2] },
    ];
    // 1 + 5 below: the breakdown falls back to every cell withheld, but the single group (6) stays shown.
    const state = suppress([6, 1, 5], constraints, 5, 1);
    expect(state).toEqual([false, 'complementary', 'complementary']);
    expect(isFallback(state)).toBe(true);
    // A cohort below the minimum: its only group stays as decided (small).
    expect(suppress([4, 1, 3], constraints, 5, 1)[0]).toBe('small_group');
  });

  it('a withheld parent takes its own smallest child, not a cell of the level it belongs to', () => {
    // Coarse groups 0 (withheld as given), 1 and 5; fine groups 2, 3 (in 0), 4 (in 1), 6 (in 5).
    const constraints: Constraint[] = [
      { parent: -1, children: [0, 1, 5] },
      { parent: -1, children: [2, 3, 4, 6] },
      { parent: 0, children: [2, 3] },
      { parent: 1, children: [4] },
      { parent: 5, children: [6] },
    ];
    const counts = [14, 20, 6, 8, 20, 30, 30];
    const state = suppress(counts, constraints, 5, 1, [true, false, false, false, false, false, false]);
    expect(state).toEqual(['complementary', 'complementary', 'complementary', false, 'complementary', false, false]);
    expect(determinedCells(counts, constraints, state, 5, 1)).toEqual([]);
  });

  it('when every child of a leaking constraint is withheld, its parent is withheld instead', () => {
    // Three cells whose pairwise sums are shown (parents 3, 4, 5): the linear algebra gives all three away, every child
    // is withheld already, so the first constraint's parent (3) is withheld; then nothing can be worked out.
    const constraints: Constraint[] = [
      { parent: 3, children: [0, 1] },
      { parent: 4, children: [1, 2] },
      { parent: 5, children: [0, 2] },
    ];
    const counts = [3, 6, 7, 9, 13, 10];
    const state = suppress(counts, constraints, 5, 1);
    expect(state).toEqual(['small_group', 'complementary', 'complementary', 'complementary', false, false]);
    expect(determinedCells(counts, constraints, state, 5, 1)).toEqual([]);
  });

  it('isFallback: complementary cells and no small one', () => {
    expect(isFallback(['complementary', 'complementary'] as Suppression[])).toBe(true);
    expect(isFallback(['small_group', 'complementary'] as Suppression[])).toBe(false);
    expect(isFallback([false, false] as Suppression[])).toBe(false);
    expect(isFallback([false, 'complementary'] as Suppression[])).toBe(true);
  });
});

describe('determinedCells(): each method finds what the others cannot', () => {
  it('linear algebra: three withheld cells whose pairwise sums are shown give each away', () => {
    // x0 + x1 = 9, x1 + x2 = 13, x0 + x2 = 10, so x0 = (9 − 13 + 10) / 2 = 3, x1 = 6, x2 = 7. The bounds alone leave
    // x0 in 2–4 (it is small: 1–4; the others complementary: at least 5).
    const constraints: Constraint[] = [
      { parent: 3, children: [0, 1] },
      { parent: 4, children: [1, 2] },
      { parent: 5, children: [0, 2] },
    ];
    const state: Suppression[] = ['small_group', 'complementary', 'complementary', false, false, false];
    expect(determinedCells([3, 6, 7, 9, 13, 10], constraints, state, 5, 1)).toEqual([0, 1, 2]);
    // With the third sum unknown (its parent withheld too), nothing is determined.
    expect(determinedCells([3, 6, 7, 9, 13, 10], constraints, ['small_group', 'complementary', 'complementary', false, false, 'complementary'], 5, 1)).toEqual([]);
  });

  it('linear algebra: a withheld parent whose children are all shown is their sum', () => {
    const constraints: Constraint[] = [
      { parent: -1, children: [0, 1, 2] },
      { parent: 0, children: [3, 4] },
    ];
    // 0 withheld with 1 (as a pair they hide each other in the first constraint), but 0 = 3 + 4, both shown.
    expect(determinedCells([12, 9, 20, 6, 6], constraints, ['complementary', 'complementary', false, false, false], 5, 1)).toEqual([0, 1]);
  });

  it('bounds: a small cell and its complement that together are barely the minimum', () => {
    // 1 + 5 = 6: the small one holds 1–4, its complement at least 5, so the small one is 1 and the other 5.
    expect(determinedCells([1, 5, 30, 40], flat(4), ['small_group', 'complementary', false, false], 5, 1)).toEqual([0, 1]);
    // With a floor of 0 (a figure's count may be 0) 0–1 and 5–6 remain open.
    expect(determinedCells([1, 5, 30, 40], flat(4), ['small_group', 'complementary', false, false], 5, 0)).toEqual([]);
  });

  it('bounds: a withheld parent is narrowed by its withheld children, and the children by it', () => {
    // Parent 0 is complementary (≥ 3); its children 1 and 2 small (1–2) and bounded by what else is known (1 ≤ 1, 2 ≤ 2),
    // so the parent is at most 3: exactly 3, and then child 2 is 3 − 1 = 2.
    const constraints: Constraint[] = [{ parent: 0, children: [1, 2] }];
    const state: Suppression[] = ['complementary', 'small_group', 'small_group'];
    expect(determinedCells([3, 1, 2], constraints, state, 3, 1, [Number.POSITIVE_INFINITY, 1, 2])).toEqual([0, 1, 2]);
    // Without the known upper bounds the parent stays 3–4.
    expect(determinedCells([3, 1, 2], constraints, state, 3, 1)).toEqual([]);
  });

  it('bounds: a shown cell’s exact count raises a withheld cell’s lower bound', () => {
    // x0 (small, 1–4) + x1 (complementary, known from elsewhere to be at most 5) = 79 − 30 − 40 = 9: x1 = 5, x0 = 4.
    expect(determinedCells([4, 5, 30, 40], flat(4), ['small_group', 'complementary', false, false], 5, 1, [Number.POSITIVE_INFINITY, 5, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY])).toEqual([0, 1]);
    expect(determinedCells([4, 5, 30, 40], flat(4), ['small_group', 'complementary', false, false], 5, 1)).toEqual([]);
  });

  it('bounds: the overall count caps every cell; without a whole-cohort constraint there is no cap', () => {
    // Two complementary cells (≥ 5) under a total of 10: each exactly 5.
    expect(determinedCells([5, 5], flat(2), ['complementary', 'complementary'], 5, 1)).toEqual([0, 1]);
    expect(determinedCells([5, 5, 10], [{ parent: 2, children: [0, 1] }], ['complementary', 'complementary', 'complementary'], 5, 1)).toEqual([]);
  });

  it('nothing withheld, nothing to find', () => {
    expect(determinedCells([5, 6], flat(2), [false, false], 5, 1)).toEqual([]);
  });
});

describe('summarizeBy(): nested groupings withhold no more than the rule asks', () => {
  it('a small team is withheld with the next smallest of its own department; the departments stay shown', () => {
    // Departments A (10 + 10), B (3 + 5), C (9 + 9); teams x and y within each.
    const plan: [string, string, number][] = [
      ['A', 'x', 10],
      ['A', 'y', 10],
      ['B', 'x', 3],
      ['B', 'y', 5],
      ['C', 'x', 9],
      ['C', 'y', 9],
    ];
    const keys = plan.flatMap(([d, t, n]) => Array.from({ length: n }, () => ({ d, t })));
    const s = summarizeBy(sib, keys.map((_, k) => ({ sib_1: 1 + (k % 5) })), (_, i) => keys[i]!, { levels: [['d'], ['d', 't']] });
    expect(s.groups.map((g) => [Object.values(g.by).join('/'), g.suppressed])).toEqual([
      ['A', false],
      ['B', false],
      ['C', false],
      ['A/x', false],
      ['A/y', false],
      ['B/x', 'small_group'],
      ['B/y', 'complementary'],
      ['C/x', false],
      ['C/y', false],
    ]);
  });

  it('more than 1024 rows merge into the overall summary exactly', () => {
    const rows = Array.from({ length: 1500 }, (_, k) => ({ phq2_1: k % 4, phq2_2: (k * 7) % 4 }));
    const s = summarizeBy(phq2, rows, (_, k) => ({ unit: ['a', 'b', 'c'][k % 3]! }));
    const whole = summarize(phq2, rows);
    expect(s.overall.scales.total.descriptives.n).toBe(1500);
    expect(s.overall.scales.total.descriptives.median).toBe(whole.scales.total.descriptives.median);
    expect(s.overall.scales.total.descriptives.mean).toBeCloseTo(whole.scales.total.descriptives.mean!, 12);
    expect(s.overall.scales.total.reliability.n).toBe(1500);
    expect(s.overall.scales.total.reliability.alpha).toBeCloseTo(whole.scales.total.reliability.alpha!, 10);
  });
});
