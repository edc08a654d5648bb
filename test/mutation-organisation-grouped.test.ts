/**
 * summarizeBy() pinned for the mutation run (issue 19): the order of group values, the guards of
 * the grouped summariser and their messages, the rest of the organisation (restOf) by hand, the
 * reasons a difference from the rest cannot be given, benchmarks withheld with their figure, the
 * fallback when a cohort is too small for its breakdown, and tallies merged exactly as summarize()
 * counts the same rows (issues, results, proration, flags).
 */
import { describe, expect, it } from 'vitest';
import { phq2, phq9, sib } from '../src/index.js';
import { compareGroupValues, descriptives, groupedSummarizer, isWithheld, summarize, summarizeBy } from '../src/cohort/index.js';
import { restOf } from '../src/cohort/grouped.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { toy2 } from './fixtures.js';

function shown<T extends object>(x: T): Exclude<T, { readonly withheld: unknown }> {
  if (isWithheld(x)) throw new Error(`withheld: ${x.withheld}`);
  return x as Exclude<T, { readonly withheld: unknown }>;
}

describe('compareGroupValues', () => {
  const sign = (a: (string | null)[], b: (string | null)[]) => Math.sign(compareGroupValues(a, b));
  it('equal lists compare equal', () => {
    expect(compareGroupValues([], [])).toBe(0);
    expect(compareGroupValues(['a', null], ['a', null])).toBe(0);
    expect(compareGroupValues(['7'], ['7'])).toBe(0);
  });
  it('numbers by value, before text; blank text is text, not 0', () => {
    expect([sign(['2'], ['10']), sign(['10'], ['2'])]).toEqual([-1, 1]);
    expect([sign(['-3'], ['1.5']), sign(['1e3'], ['999'])]).toEqual([-1, 1]);
    expect([sign(['5'], ['a']), sign(['a'], ['5'])]).toEqual([-1, 1]);
    expect([sign(['0'], [' ']), sign([' '], ['0']), sign([''], ['0']), sign(['0'], [''])]).toEqual([-1, 1, 1, -1]);
    expect([sign(['Infinity'], ['5']), sign(['5'], ['Infinity'])]).toEqual([1, -1]);
  });
  it('text without regard to case first, then exactly; no value last, a missing column as no value', () => {
    expect([sign(['a'], ['B']), sign(['B'], ['a'])]).toEqual([-1, 1]);
    expect([sign(['B'], ['b']), sign(['b'], ['B'])]).toEqual([-1, 1]);
    expect([sign(['e'], ['é']), sign(['é'], ['f'])]).toEqual([-1, -1]);
    expect([sign(['a2'], ['a10']), sign(['a10'], ['a2'])]).toEqual([-1, 1]);
    expect([sign([null], ['a']), sign(['a'], [null]), sign(['9'], [null])]).toEqual([1, -1, -1]);
    expect([sign(['a'], ['a', 'x']), sign(['a', 'x'], ['a'])]).toEqual([1, -1]);
    expect([sign(['a', '2'], ['a', '10']), sign(['b', '1'], ['a', '9'])]).toEqual([-1, 1]);
  });
});

describe('groupedSummarizer: guards and messages', () => {
  it('refuses a minimum group size below 1 or not whole, and accepts 1', () => {
    for (const bad of [0, -1, 2.5, Number.NaN]) {
      expect(() => groupedSummarizer(sib, { minGroupSize: bad })).toThrow(new RangeError(`minGroupSize must be a whole number of at least 1; got ${String(bad)}`));
    }
    const s = groupedSummarizer(sib, { minGroupSize: 1 });
    s.add({ sib_1: 2 }, { unit: 'a' });
    expect(s.summary().groups[0]).toMatchObject({ n: 1, suppressed: false });
    expect(s.summary().minGroupSize).toBe(1);
    expect(summarizeBy(sib, [], () => ({})).minGroupSize).toBe(5);
  });
  it('checks the scoring options at once, before any row', () => {
    expect(() => groupedSummarizer(phq2, { cutoffSchemes: { nope: 'x' } as never })).toThrow(new RangeError('options.cutoffSchemes names unknown cut-off "nope"'));
  });
  it('counts rows, takes the grouping columns from the first group, and names an unknown level column', () => {
    const s = groupedSummarizer(sib, { levels: [['unit']] });
    expect(s.rows).toBe(0);
    for (let i = 0; i < 7; i++) s.add({ sib_1: 1 }, { unit: 'a', role: 'x' });
    expect(s.rows).toBe(7);
    expect(s.summary().groups.map((g) => [g.by, g.n])).toEqual([[{ unit: 'a' }, 7]]);
    const t = groupedSummarizer(sib, {});
    for (let i = 0; i < 6; i++) t.add({ sib_1: 1 }, { unit: 'a', role: 'x' });
    // Without levels: one grouping crossing every column of the first group key, in its order.
    expect(t.summary().levels).toEqual([['unit', 'role']]);
    expect(t.summary().groups.map((g) => g.by)).toEqual([{ unit: 'a', role: 'x' }]);
    // Levels name the grouping columns; a column a row's group lacks puts the row in the null group.
    const u = groupedSummarizer(sib, { levels: [['unit'], ['site']], minGroupSize: 1 });
    u.add({ sib_1: 1 }, { unit: 'a' });
    u.add({ sib_1: 1 }, { unit: 'a', site: 'n' });
    expect(u.summary().groups.map((g) => [g.level, g.by, g.n])).toEqual([
      [0, { unit: 'a' }, 2],
      [1, { site: 'n' }, 1],
      [1, { site: null }, 1],
    ]);
  });
  it('an empty cohort: overall as summarize() of nothing, no groups', () => {
    const s = summarizeBy(phq2, [], () => ({ unit: 'a' }));
    expect(s.overall.rows).toBe(0);
    expect(s.overall.scales.total.descriptives).toEqual(summarize(phq2, []).scales.total.descriptives);
    expect(s.groups).toEqual([]);
    expect(s.levels).toEqual([[]]);
    expect(s.breakdown).toBe('shown');
    expect(s.withheldBreakdowns).toEqual({ scales: [], cutoffs: [] });
  });
});

describe('restOf: everyone outside a group, from the whole and the group', () => {
  const whole = descriptives([1, 2, 3, 4, 5, 6, 7, 8]);
  it('mean and SD of the rest as if computed from its values', () => {
    const rest = restOf(whole, descriptives([1, 2, 3]));
    const direct = descriptives([4, 5, 6, 7, 8]);
    expect(rest.n).toBe(5);
    expect(rest.mean).toBeCloseTo(direct.mean!, 14); // 6
    expect(rest.sd).toBeCloseTo(direct.sd!, 14); // √2.5
    // A group of one (its SD null): the rest's SD still follows.
    const afterOne = restOf(whole, descriptives([8]));
    expect(afterOne.mean).toBeCloseTo(4, 14);
    expect(afterOne.sd).toBeCloseTo(descriptives([1, 2, 3, 4, 5, 6, 7]).sd!, 14);
  });
  it('a rest of one value has a mean and no SD; of none, neither', () => {
    expect(restOf(whole, descriptives([1, 2, 3, 4, 5, 6, 7]))).toEqual({ n: 1, mean: 8, sd: null });
    expect(restOf(whole, whole)).toEqual({ n: 0, mean: null, sd: null });
    expect(restOf(descriptives([1, 2]), whole)).toEqual({ n: 0, mean: null, sd: null });
    expect(restOf(descriptives([]), descriptives([]))).toEqual({ n: 0, mean: null, sd: null });
  });
  it('a group without values leaves the whole as the rest; a whole without a mean gives none', () => {
    expect(restOf(whole, descriptives([]))).toEqual({ n: 8, mean: whole.mean, sd: whole.sd });
    expect(restOf({ ...whole, mean: null }, descriptives([1]))).toEqual({ n: 7, mean: null, sd: null });
    expect(restOf(whole, { ...descriptives([1, 2]), mean: null })).toEqual({ n: 6, mean: whole.mean, sd: whole.sd });
  });
  it('rounding cannot make the rest’s sum of squares negative', () => {
    const flat = descriptives([0.1, 0.1, 0.1, 0.1]);
    expect(restOf(flat, descriptives([0.1, 0.1]))).toEqual({ n: 2, mean: expect.closeTo(0.1, 15), sd: 0 });
  });
});

describe('summarizeBy: the difference from the rest, and why it is missing', () => {
  const phq2Total = (t: number) => ({ phq2_1: Math.min(3, t), phq2_2: t - Math.min(3, t) });
  it('a group that is the whole cohort has no rest: no difference', () => {
    const s = summarizeBy(phq2, [0, 1, 2, 3, 4, 5].map(phq2Total), () => ({ unit: 'all' }));
    const g = s.groups[0]!;
    expect(g.n).toBe(6);
    expect(g.vsRest!.scales.total).toEqual({ rest: { n: 0, mean: null, sd: null }, difference: null, ci: null, df: null, reasons: { difference: 'no_values', ci: 'no_values' } });
    expect(g.vsRest!.cutoffs.positive_screen).toEqual({ rest: { n: 0, positives: 0, prevalence: null }, difference: null, ci: null, reasons: { difference: 'no_values', ci: 'no_values' } });
  });
  it('one value on either side: a difference, no interval; no variance: no interval either', () => {
    const totals = [1, 5, 2, 4, 3];
    const s = summarizeBy(phq2, totals.map(phq2Total), (_, i) => ({ unit: i === 0 ? 'a' : 'b' }), { minGroupSize: 1 });
    const [a, b] = s.groups;
    expect(shown(a!.vsRest!.scales.total)).toEqual({ rest: { n: 4, mean: 3.5, sd: expect.closeTo(Math.sqrt(5 / 3), 14) }, difference: -2.5, ci: null, df: null, reasons: { ci: 'fewer_than_two_values' } });
    expect(shown(b!.vsRest!.scales.total)).toEqual({ rest: { n: 1, mean: 1, sd: null }, difference: 2.5, ci: null, df: null, reasons: { ci: 'fewer_than_two_values' } });
    expect(shown(a!.vsRest!.cutoffs.positive_screen)).toMatchObject({ rest: { n: 4, positives: 3, prevalence: 0.75 }, difference: -0.75, reasons: {} });
    const flat = summarizeBy(phq2, [2, 2, 2, 4, 4, 4].map(phq2Total), (_, i) => ({ unit: i < 3 ? 'a' : 'b' }), { minGroupSize: 1 });
    expect(shown(flat.groups[0]!.vsRest!.scales.total)).toEqual({ rest: { n: 3, mean: 4, sd: 0 }, difference: -2, ci: null, df: null, reasons: { ci: 'zero_variance' } });
  });
});

describe('summarizeBy: benchmarks and fallbacks', () => {
  it('withholds a benchmark comparison with the figure it rests on, keeping its id and kind', () => {
    // SIB has a distribution benchmark on the scale and a prevalence benchmark on the cut-off. Unit x: 8 rows, 3 answered.
    const rows: { sib_1: number | null }[] = [];
    const keys: string[] = [];
    for (const [u, answered, skipped] of [['x', 3, 5], ['y', 9, 0], ['z', 12, 0]] as const) {
      for (let k = 0; k < answered + skipped; k++) {
        rows.push({ sib_1: k < answered ? 1 + (k % 5) : null });
        keys.push(u);
      }
    }
    const s = summarizeBy(sib, rows, (_, i) => ({ unit: keys[i]! }));
    const [x, y, z] = s.groups;
    const all = summarize(sib, rows).benchmarks;
    expect(x!.summary!.benchmarks).toEqual(all.map((b) => ({ id: b.id, kind: b.kind, withheld: 'suppressed_small_group' })));
    expect(y!.summary!.benchmarks).toEqual(all.map((b) => ({ id: b.id, kind: b.kind, withheld: 'suppressed_complementary' })));
    expect(z!.summary!.benchmarks.map((b) => isWithheld(b))).toEqual(all.map(() => false));
    expect(z!.summary!.benchmarks).toEqual(summarize(sib, rows.filter((_, i) => keys[i] === 'z')).benchmarks);
  });

  it('withholds a benchmark with its own figure: a scale benchmark with the scale, a cut-off benchmark with the cut-off', () => {
    // toy2 with a mean benchmark on the products scale and a prevalence benchmark on the cut-off "also"
    // (all of positive and products ≥ 8), which is decided (false) without the products items when positive is false.
    const def = {
      ...toy2,
      benchmarks: [
        { id: 'pm', scale: 'products', population: 'p', country: 'XX', year: 2020, n: 50, mean: 5, sd: 2, sources: ['s'] },
        { id: 'pp', cutoff: 'also', population: 'p', country: 'XX', year: 2020, n: 50, prevalence: 0.2, sources: ['s'] },
      ],
    } as unknown as InstrumentDefinition;
    const full = (k: number) => ({ toy2_1_frequency: k % 5, toy2_1_distress: (k + 1) % 5, toy2_2_frequency: (k + 2) % 5, toy2_2_distress: (k + 3) % 5, toy2_3: k % 5, toy2_4: (k + 2) % 5, toy2_5: 4 });
    const rows: Record<string, number>[] = [];
    const keys: string[] = [];
    for (let k = 0; k < 4; k++) (rows.push(full(k)), keys.push('x'));
    for (let k = 0; k < 2; k++) (rows.push({ toy2_3: 0, toy2_4: 0, toy2_5: 0 }), keys.push('x'));
    // y and z have rows without the products items too, so their rows do not give their scored counts away.
    for (let k = 0; k < 12; k++) (rows.push(k < 9 ? full(k) : { toy2_3: 0, toy2_4: 0, toy2_5: 0 }), keys.push('y'));
    for (let k = 0; k < 13; k++) (rows.push(k < 10 ? full(k + 1) : { toy2_3: 0, toy2_4: 0, toy2_5: 0 }), keys.push('z'));
    const s = summarizeBy(def, rows, (_, i) => ({ unit: keys[i]! }));
    const [x, y] = s.groups;
    expect(x!.n).toBe(6);
    expect(x!.summary!.scales['products']).toEqual({ withheld: 'suppressed_small_group' });
    expect(x!.vsRest!.scales['products']).toEqual({ withheld: 'suppressed_small_group' });
    expect(shown(x!.summary!.cutoffs['also']!).determinable).toBe(6);
    expect(x!.summary!.benchmarks.map((b) => (isWithheld(b) ? b : b.id))).toEqual([{ id: 'pm', kind: 'mean', withheld: 'suppressed_small_group' }, 'pp']);
    expect(y!.summary!.benchmarks.map((b) => (isWithheld(b) ? b : b.id))).toEqual([{ id: 'pm', kind: 'mean', withheld: 'suppressed_complementary' }, 'pp']);
  });

  it('a cohort too small for its breakdown withholds every group as complementary, and says so', () => {
    // 1 + 5 rows: the small group holds 1–4, its complement at least 5, together 6: either gives the other away.
    const units = ['a', 'b', 'b', 'b', 'b', 'b'];
    const s = summarizeBy(sib, units.map(() => ({ sib_1: 3 })), (_, i) => ({ unit: units[i]! }));
    expect(s.breakdown).toBe('withheld');
    // Not even the list of groups: a listed group has at least one respondent.
    expect(s.groups).toEqual([]);
    // The figures' own counts may be 0 (floor 0), so they are not given away: no figure-level fallback.
    expect(s.withheldBreakdowns).toEqual({ scales: [], cutoffs: [] });
    expect(s.overall.rows).toBe(6);
    const fine = summarizeBy(sib, Array.from({ length: 12 }, () => ({ sib_1: 3 })), (_, i) => ({ unit: i < 6 ? 'a' : 'b' }));
    expect([fine.breakdown, fine.withheldBreakdowns]).toEqual(['shown', { scales: [], cutoffs: [] }]);
  });

  it('a figure withheld in every group on its own is listed; the groups stay shown (a shown group’s rows bound its figure)', () => {
    // a: 6 rows, 1 answered; b: 5 rows, all answered. Withholding a (small) and b (complementary, so ≥ 5) would still
    // give b away: b shows 5 rows, so its count is 5, and a's is 6 − 5 = 1. Every group's figure is withheld.
    const rows = [...Array.from({ length: 6 }, (_, k) => ({ sib_1: k < 1 ? 2 : null })), ...Array.from({ length: 5 }, () => ({ sib_1: 2 }))];
    const s = summarizeBy(sib, rows, (_, i) => ({ unit: i < 6 ? 'a' : 'b' }));
    expect(s.breakdown).toBe('shown');
    expect(s.groups.map((g) => g.n)).toEqual([6, 5]);
    expect(s.withheldBreakdowns).toEqual({ scales: ['burnout'], cutoffs: ['burnout'] });
    for (const g of s.groups) {
      expect(g.summary!.scales.burnout).toEqual({ withheld: 'suppressed_complementary' });
      expect(g.vsRest!.scales.burnout).toEqual({ withheld: 'suppressed_complementary' });
      expect(g.vsRest!.cutoffs.burnout).toEqual({ withheld: 'suppressed_complementary' });
    }
  });

  it('a figure of a group withheld as a whole is the first complement of that figure; a hidden group’s rows do not bound it', () => {
    // x: 3 rows (small), y: 6 rows (its complement), z: 12 rows of which 5 answered. The scale's counts are 3, 6 and 5:
    // x's and y's figures are withheld with their groups, so z's 5 scored values can be shown.
    const rows: { sib_1: number | null }[] = [];
    const keys: string[] = [];
    for (const [u, answered, skipped] of [['x', 3, 0], ['y', 6, 0], ['z', 5, 7]] as const) {
      for (let k = 0; k < answered + skipped; k++) {
        rows.push({ sib_1: k < answered ? 1 + (k % 5) : null });
        keys.push(u);
      }
    }
    const s = summarizeBy(sib, rows, (_, i) => ({ unit: keys[i]! }));
    expect(s.groups.map((g) => [g.by.unit, g.suppressed])).toEqual([['x', 'small_group'], ['y', 'complementary'], ['z', false]]);
    const z = s.groups[2]!;
    expect(shown(z.summary!.scales.burnout).scored).toBe(5);
    expect(shown(z.summary!.cutoffs.burnout).determinable).toBe(5);
    expect(isWithheld(z.vsRest!.scales.burnout)).toBe(false);
    expect(s.withheldBreakdowns).toEqual({ scales: [], cutoffs: [] });
  });

  it('a level with one group is the whole cohort, shown even beside withheld finer groups', () => {
    const units = ['a', 'a', 'a', 'b', 'b', 'b', 'b', 'b', 'b', 'b', 'b', 'b'];
    const s = summarizeBy(sib, units.map(() => ({ sib_1: 2 })), (_, i) => ({ site: 'only', unit: units[i]! }), { levels: [['site'], ['site', 'unit']] });
    expect(s.groups.map((g) => [Object.values(g.by).join('/'), g.n, g.suppressed])).toEqual([
      ['only', 12, false],
      ['only/a', null, 'small_group'],
      ['only/b', null, 'complementary'],
    ]);
  });
});

describe('summarizeBy: tallies merged as summarize() counts the same rows', () => {
  it('issues, rows given as results, proration, band counts and flags add up across groups', () => {
    const answers: Record<string, unknown>[] = [];
    for (let k = 0; k < 30; k++) {
      const row: Record<string, unknown> = Object.fromEntries(Array.from({ length: 10 }, (_, j) => [`phq9_${j + 1}`, (k + j) % 4]));
      if (k % 7 === 0) row['phq9_3'] = null; // prorated
      if (k % 11 === 0) row['phq9_4'] = 9; // invalid_value
      if (k % 13 === 0) row['phq9_5'] = 'two'; // invalid_type
      if (k % 5 === 0) row['phq9_9'] = null; // safety item unanswered
      answers.push(row);
    }
    const rows = answers.map((a, k) => (k % 3 === 0 ? score(phq9, a as never, { prorate: true }) : a));
    const unit = (k: number) => ['a', 'b', 'c'][k % 3]!;
    const s = summarizeBy(phq9, rows as never[], (_, k) => ({ unit: unit(k) }), { prorate: true, minGroupSize: 1 });
    const whole = summarize(phq9, rows as never[], { prorate: true });
    const { scales: ws, benchmarks: _wb, ...wrest } = whole;
    const { scales: gs, benchmarks: _gb, ...grest } = s.overall;
    expect(grest).toEqual(wrest);
    expect(whole.rowsWithIssues).toBeGreaterThan(0);
    expect(Object.keys(whole.issues).sort()).toEqual(['invalid_type', 'invalid_value']);
    expect(whole.fromResults).toBe(10);
    expect(whole.flags['suicidal_ideation'] ?? Object.values(whole.flags)[0]).toMatchObject({ unanswered: 6 });
    for (const id of Object.keys(ws) as (keyof typeof ws)[]) {
      const { descriptives: wd, reliability: wr, ...wScale } = ws[id];
      const { descriptives: gd, reliability: gr, ...gScale } = gs[id];
      expect(gScale).toEqual(wScale);
      expect(gd.n).toBe(wd.n);
      expect(gd.mean).toBeCloseTo(wd.mean!, 12);
      expect(gd.sd).toBeCloseTo(wd.sd!, 12);
      expect(gr.n).toBe(wr.n);
    }
    expect(ws.total.prorated).toBeGreaterThan(0);
    expect(ws.total.missingBy.invalid_answers).toBeGreaterThan(0);
    // Each group as summarize() of its own rows.
    for (const g of s.groups) {
      const mine = rows.filter((_, k) => unit(k) === g.by.unit);
      const own = summarize(phq9, mine as never[], { prorate: true });
      expect(g.summary!.rowsWithIssues).toBe(own.rowsWithIssues);
      expect(g.summary!.issues).toEqual(own.issues);
      expect(g.summary!.flags).toEqual(own.flags);
      expect(shown(g.summary!.scales.total).bands).toEqual(own.scales.total.bands);
    }
  });
});
