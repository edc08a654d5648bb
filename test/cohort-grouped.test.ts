/**
 * Grouped summaries (`summarizeBy`), differences from the rest of the organisation, suppression
 * of small groups and waves (`compareCohorts`).
 *
 * Reference values:
 * - Welch intervals: base R 4.2.2 `t.test(x, y)` (Welch by default) on the vectors below, by
 *   `scripts/r/grouped.R` (printed with 17 significant digits).
 * - Newcombe's hybrid score interval (method 10): the worked examples of Newcombe (1998), Stat
 *   Med 17:873–890, Table II, to the 4 decimals published, as quoted by the tests of two R
 *   packages: examples (a) 56/70 − 48/80 → 0.0524 to 0.3339 and (b) 9/10 − 3/10 → 0.1705 to
 *   0.8090 (m-Py/propint, tests/testthat/test_Two_Independent_Props_CI.R, "results reported in
 *   Newcombe1998"); example (d) 5/56 − 0/29 → −0.0381 to 0.1926 (petelaud/ratesci,
 *   tests/testthat/test3.R, "Newcombe RD example (d)", square-and-add Wilson).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cbi, phq2, phq9, sib } from '../src/index.js';
import { compareCohorts, isWithheld, summarize, summarizeBy, type GroupedSummary } from '../src/cohort/index.js';
import { newcombeDifference } from '../src/cohort/intervals.js';
import { determinedCells, suppress, type Constraint, type Suppression } from '../src/cohort/suppress.js';
import { answerSet, prng, seedOf } from './random-answers.js';

/** PHQ-2 answers with a given total (0–6). */
const phq2Total = (t: number) => ({ phq2_1: Math.min(3, t), phq2_2: t - Math.min(3, t) });

const A = [0, 1, 1, 2, 3, 3, 4, 6, 2, 1];
const B = [2, 2, 3, 5, 6, 4, 4, 3, 5, 6, 1, 0];
const C = [0, 0, 1, 1, 2, 1, 0, 3];
const WAVE2 = [1, 0, 0, 2, 1, 1, 3, 0, 2, 1, 0, 0, 4, 1, 2, 0, 1, 1, 0, 2, 1, 3, 0, 1];
/** R: t.test(x, y): difference of means, lower, upper, df (scripts/r/grouped.R). */
const R_WELCH = {
  aVsRest: [-0.15000000000000036, -1.6446952436236828, 1.3446952436236823, 20.396180019858193],
  bVsRest: [1.6944444444444442, 0.29396397664403112, 3.0949249122448577, 20.619980744640753],
  cVsRest: [-1.9090909090909092, -3.0567862910184247, -0.76139552716339376, 22.446398077287959],
  wave2MinusWave1: [-1.2749999999999999, -2.1107203681996998, -0.43927963180030016, 48.061857440843411],
} as const;

const unit = [
  ...A.map((t) => ({ dept: 'A', t })),
  ...B.map((t) => ({ dept: 'B', t })),
  ...C.map((t) => ({ dept: 'C', t })),
];
const byDept = () => summarizeBy(phq2, unit.map((u) => phq2Total(u.t)), (_, i) => ({ dept: unit[i]!.dept }));

function shown<T extends object>(x: T): Exclude<T, { readonly withheld: unknown }> {
  if (isWithheld(x)) throw new Error(`withheld: ${x.withheld}`);
  return x as Exclude<T, { readonly withheld: unknown }>;
}

describe('summarizeBy: groups and the rest of the organisation', () => {
  it('gives overall figures equal to summarize() and each group equal to summarize() of its rows', () => {
    const random = prng(seedOf('grouped'));
    const rows = Array.from({ length: 600 }, (_, k) => answerSet(cbi, k, random));
    const dept = rows.map((_, k) => ['ICU', 'ED', 'Surgery', 'Clinic'][k % 4]!);
    const role = rows.map((_, k) => (k % 3 === 0 ? 'nurse' : 'physician'));
    const s = summarizeBy(cbi, rows, (_, i) => ({ dept: dept[i]!, role: role[i]! }), { levels: [['dept'], ['dept', 'role']] });
    const whole = summarize(cbi, rows);
    expect(s.overall.rows).toBe(600);
    for (const sc of cbi.scales) {
      expect(s.overall.scales[sc.id].descriptives).toEqual(whole.scales[sc.id].descriptives);
      expect(s.overall.scales[sc.id].reliability.alpha).toBeCloseTo(whole.scales[sc.id].reliability.alpha!, 12);
    }
    expect(s.overall.cutoffs).toEqual(whole.cutoffs);
    expect(s.groups.map((g) => Object.values(g.by).join('/'))).toEqual(['Clinic', 'ED', 'ICU', 'Surgery', 'Clinic/nurse', 'Clinic/physician', 'ED/nurse', 'ED/physician', 'ICU/nurse', 'ICU/physician', 'Surgery/nurse', 'Surgery/physician']);
    for (const g of s.groups) {
      const mine = rows.filter((_, i) => dept[i] === g.by.dept && (g.by.role === undefined || role[i] === g.by.role));
      const expected = summarize(cbi, mine);
      expect(g.suppressed).toBe(false);
      expect(g.n).toBe(mine.length);
      const summary = g.summary!;
      expect(summary.rows).toBe(expected.rows);
      expect(summary.flags).toEqual(expected.flags);
      for (const sc of cbi.scales) {
        const got = shown(summary.scales[sc.id]);
        const want = expected.scales[sc.id];
        expect(got.descriptives).toEqual(want.descriptives);
        expect(got.bands).toEqual(want.bands);
        expect(got.histogram).toEqual(want.histogram);
        expect(got.reliability.n).toBe(want.reliability.n);
        expect(got.reliability.alpha).toBeCloseTo(want.reliability.alpha!, 12);
      }
      for (const co of cbi.cutoffs) expect(shown(summary.cutoffs[co.id])).toEqual(expected.cutoffs[co.id]);
    }
  });

  it('compares each group with the rest of the organisation: Welch as R t.test, Newcombe for prevalences', () => {
    const s = byDept();
    const [a, b, c] = s.groups;
    for (const [g, r] of [
      [a!, R_WELCH.aVsRest],
      [b!, R_WELCH.bVsRest],
      [c!, R_WELCH.cVsRest],
    ] as const) {
      const d = shown(g.vsRest!.scales.total);
      expect(d.difference!).toBeCloseTo(r[0], 12);
      expect(d.ci!.lower).toBeCloseTo(r[1], 9);
      expect(d.ci!.upper).toBeCloseTo(r[2], 9);
      expect(d.df!).toBeCloseTo(r[3], 8);
    }
    // Prevalence of total ≥ 3 in B (8 of 12) against A and C together (5 of 18), as newcombeDifference of those counts.
    const p = shown(b!.vsRest!.cutoffs.positive_screen);
    expect(p.rest).toEqual({ n: 18, positives: 5, prevalence: 5 / 18 });
    expect(p.difference).toBeCloseTo(8 / 12 - 5 / 18, 15);
    expect(p.ci).toEqual(newcombeDifference(8, 12, 5, 18)!.ci);
    // B differs beyond chance on the mean (interval above 0); A does not.
    expect(shown(b!.vsRest!.scales.total).ci!.lower).toBeGreaterThan(0);
    expect(shown(a!.vsRest!.scales.total).ci!.lower).toBeLessThan(0);
  });

  it('reproduces Newcombe (1998) Table II, method 10', () => {
    const cases = [
      { x1: 56, n1: 70, x2: 48, n2: 80, lower: 0.0524, upper: 0.3339 },
      { x1: 9, n1: 10, x2: 3, n2: 10, lower: 0.1705, upper: 0.809 },
      { x1: 5, n1: 56, x2: 0, n2: 29, lower: -0.0381, upper: 0.1926 },
    ];
    for (const k of cases) {
      const d = newcombeDifference(k.x1, k.n1, k.x2, k.n2)!;
      expect(d.difference).toBeCloseTo(k.x1 / k.n1 - k.x2 / k.n2, 15);
      expect(Math.abs(d.ci.lower - k.lower)).toBeLessThan(0.00005 + 1e-12);
      expect(Math.abs(d.ci.upper - k.upper)).toBeLessThan(0.00005 + 1e-12);
    }
  });

  it('orders groups by a visible rule: numbers by value, then text, no value last', () => {
    const rows = Array.from({ length: 60 }, () => ({ sib_1: 3 }));
    const keys = ['10', '9', 'b', 'B', 'a', null];
    const s = summarizeBy(sib, rows, (_, i) => ({ unit: keys[i % keys.length]! }));
    expect(s.groups.map((g) => g.by.unit)).toEqual(['9', '10', 'a', 'B', 'b', null]);
  });

  it('rejects a minimum group size that is not a whole number of at least 1; a row without a grouping value is in the null group', () => {
    expect(() => summarizeBy(sib, [], () => ({}), { minGroupSize: 0 })).toThrow(RangeError);
    expect(() => summarizeBy(sib, [], () => ({}), { minGroupSize: 2.5 })).toThrow(RangeError);
    const s = summarizeBy(sib, Array(6).fill({ sib_1: 1 }), () => ({ a: 'x' }), { levels: [['b']] });
    expect(s.groups.map((g) => g.by)).toEqual([{ b: null }]);
  });
});

describe('confidentiality', () => {
  it('withholds every figure of a small group (null, never 0) and one more group so it cannot be subtracted', () => {
    const units = [...Array(20).fill('big'), ...Array(9).fill('mid'), ...Array(3).fill('tiny'), ...Array(12).fill('other')] as string[];
    const rows = units.map((_, i) => phq2Total(i % 7));
    const s = summarizeBy(phq2, rows, (_, i) => ({ unit: units[i]! }));
    const by = Object.fromEntries(s.groups.map((g) => [g.by.unit, g]));
    expect(by.tiny).toMatchObject({ n: null, suppressed: 'small_group', reason: 'suppressed_small_group', summary: null, vsRest: null });
    expect(by.mid).toMatchObject({ n: null, suppressed: 'complementary', reason: 'suppressed_complementary', summary: null, vsRest: null });
    expect(by.big!.n).toBe(20);
    expect(by.other!.n).toBe(12);
    for (const g of [by.tiny!, by.mid!]) expect(Object.keys(g).sort()).toEqual(['by', 'level', 'n', 'reason', 'summary', 'suppressed', 'vsRest']);
  });

  it('withholds a figure whose own n is small in a shown group, and its complement (decided rows of a cut-off)', () => {
    // Group X: 8 rows, of which only 3 answer both PHQ-2 items (the cut-off is decided for 3).
    const rows: Record<string, number | null>[] = [];
    const unit: string[] = [];
    const add = (u: string, n: number, complete: number) => {
      for (let i = 0; i < n; i++) {
        rows.push(i < complete ? phq2Total(i % 7) : { phq2_1: 1, phq2_2: null });
        unit.push(u);
      }
    };
    add('X', 8, 3);
    add('Y', 10, 7);
    add('Z', 15, 15);
    const s = summarizeBy(phq2, rows, (_, i) => ({ unit: unit[i]! }));
    const [x, y, z] = s.groups;
    expect(x!.n).toBe(8);
    expect(x!.summary!.cutoffs.positive_screen).toEqual({ withheld: 'suppressed_small_group' });
    expect(x!.summary!.scales.total).toEqual({ withheld: 'suppressed_small_group' });
    expect(x!.vsRest!.cutoffs.positive_screen).toEqual({ withheld: 'suppressed_small_group' });
    expect(y!.summary!.cutoffs.positive_screen).toEqual({ withheld: 'suppressed_complementary' });
    expect(isWithheld(z!.summary!.cutoffs.positive_screen)).toBe(false);
    expect(JSON.stringify(s.groups)).not.toContain('phq2_1":');
  });

  it('never lets a withheld count be worked out from what is shown (property, exhaustive attacker)', () => {
    const min = 5;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 2 }),
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 9, maxLength: 9 }),
        fc.constantFrom<readonly (readonly string[])[]>([['d'], ['d', 'r']], [['d'], ['r'], ['d', 'r']], [['d', 'r']], [['d'], ['r']]),
        (depts, roles, sizes, levels) => {
          const rows: { sib_1: number }[] = [];
          const keys: { d: string; r: string }[] = [];
          for (let d = 0; d < depts; d++) {
            for (let r = 0; r < roles; r++) {
              for (let k = 0; k < sizes[d * 3 + r]!; k++) {
                rows.push({ sib_1: 1 + ((d + r + k) % 5) });
                keys.push({ d: `d${d}`, r: `r${r}` });
              }
            }
          }
          // Fewer rows in all than the minimum: the overall figure itself identifies them (see summarizeBy's docs).
          fc.pre(rows.length >= min);
          const s = summarizeBy(sib, rows, (_, i) => keys[i]!, { levels, minGroupSize: min });
          const truth = s.groups.map((g) => rows.filter((_, i) => Object.entries(g.by).every(([c, v]) => keys[i]![c as 'd' | 'r'] === v)).length);
          const attack = recoverable(s, truth, min);
          expect(attack, `recovered withheld counts ${JSON.stringify(attack)} of ${JSON.stringify(s.groups.map((g) => [g.by, g.n, g.suppressed]))}`).toEqual([]);
          for (const g of s.groups) if (g.suppressed !== false) expect(g.n).toBeNull();
          return true;
        },
      ),
      // The example: 5 respondents in 5 of 6 department × role cells. With every group withheld,
      // listing the groups told their sizes (a listed group has at least one respondent).
      { numRuns: 300, examples: [[3, 2, [1, 1, 0, 1, 0, 0, 1, 1, 0], [['d'], ['d', 'r']]]] },
    );
  });

  it('never lets a withheld figure\'s own count (decided rows of a cut-off) be worked out either (property)', () => {
    const min = 5;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 2 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 4 })), { minLength: 6, maxLength: 6 }),
        fc.constantFrom<readonly (readonly string[])[]>([['d'], ['d', 'r']], [['d', 'r']], [['d'], ['r']]),
        (depts, roles, sizes, levels) => {
          const rows: { sib_1: number | null }[] = [];
          const keys: { d: string; r: string }[] = [];
          for (let d = 0; d < depts; d++) {
            for (let r = 0; r < roles; r++) {
              const [answered, skipped] = sizes[d * 2 + r]!;
              for (let k = 0; k < answered + skipped; k++) {
                rows.push({ sib_1: k < answered ? 1 + ((d + k) % 5) : null });
                keys.push({ d: `d${d}`, r: `r${r}` });
              }
            }
          }
          const decided = rows.filter((r) => r.sib_1 !== null).length;
          fc.pre(rows.length >= min && decided >= min);
          const s = summarizeBy(sib, rows, (_, i) => keys[i]!, { levels, minGroupSize: min });
          const truth = s.groups.map((g) => rows.filter((row, i) => row.sib_1 !== null && Object.entries(g.by).every(([c, v]) => keys[i]![c as 'd' | 'r'] === v)).length);
          const figure = (g: GroupedSummary['groups'][number]) => g.summary?.cutoffs.burnout;
          // Withheld in every group (a fallback), the figure's reasons carry no size; withheld as a whole, only the rows' bound applies.
          const fallback = s.withheldBreakdowns.cutoffs.includes('burnout');
          const bounds = (g: GroupedSummary['groups'][number]): [number, number] => {
            const f = figure(g);
            if (f === undefined) return g.suppressed === 'small_group' && s.breakdown === 'shown' ? [0, min - 1] : [0, decided];
            if (!isWithheld(f)) return [f.determinable, f.determinable];
            if (fallback) return [0, g.n!];
            return f.withheld === 'suppressed_small_group' ? [0, Math.min(min - 1, g.n!)] : [min, g.n!];
          };
          const hidden = (g: GroupedSummary['groups'][number]) => figure(g) === undefined || isWithheld(figure(g)!);
          const found = attack(s, decided, truth, bounds, hidden);
          expect(found, `recovered ${JSON.stringify(found)} of ${JSON.stringify(s.groups.map((g) => [g.by, g.n, g.suppressed, figure(g) === undefined ? null : isWithheld(figure(g)!) ? figure(g) : (figure(g) as { determinable: number }).determinable]))}`).toEqual([]);
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('suppress(): a lone small cell takes the next smallest with it, and the pair is at least the minimum', () => {
    const flat = (counts: number[]): Constraint[] => [{ parent: -1, children: counts.map((_, i) => i) }];
    expect(suppress([20, 9, 3, 12], flat([20, 9, 3, 12]), 5, 1)).toEqual([false, 'complementary', 'small_group', false]);
    expect(suppress([20, 2, 1, 12], flat([20, 2, 1, 12]), 5, 1)).toEqual([false, 'small_group', 'small_group', 'complementary']);
    expect(suppress([20, 6, 7], flat([20, 6, 7]), 5, 1)).toEqual([false, false, false]);
    // 1 + 5 = 6 would give the small cell away (it holds 1–4, its complement at least 5): a third is withheld.
    const state = suppress([1, 5, 30, 40], flat([1, 5, 30, 40]), 5, 1);
    expect(state).toEqual(['small_group', 'complementary', 'complementary', false]);
    expect(determinedCells([1, 5, 30, 40], flat([1, 5, 30, 40]), ['small_group', 'complementary', false, false] as Suppression[], 5, 1)).toEqual([0, 1]);
  });
});

/**
 * The attacker: knows every shown count, the overall count, the structure (which group lies in
 * which), and the rule (a small group holds 1 to min − 1 rows, a complementary one at least
 * min). Enumerates every assignment of the withheld finest cells consistent with all of it and
 * reports the withheld groups whose count is the same in every one.
 */
function recoverable(s: GroupedSummary, truth: readonly number[], min: number): { by: object; n: number }[] {
  // With the breakdown withheld (a cohort too small to break down), the reasons say nothing of size.
  return attack(s, s.overall.rows, truth, (g) => (g.suppressed === false ? [g.n!, g.n!] : s.breakdown === 'withheld' ? [1, s.overall.rows] : g.suppressed === 'small_group' ? [1, min - 1] : [min, s.overall.rows]), (g) => g.suppressed !== false);
}

/**
 * The exhaustive attacker on one additive figure: `total` overall, each group's value known or
 * bounded (`bounds`), the structure known; reports the withheld groups (`hidden`) whose value is
 * the same in every integer assignment of the finest cells consistent with all of it.
 */
function attack(s: GroupedSummary, total: number, truth: readonly number[], bounds: (g: GroupedSummary['groups'][number]) => readonly [number, number], hidden: (g: GroupedSummary['groups'][number]) => boolean): { by: object; n: number }[] {
  const finest = [...new Set(s.levels.flat())];
  // The finest cells: every combination of the grouping columns' values seen in any group.
  const values = finest.map((c) => [...new Set(s.groups.filter((g) => c in g.by).map((g) => g.by[c]!))]);
  const cells: Record<string, string>[] = values.reduce<Record<string, string>[]>((acc, vs, k) => acc.flatMap((a) => vs.map((v) => ({ ...a, [finest[k]!]: v }))), [{}]);
  const inGroup = s.groups.map((g) => cells.flatMap((cell, j) => (Object.entries(g.by).every(([c, v]) => cell[c] === v) ? [j] : [])));
  const solutions = new Map<number, Set<number>>();
  const x = new Array<number>(cells.length).fill(0);
  const check = (partial: boolean): boolean => {
    const sum = x.reduce((a, b) => a + b, 0);
    if (sum > total || (!partial && sum !== total)) return false;
    return s.groups.every((g, i) => {
      const v = inGroup[i]!.reduce((a, j) => a + x[j]!, 0);
      const [lo, hi] = bounds(g);
      return partial ? v <= hi : v >= lo && v <= hi;
    });
  };
  let budget = 2_000_000;
  const walk = (j: number): void => {
    if (--budget < 0) throw new Error('attacker search too large; shrink the generator');
    if (j === cells.length) {
      if (!check(false)) return;
      s.groups.forEach((g, i) => {
        if (!hidden(g)) return;
        const set = solutions.get(i) ?? new Set<number>();
        set.add(inGroup[i]!.reduce((a, k) => a + x[k]!, 0));
        solutions.set(i, set);
      });
      return;
    }
    const before = x.reduce((a, b, k) => (k < j ? a + b : a), 0);
    if (j === cells.length - 1) {
      // The last cell is what the overall count leaves.
      x[j] = total - before;
      walk(j + 1);
      x[j] = 0;
      return;
    }
    for (let v = 0; before + v <= total; v++) {
      x[j] = v;
      if (!check(true)) break;
      walk(j + 1);
    }
    x[j] = 0;
  };
  walk(0);
  const out: { by: object; n: number }[] = [];
  s.groups.forEach((g, i) => {
    if (!hidden(g)) return;
    const set = solutions.get(i);
    expect(set?.has(truth[i]!), 'the true counts are a solution').toBe(true);
    if (set!.size === 1) out.push({ by: g.by, n: truth[i]! });
  });
  return out;
}

describe('compareCohorts: waves', () => {
  it('gives the change after − before: Welch as R t.test for means, Newcombe for prevalences', () => {
    const before = summarize(phq2, [...A, ...B, ...C].map(phq2Total));
    const after = summarize(phq2, WAVE2.map(phq2Total));
    const change = compareCohorts(before, after);
    const m = shown(change.scales.total!);
    const r = R_WELCH.wave2MinusWave1;
    expect(m.difference!).toBeCloseTo(r[0], 12);
    expect(m.ci!.lower).toBeCloseTo(r[1], 9);
    expect(m.ci!.upper).toBeCloseTo(r[2], 9);
    expect(m.df!).toBeCloseTo(r[3], 8);
    const p = shown(change.cutoffs.positive_screen!);
    const x1 = WAVE2.filter((t) => t >= 3).length;
    const x0 = [...A, ...B, ...C].filter((t) => t >= 3).length;
    expect(p.before).toEqual({ n: 30, positives: x0, prevalence: x0 / 30 });
    expect(p.ci).toEqual(newcombeDifference(x1, 24, x0, 30)!.ci);
  });

  it('compares groups present and shown in both waves; a group withheld in either stays withheld', () => {
    const wave = (sizes: Record<string, number>) => {
      const units = Object.entries(sizes).flatMap(([u, n]) => Array<string>(n).fill(u));
      return summarizeBy(phq9, units.map((_, i) => answerSet(phq9, i, prng(i))), (_, i) => ({ unit: units[i]! }));
    };
    const change = compareCohorts(wave({ a: 10, b: 12, c: 9 }), wave({ a: 11, b: 3, c: 6, d: 8 }));
    const by = Object.fromEntries(change.groups.map((g) => [g.by.unit, g]));
    expect(by.a!.comparison).not.toBeNull();
    expect(by.b!.reason).toBe('suppressed_small_group');
    expect(by.c!.reason).toBe('suppressed_complementary');
    expect(by.d!.reason).toBe('not_in_both_waves');
    expect(() => compareCohorts(summarize(phq9, []), summarize(phq2, []) as never)).toThrow(RangeError);
  });
});
