/**
 * Harmonised outcomes pinned for the mutation run (issue 19): every field of a benchmark
 * placement (normal, distribution, prevalence, mean only) by hand, the guards of each method at
 * their edges, the criterion's label, the exact messages of the refusals, and compare()'s order.
 */
import { describe, expect, it } from 'vitest';
import { compare, definitionOf, outcomes, outcomesFor, severityOf } from '../src/compare/index.js';
import { phq9, sib } from '../src/instruments/index.js';
import type { Benchmark, InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { normalCdf } from '../src/stats/distributions.js';
import { toy2 } from './fixtures.js';

/** toy2 with one outcome on its mean scale (higher is better) decided by the `positive` cut-off, and the benchmarks given. */
function toy(benchmarks: readonly Benchmark[], outcome: Record<string, unknown> = { cutoff: 'positive' }): InstrumentDefinition {
  return { ...toy2, benchmarks, outcomes: [{ construct: 'distress', severityScale: 'mean', direction: 'higher_is_better', sources: ['s'], ...outcome }] } as unknown as InstrumentDefinition;
}
const base = { population: 'synthetic staff', country: 'XX', year: 2021, n: 40, sources: ['s'] } as const;
/** toy2 answers giving the mean scale 3 (items 3–5). */
const mean3 = { toy2_3: 3, toy2_4: 3, toy2_5: 3 };

describe('placeOnBenchmark: each method by hand', () => {
  it('normal: difference, z and percentile from the published mean and SD, with every field of the benchmark', () => {
    const def = toy([{ id: 'norm', scale: 'mean', mean: 2, sd: 0.5, ...base }]);
    const [o] = outcomesFor(def, score(def, mean3), { benchmarks: { toy2: 'norm' } });
    expect(o!.benchmark).toEqual({
      id: 'norm',
      population: 'synthetic staff',
      country: 'XX',
      year: 2021,
      n: 40,
      scale: 'mean',
      cutoff: null,
      mean: 2,
      sd: 0.5,
      prevalence: null,
      sources: ['s'],
      method: 'normal',
      difference: 1,
      z: 2,
      percentile: 100 * normalCdf(2),
      assumption: 'scores in the benchmark population are normally distributed with the published mean and SD',
    });
    expect(o!.benchmark!.percentile).toBeCloseTo(97.725, 3);
    // Without a value there is nothing to place: difference, z and percentile null, the method still normal.
    const [none] = outcomesFor(def, score(def, {}), { benchmarks: { toy2: 'norm' } });
    expect(none!.benchmark).toMatchObject({ method: 'normal', difference: null, z: null, percentile: null });
  });

  it('mean only: a difference without SD, or with an SD of 0; a negative difference keeps its sign', () => {
    for (const sd of [undefined, 0]) {
      const def = toy([{ id: 'm', scale: 'mean', mean: 3.5, ...(sd === undefined ? {} : { sd }), ...base }]);
      const [o] = outcomesFor(def, score(def, mean3), { benchmarks: { toy2: 'm' } });
      expect(o!.benchmark).toMatchObject({ method: 'mean_only', mean: 3.5, sd: sd ?? null, difference: -0.5, z: null, percentile: null, assumption: 'none: no SD is published, so no z-score or percentile' });
    }
    const def = toy([{ id: 'm', scale: 'mean', mean: 3.5, ...base }]);
    expect(outcomesFor(def, score(def, {}), { benchmarks: { toy2: 'm' } })[0]!.benchmark!.difference).toBeNull();
    // An SD without a mean: no difference, so no z either (normal method, null figures).
    const sdOnly = toy([{ id: 's', scale: 'mean', sd: 1, ...base }]);
    expect(outcomesFor(sdOnly, score(sdOnly, mean3), { benchmarks: { toy2: 's' } })[0]!.benchmark).toMatchObject({ method: 'normal', mean: null, difference: null, z: null, percentile: null });
  });

  it('distribution: mid-rank percentile normalised by the published total; null without a value or with an empty distribution', () => {
    const distribution = [
      { value: 1, proportion: 0.2 },
      { value: 2, proportion: 0.1 },
      { value: 3, proportion: 0.3 },
      { value: 4, proportion: 0.3 },
    ];
    const def = toy([{ id: 'd', scale: 'mean', distribution, ...base }]);
    const place = (answers: Record<string, number>) => outcomesFor(def, score(def, answers), { benchmarks: { toy2: 'd' } })[0]!.benchmark!;
    // At 3: below 0.3, at 0.3 → (0.3 + 0.15) / 0.9 = 50 %.
    expect(place(mean3)).toMatchObject({ method: 'distribution', difference: null, z: null, assumption: 'none: mid-rank percentile in the published distribution (share below + half the share at the value)' });
    expect(place(mean3).percentile).toBeCloseTo(50, 12);
    // At 0 (below every published value): 0; at 4: (0.6 + 0.15) / 0.9; at 1: 0.1 / 0.9.
    expect(place({ toy2_3: 0, toy2_4: 0, toy2_5: 0 }).percentile).toBe(0);
    expect(place({ toy2_3: 4, toy2_4: 4, toy2_5: 4 }).percentile).toBeCloseTo((100 * 0.75) / 0.9, 12);
    expect(place({ toy2_3: 1, toy2_4: 1, toy2_5: 1 }).percentile).toBeCloseTo((100 * 0.1) / 0.9, 12);
    // Between published values (2.5): below 0.3, nothing at it.
    expect(place({ toy2_3: 2, toy2_4: 2, toy2_5: 3 }).percentile).toBeCloseTo((100 * 0.3) / 0.9, 12);
    expect(place({}).percentile).toBeNull();
    const empty = toy([{ id: 'e', scale: 'mean', distribution: [], ...base }]);
    expect(outcomesFor(empty, score(empty, mean3), { benchmarks: { toy2: 'e' } })[0]!.benchmark).toMatchObject({ method: 'distribution', percentile: null });
    const zero = toy([{ id: 'z', scale: 'mean', distribution: [{ value: 3, proportion: 0 }], ...base }]);
    expect(outcomesFor(zero, score(zero, mean3), { benchmarks: { toy2: 'z' } })[0]!.benchmark!.percentile).toBeNull();
  });

  it('prevalence: set beside the respondent, no figures computed', () => {
    const def = toy([{ id: 'p', cutoff: 'positive', prevalence: 0.25, ...base }]);
    const [o] = outcomesFor(def, score(def, mean3), { benchmarks: { toy2: 'p' } });
    expect(o!.positive).toBe(true);
    expect(o!.benchmark).toEqual({ id: 'p', ...base, scale: null, cutoff: 'positive', mean: null, sd: null, prevalence: 0.25, method: 'prevalence', difference: null, z: null, percentile: null, assumption: 'none: the benchmark is the share of its population meeting the cut-off' });
  });
});

describe('outcomesFor: the criterion, severity and refusals', () => {
  it('labels the criterion with the scheme used, and with the cut-off alone when it has no schemes', () => {
    const def = toy([]);
    expect(outcomesFor(def, score(def, mean3))[0]!.criterion).toEqual({ cutoff: 'positive', scheme: 'standard', label: 'Mean high — mean ≥ 3' });
    expect(outcomesFor(def, score(def, mean3, { cutoffSchemes: { positive: 'sensitive' } }))[0]!.criterion).toEqual({ cutoff: 'positive', scheme: 'sensitive', label: 'Mean high — mean ≥ 2' });
    const single = toy([], { cutoff: 'also' });
    const [o] = outcomesFor(single, score(single, mean3));
    expect(o!.criterion).toEqual({ cutoff: 'also', scheme: null, label: 'positive and products ≥ 8' });
    // Not determinable (products unanswered, positive true): null, not false.
    expect(o!.positive).toBeNull();
    const noCutoff = toy([], {});
    expect(outcomesFor(noCutoff, score(noCutoff, mean3))[0]).toEqual({
      construct: 'distress',
      instrument: { id: 'toy2', version: '1.0.0', name: 'Toy instrument 2' },
      criterion: null,
      positive: null,
      severity: 25,
      severityScale: { id: 'mean', value: 3, range: [0, 4], direction: 'higher_is_better' },
    });
  });

  it('a result without the severity scale (scored with another version of the definition) gives nulls, never a throw', () => {
    for (const b of [{ id: 'b', scale: 'mean', mean: 2, sd: 0.5, ...base }, { id: 'b', scale: 'mean', distribution: [{ value: 3, proportion: 1 }], ...base }] as Benchmark[]) {
      const def = toy([b]);
      const r = score(def, mean3);
      const { mean: _m, ...scales } = r.scales as Record<string, unknown>;
      const [o] = outcomesFor(def, { ...r, scales } as unknown as typeof r, { benchmarks: { toy2: 'b' } });
      expect([o!.severity, o!.severityScale.value, o!.benchmark!.percentile, o!.benchmark!.difference]).toEqual([null, null, null, null]);
    }
  });

  it('severityOf: percent of maximum possible on the declared range, turned round when higher is better', () => {
    expect(severityOf(12, { range: [0, 27], direction: 'higher_is_worse' })).toBeCloseTo((100 * 12) / 27, 14);
    expect(severityOf(3, { range: [1, 5], direction: 'higher_is_worse' })).toBe(50);
    expect(severityOf(2, { range: [1, 5], direction: 'higher_is_better' })).toBe(75);
    expect(severityOf(5, { range: [1, 5], direction: 'higher_is_better' })).toBe(0);
  });

  it('refuses with messages that say what to do', () => {
    const r = score(phq9, {});
    expect(() => outcomesFor(sib, r)).toThrow(new RangeError('the result is of "phq9", not of "sib"'));
    expect(() => outcomes(r, { benchmarks: { phq9: 'nope' } })).toThrow(/^phq9 has no benchmark "nope" \(its benchmarks: de_general_2013, /);
    const bare = toy([]);
    expect(() => outcomesFor(bare, score(bare, {}), { benchmarks: { toy2: 'x' } })).toThrow(new RangeError('toy2 has no benchmark "x" (its benchmarks: none)'));
    const offScale = toy([{ id: 'prod', scale: 'products', mean: 1, sd: 1, ...base }]);
    expect(() => outcomesFor(offScale, score(offScale, {}), { benchmarks: { toy2: 'prod' } })).toThrow(new RangeError('benchmark "prod" of toy2 refers to scale "products", which none of its outcomes uses'));
    const offCutoff = toy([{ id: 'also_p', cutoff: 'also', prevalence: 0.1, ...base }]);
    expect(() => outcomesFor(offCutoff, score(offCutoff, {}), { benchmarks: { toy2: 'also_p' } })).toThrow(new RangeError('benchmark "also_p" of toy2 refers to cut-off "also", which none of its outcomes uses'));
    const two = toy([{ id: 'a', scale: 'mean', mean: 1, ...base }, { id: 'b', cutoff: 'positive', prevalence: 0.2, ...base }]);
    expect(() => outcomesFor(two, score(two, {}), { benchmarks: { toy2: ['a', 'b'] } })).toThrow(new RangeError('two benchmarks chosen for the distress outcome of toy2; choose one'));
    // Benchmarks chosen for another instrument are not this one's business.
    expect(outcomesFor(two, score(two, mean3), { benchmarks: { phq9: 'anything' } })[0]!.benchmark).toBeUndefined();
    // One benchmark in an array attaches as a single id does.
    expect(outcomesFor(two, score(two, mean3), { benchmarks: { toy2: ['b'] } })[0]!.benchmark!.id).toBe('b');
  });
});

describe('outcomes, compare and definitionOf', () => {
  it('definitionOf prefers options.definitions, then the catalogue, and names what to do for an unknown id', () => {
    const r = score(phq9, {});
    const mine = { ...phq9, name: 'my copy' } as InstrumentDefinition;
    expect(definitionOf(r)).toBe(phq9);
    expect(definitionOf(r, { definitions: [sib, mine] })).toBe(mine);
    expect(definitionOf(r, { definitions: [sib] })).toBe(phq9);
    const alien = { ...r, instrument: { ...r.instrument, id: 'alien' } };
    expect(() => definitionOf(alien)).toThrow(new RangeError('unknown instrument "alien": pass its definition in options.definitions'));
  });

  it('outcomes() passes benchmarks through to the definition it finds', () => {
    const def = toy([{ id: 'norm', scale: 'mean', mean: 2, sd: 0.5, ...base }]);
    const [o] = outcomes(score(def, mean3), { definitions: [def], benchmarks: { toy2: 'norm' } });
    expect(o!.benchmark!.z).toBe(2);
  });

  it('compare() sorts by construct whatever order the results come in, keeping the given order within one', () => {
    const def = toy([]);
    const rows = compare([score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, null]), score(def, mean3), score(sib, { sib_1: 1 })], { definitions: [def] });
    expect(rows.map((r) => [r.construct, r.instrument.id])).toEqual([
      ['burnout', 'sib'],
      ['depression', 'phq9'],
      ['distress', 'toy2'],
    ]);
    const reversed = compare([score(sib, { sib_1: 1 }), score(def, mean3), score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, null])], { definitions: [def] });
    expect(reversed.map((r) => r.construct)).toEqual(['burnout', 'depression', 'distress']);
    expect(compare([])).toEqual([]);
    expect(() => compare([score(sib, { sib_1: 1 }), score(phq9, {}), score(sib, { sib_1: 2 })])).toThrow(new RangeError('two results of "sib"; compare() takes one result per instrument'));
  });
});
