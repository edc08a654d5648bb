/** The cohort layer: edge cases (no NaN, null with a reason), equivalences, and summarizeOutcomes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { descriptives as describeValues, quantile, reliability, summarize, summarizeOutcomes, summarizer, wilsonInterval } from '../src/cohort/index.js';
import { cbi, gad7, k10, mbi, mmdhp, olbi, phq2, phq9, sib, who5 } from '../src/instruments/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { arbitraryAnswers } from '../src/testing/arbitrary.js';

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
}
const noNaN = (value: unknown) => numbers(value).filter(([, v]) => !Number.isFinite(v));

/** mulberry32. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded answers: each scored item answered with probability `answered`, at a random option. */
function randomRows(def: InstrumentDefinition, n: number, seed: number, answered = 0.9): Record<string, number>[] {
  const random = rng(seed);
  return Array.from({ length: n }, () => {
    const row: Record<string, number> = {};
    for (const item of def.items) {
      if (random() > answered) continue;
      const options = def.responseScales.find((r) => r.id === item.responseScale)!.options;
      row[item.id] = options[Math.floor(random() * options.length)]!.value;
    }
    return row;
  });
}

describe('describe and quantile', () => {
  it('match R: quantile(1:4, .25) = 1.75, quantile(c(1, 2, 3, 4, 5, 10), .3) = 2.5, sd(c(3, 1, 4, 1, 5)) = 1.788854…', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4, 5, 10], 0.3)).toBe(2.5);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
    expect(describeValues([3, 1, 4, 1, 5])).toMatchObject({ n: 5, mean: 2.8, median: 3, q1: 1, q3: 4, min: 1, max: 5 });
    expect(describeValues([3, 1, 4, 1, 5]).sd).toBeCloseTo(1.7888543819998317, 15);
  });
  it('give null with a reason for no values and for an SD of one value, and skip null and non-finite entries', () => {
    expect(describeValues([])).toMatchObject({ n: 0, mean: null, sd: null, median: null, reasons: { mean: 'no_values', sd: 'no_values' } });
    expect(describeValues([4])).toMatchObject({ n: 1, mean: 4, sd: null, median: 4, reasons: { sd: 'fewer_than_two_values' } });
    expect(describeValues([1, null, Number.NaN, 3, undefined, Infinity])).toMatchObject({ n: 2, mean: 2 });
  });
  it('keep the variance of large values with a small spread (two-pass, no cancellation)', () => {
    expect(describeValues([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]).sd).toBeCloseTo(Math.sqrt(30), 9);
  });
});

describe('wilsonInterval', () => {
  it('is [0, …] at no positives, […, 1] at all positives, null without trials', () => {
    expect(wilsonInterval(0, 10)!.lower).toBe(0);
    expect(wilsonInterval(10, 10)!.upper).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
    // R: prop.test(12, 40, correct = FALSE)$conf.int
    expect(wilsonInterval(12, 40)!.lower).toBeCloseTo(0.18074845229746531, 14);
    expect(wilsonInterval(12, 40)!.upper).toBeCloseTo(0.45430018818144935, 14);
  });
});

describe('reliability', () => {
  it('is null with a reason below 3 complete cases, for one item, and for items without variance', () => {
    expect(reliability([[1, 2], [2, 3]])).toMatchObject({ n: 2, alpha: null, omegaTotal: null, reasons: { alpha: 'fewer_than_three_cases' } });
    expect(reliability([[1], [2], [3]])).toMatchObject({ alpha: null, reasons: { alpha: 'single_item' } });
    const constant = reliability([[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3]]);
    expect(constant).toMatchObject({ items: 0, alpha: null, reasons: { alpha: 'fewer_than_two_items' } });
    expect(constant.excluded.map((e) => e.reason)).toEqual(['zero_variance', 'zero_variance', 'zero_variance']);
  });
  it('drops a constant item (as psych::alpha does) and still gives alpha for the rest; omega and alpha if deleted need 3 items', () => {
    const r = reliability([[1, 2, 0], [2, 3, 0], [3, 3, 0], [4, 5, 0], [2, 1, 0]], ['a', 'b', 'c']);
    expect(r.excluded).toEqual([{ item: 'c', reason: 'zero_variance' }]);
    expect(r.items).toBe(2);
    expect(r.alpha).toBeTypeOf('number');
    expect(r.reasons.omegaTotal).toBe('fewer_than_three_items');
    expect(r.itemStats.map((s) => s.reasons.alphaIfDeleted)).toEqual(['fewer_than_three_items', 'fewer_than_three_items', 'zero_variance']);
  });
  it('uses complete cases only', () => {
    const full = reliability([[1, 2, 2], [2, 2, 3], [3, 4, 3], [4, 3, 4], [2, 2, 2]]);
    const withGaps = reliability([[1, 2, 2], [null, 1, 1], [2, 2, 3], [3, 4, 3], [4, 3, 4], [2, 2, 2], [5, Number.NaN, 1]]);
    expect(withGaps).toEqual(full);
  });
  it('reports a non-positive total variance as null, not a negative or infinite alpha', () => {
    const r = reliability([[1, -1], [-1, 1], [2, -2], [-2, 2]]);
    expect(r).toMatchObject({ alpha: null, reasons: { alpha: 'non_positive_total_variance' } });
  });
  it('never gives NaN or Infinity for any small matrix (property)', () => {
    const cell = fc.oneof(fc.constantFrom(null, 0, 1), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((k) => fc.array(fc.array(cell, { minLength: k, maxLength: k }), { maxLength: 8 })), (rows) => {
        expect(noNaN(reliability(rows))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('summarize', () => {
  it.each(instruments.map((d): [string, InstrumentDefinition] => [d.id, d]))('%s: answers and their score results give the same summary, with no NaN for 0 to 1,500 rows', (_id, def) => {
    for (const n of [0, 1, 2, 3, 1500]) {
      const rows = randomRows(def, n, n + 1);
      const fromAnswers = summarize(def, rows);
      const fromResults = summarize(def, rows.map((r) => score(def, r)));
      expect(noNaN(fromAnswers)).toEqual([]);
      const { scales: a, ...restA } = fromAnswers;
      const { scales: b, ...restB } = fromResults;
      expect({ ...restA, fromAnswers: 0, fromResults: 0 }).toEqual({ ...restB, fromAnswers: 0, fromResults: 0 });
      for (const id of Object.keys(a)) {
        const { reliability: ra, ...sa } = a[id]!;
        const { reliability: rb, ...sb } = b[id]!;
        expect(sa).toEqual(sb);
        if (ra.reasons.alpha !== 'derived_scale') expect(rb.reasons.alpha).toBe('no_item_data');
        // And both equal the descriptives of score()'s values taken one by one (past the first 1,024 rows too).
        expect(sa.descriptives).toEqual(describeValues(rows.map((r) => (score(def, r).scales as Record<string, { value: number | null }>)[id]!.value)));
      }
    }
  });
  it('counts scored and missing rows by reason, issues by code, bands, cut-offs and flags (PHQ-9)', () => {
    const s = summarize(phq9, [
      [0, 0, 0, 0, 0, 0, 0, 0, 0, null],
      [3, 3, 3, 3, 3, 3, 3, 3, 1, 0],
      [1, 1, 1, 1, 1, 1, 1, 1, null, null],
      [1, 1, 7, 1, 1, 1, 1, 1, 1, null],
    ]);
    expect(s).toMatchObject({ rows: 4, fromAnswers: 4, rowsWithIssues: 1, issues: { invalid_value: 1 } });
    expect(s.scales.total).toMatchObject({ scored: 2, missing: 2, missingBy: { insufficient_answers: 1, invalid_answers: 1 } });
    expect(s.scales.total.bands!.counts.map((b) => [b.id, b.count])).toEqual([['minimal', 1], ['mild', 0], ['moderate', 0], ['moderately_severe', 0], ['severe', 1]]);
    expect(s.cutoffs.positive_screen).toMatchObject({ determinable: 2, notDeterminable: 2, positives: 1, prevalence: 0.5 });
    expect(s.flags).toEqual({ suicidal_ideation: { positive: 2, unanswered: 1 } });
    expect(s.scales.total.histogram.kind).toBe('values');
  });
  it('bins mean scales into equal intervals over the range (CBI: ten bins of 10, the last closed)', () => {
    const s = summarize(cbi, [{ cbi_1: 0, cbi_2: 0, cbi_3: 0 }, { cbi_1: 100, cbi_2: 100, cbi_3: 100 }, { cbi_1: 50, cbi_2: 50, cbi_3: 25 }]);
    const h = s.scales.personal.histogram;
    expect(h.kind).toBe('intervals');
    if (h.kind === 'intervals') {
      expect(h.bins.length).toBe(10);
      expect(h.bins[0]).toEqual({ from: 0, to: 10, count: 1 });
      expect(h.bins[4]).toEqual({ from: 40, to: 50, count: 1 });
      expect(h.bins[9]).toEqual({ from: 90, to: 100, count: 1 });
    }
    const four = summarize(cbi, [{ cbi_1: 50, cbi_2: 50, cbi_3: 50 }], { bins: 4 }).scales.personal.histogram;
    expect(four.bins.map((b) => b.count)).toEqual([0, 0, 1, 0]);
  });
  it('scores answer rows with the chosen schemes, and refuses result rows scored otherwise', () => {
    const rows = [[2, 0], [1, 1], [0, 0]];
    expect(summarize(phq2, rows).cutoffs.positive_screen).toMatchObject({ scheme: 'standard', positives: 0 });
    expect(summarize(phq2, rows, { cutoffSchemes: { positive_screen: 'sensitive' } }).cutoffs.positive_screen).toMatchObject({ scheme: 'sensitive', positives: 2 });
    expect(summarize(k10, [], { bandSchemes: { total: 'primary_care' } }).scales.total.bands?.scheme).toBe('primary_care');
    expect(() => summarize(phq2, [score(phq2, [1, 1], { cutoffSchemes: { positive_screen: 'sensitive' } })])).toThrow(/scheme "sensitive"/);
    expect(() => summarize(phq2, rows, { cutoffSchemes: { positive_screen: 'nope' as never } })).toThrow(RangeError);
    expect(() => summarize(k10, rows, { bandSchemes: { nope: 'abs' } as never })).toThrow(/unknown scale/);
    expect(() => summarize(phq2, [score(phq9, [])] as never)).toThrow(/result of "phq9"/);
  });
  it('gives reliability of item products (MMD-HP) and none for derived scales (WHO-5 percentage) or result rows', () => {
    const s = summarize(mmdhp, randomRows(mmdhp, 30, 5, 1));
    expect(s.scales.total.reliability.items).toBe(27);
    expect(s.scales.total.reliability.itemStats[0]!.item).toBe('mmdhp_1_frequency×mmdhp_1_distress');
    expect(summarize(who5, randomRows(who5, 10, 6)).scales.percentage.reliability.reasons.alpha).toBe('derived_scale');
    expect(summarize(who5, randomRows(who5, 10, 6).map((r) => score(who5, r))).scales.raw.reliability.reasons.alpha).toBe('no_item_data');
  });
  it('reverse-keys items before reliability: OLBI answered consistently has alpha 1', () => {
    // One respondent type per level: agreeing items answered at the level, reverse-keyed items at 5 − level.
    const reversed = new Set((olbi.items as readonly { id: string; reverse?: boolean }[]).filter((i) => i.reverse === true).map((i) => i.id));
    const rows = [1, 2, 3, 4, 2, 3].map((level) => Object.fromEntries(olbi.items.map((i) => [i.id, reversed.has(i.id) ? 5 - level : level])));
    const s = summarize(olbi, rows);
    expect(s.scales.exhaustion.reliability.alpha).toBeCloseTo(1, 12);
    expect(s.scales.disengagement.reliability.alpha).toBeCloseTo(1, 12);
  });
  it('compares with benchmarks: mean (Welch, Cohen d), prevalence (Newcombe), and says why a figure is missing', () => {
    const s = summarize(gad7, [[0, 0, 0, 0, 0, 0, 0], [3, 3, 3, 3, 3, 3, 3], [1, 1, 1, 1, 1, 1, 1]]);
    const mean = s.benchmarks.find((b) => b.id === 'de_general_2006')!;
    expect(mean).toMatchObject({ kind: 'mean', cohort: { n: 3, mean: 28 / 3 }, benchmark: { n: 5030, mean: 2.95, sd: 3.4 } });
    const prevalence = s.benchmarks.find((b) => b.id === 'de_covid_2021')!;
    expect(prevalence).toMatchObject({ kind: 'prevalence', cohort: { n: 3, positives: 1 }, benchmark: { prevalence: 0.134 } });
    const one = summarize(gad7, [[1, 1, 1, 1, 1, 1, 1]]).benchmarks.find((b) => b.id === 'de_general_2006')!;
    expect(one).toMatchObject({ difference: 7 - 2.95, ci: null, standardizedDifference: null, reasons: { ci: 'fewer_than_two_values' } });
    const none = summarize(gad7, []).benchmarks.find((b) => b.id === 'de_covid_2021')!;
    expect(none).toMatchObject({ difference: null, ci: null, reasons: { difference: 'no_values' } });
    const dist = summarize(sib, [{ sib_1: 1 }, { sib_1: 3 }, { sib_1: 3 }, { sib_1: 5 }]).benchmarks.find((b) => b.kind === 'distribution')!;
    expect(dist.kind === 'distribution' && dist.values.find((v) => v.value === 3)).toMatchObject({ cohort: 0.5 });
  });
  it('accepts any iterable (a generator) and mixed answers and results', () => {
    function* rows() {
      yield [1, 1, 1, 1, 1, 1, 1, 1, 1, null];
      yield score(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 3, null]);
    }
    expect(summarize(phq9, rows())).toMatchObject({ rows: 2, fromAnswers: 1, fromResults: 1, scales: { total: { scored: 2, descriptives: { mean: 18 } } } });
  });
  it('summarizer: rows added one at a time give the same summary as summarize, and a summary midway does not disturb the rest', () => {
    for (const def of [cbi, phq9, mmdhp, who5]) {
      const rows = randomRows(def, 150, 7, 0.85);
      const s = summarizer(def);
      rows.slice(0, 60).forEach((r) => s.add(r));
      expect(s.rows).toBe(60);
      expect(s.summary()).toEqual(summarize(def, rows.slice(0, 60)));
      rows.slice(60).forEach((r) => s.add(r));
      expect(s.summary()).toEqual(summarize(def, rows));
      expect(s.summary().rows).toBe(150);
    }
    expect(() => summarizer(k10, { bandSchemes: { total: 'nope' } as never })).toThrow(RangeError);
  });
  it('handles fast-check answers of any shape (valid, missing, invalid) without NaN (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(arbitraryAnswers(mbi, { missing: 0.3 }), arbitraryAnswers(mbi, { missing: 0.1, invalid: true })), { maxLength: 12 }), (rows) => {
        expect(noNaN(summarize(mbi, rows))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('summarizeOutcomes', () => {
  const people = [
    { cbi: 75, sib: 4 },
    { cbi: 75, sib: 2 },
    { cbi: 25, sib: 3 },
    { cbi: 0, sib: 1 },
    { cbi: 25, sib: 1 },
  ] as const;
  const cbiAnswers = (v: 0 | 25 | 50 | 75 | 100) => ({ cbi_7: v, cbi_8: v, cbi_9: v, cbi_10: v });
  const rows = people.map((p) => [score(cbi, cbiAnswers(p.cbi)), score(sib, { sib_1: p.sib })]);

  it('gives prevalence with a Wilson interval and severity per construct and instrument', () => {
    const s = summarizeOutcomes(rows);
    expect(s.respondents).toBe(5);
    const [c, b] = s.outcomes;
    expect(c).toMatchObject({ construct: 'burnout', instrument: { id: 'cbi' }, criterion: { cutoff: 'work_high' }, respondents: 5, determinable: 5, positives: 2, prevalence: 0.4 });
    expect(c!.ci).toEqual(wilsonInterval(2, 5));
    expect(c!.severity).toMatchObject({ n: 5, mean: 40, median: 25 });
    expect(b).toMatchObject({ instrument: { id: 'sib' }, positives: 2, prevalence: 0.4, severity: { mean: 30 } });
  });
  it('measures agreement between instruments on the same construct (2 × 2 counts, share agreeing, Cohen kappa)', () => {
    const [a] = summarizeOutcomes(rows).agreement;
    // cbi positive: 1, 2; sib positive: 1, 3 → both 1, cbi only 1, sib only 1, neither 2.
    expect(a).toMatchObject({ construct: 'burnout', instruments: ['cbi', 'sib'], n: 5, bothPositive: 1, firstOnly: 1, secondOnly: 1, neitherPositive: 2, agreement: 0.6 });
    // p_o = .6, p_e = .4 × .4 + .6 × .6 = .52, kappa = .08 / .48
    expect(a!.kappa).toBeCloseTo(0.08 / 0.48, 12);
    // The pair is the same whatever the order of a respondent's results.
    expect(summarizeOutcomes(rows.map((r) => [...r].reverse())).agreement).toEqual(summarizeOutcomes(rows).agreement);
  });
  it('reports severity only (no_cutoff) for instruments without a cut-off, and refuses duplicates and mixed schemes', () => {
    const s = summarizeOutcomes([[score(phq9, [])], [score(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1, null])]]);
    expect(s.outcomes[0]).toMatchObject({ respondents: 2, determinable: 1, severity: { n: 1 } });
    const bat = summarizeOutcomes([[score(instruments.find((d) => d.id === 'pss4')!, [1, 1, 1, 1])]]).outcomes[0]!;
    expect(bat).toMatchObject({ prevalence: null, ci: null, reasons: { prevalence: 'no_cutoff' } });
    expect(() => summarizeOutcomes([[score(sib, { sib_1: 1 }), score(sib, { sib_1: 2 })]])).toThrow(/two results of "sib"/);
    expect(() => summarizeOutcomes([[score(phq2, [1, 1])], [score(phq2, [1, 1], { cutoffSchemes: { positive_screen: 'sensitive' } })]])).toThrow(/different schemes/);
  });
});
