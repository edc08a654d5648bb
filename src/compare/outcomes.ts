/**
 * Harmonised outcomes: one row per construct an instrument measures, with "positive" decided by
 * the instrument's declared cut-off and severity on a common 0–100 scale, optionally placed
 * against a published benchmark. No catalogue here: {@link outcomesFor} takes the definition.
 *
 * @module
 */
import type { ScoreResult } from '../schema/result.js';
import type { Benchmark, Construct, Cutoff, InstrumentDefinition, Outcome, Scale } from '../schema/types.js';
import { normalCdf } from '../stats/distributions.js';

/** What decides "positive" for an outcome: the cut-off, the scheme the result was scored with, and its label. */
export interface OutcomeCriterion {
  readonly cutoff: string;
  /** The named scheme used (`result.provenance.cutoffSchemes`), or null for a cut-off with one criterion. */
  readonly scheme: string | null;
  readonly label: string;
}

/**
 * Where a score stands against a published benchmark of its instrument.
 *
 * - `normal`: the benchmark gives a mean and SD for the scale; `z = (value − mean) / SD` and
 *   `percentile = 100 Φ(z)`, *assuming scores in the benchmark population are normally
 *   distributed* (they rarely are exactly: sum scores are discrete and often skewed, so read the
 *   percentile as approximate, especially in the tails).
 * - `distribution`: the benchmark gives the share at each value; `percentile = 100 × (share
 *   below + ½ share at the value)` (mid-rank), no distributional assumption; `z` is null.
 * - `prevalence`: the benchmark gives the share meeting the outcome's cut-off; the respondent's
 *   `positive` is set beside that `prevalence`; `z` and `percentile` are null.
 * - `mean_only`: a mean without SD; only `difference` (value − mean) is given.
 *
 * `z`, `difference` and `percentile` are on the benchmark scale's own metric (a higher
 * percentile is a higher score, whatever the scale's direction).
 */
export interface OutcomeBenchmark {
  readonly id: string;
  readonly population: string;
  readonly country: string;
  readonly year: number;
  readonly n: number;
  /** The scale or cut-off the benchmark refers to. */
  readonly scale: string | null;
  readonly cutoff: string | null;
  readonly method: 'normal' | 'distribution' | 'prevalence' | 'mean_only';
  readonly mean: number | null;
  readonly sd: number | null;
  readonly prevalence: number | null;
  /** The respondent's value minus the benchmark mean (null without a mean or a value). */
  readonly difference: number | null;
  readonly z: number | null;
  /** 0–100. */
  readonly percentile: number | null;
  /** The assumption behind `percentile`, in words. */
  readonly assumption: string;
  readonly sources: readonly string[];
}

/** One construct of one instrument for one respondent. */
export interface OutcomeResult {
  readonly construct: Construct;
  readonly instrument: { readonly id: string; readonly version: string; readonly name: string };
  /** The cut-off deciding `positive`, or null where the instrument publishes none. */
  readonly criterion: OutcomeCriterion | null;
  /** The cut-off's value: true (adverse state), false, or null (not determinable, or no cut-off). */
  readonly positive: boolean | null;
  /**
   * Percent of maximum possible on the severity scale, 0–100, aligned so that higher = more of
   * the adverse state (reversed for `higher_is_better` scales). Null when the scale has no value.
   */
  readonly severity: number | null;
  /** The scale behind `severity`, with its own value, range and direction. */
  readonly severityScale: {
    readonly id: string;
    readonly value: number | null;
    readonly range: readonly [number, number];
    readonly direction: 'higher_is_worse' | 'higher_is_better';
  };
  /** Present when a benchmark was chosen for this outcome. */
  readonly benchmark?: OutcomeBenchmark;
}

/** Options of {@link outcomesFor}, {@link outcomes} and {@link compare}. */
export interface OutcomeOptions {
  /**
   * Benchmarks to place scores against, by instrument id: one benchmark id or several (each
   * attaches to the outcome whose severity scale or cut-off it refers to). An unknown id, or a
   * benchmark that refers to no outcome's scale or cut-off, throws a `RangeError`.
   */
  readonly benchmarks?: { readonly [instrument: string]: string | readonly string[] };
  /** Definitions to use instead of the catalogue's (for definitions made outside this package). */
  readonly definitions?: readonly InstrumentDefinition[];
}

/**
 * Severity on the common 0–100 scale: the percent of maximum possible of a value on a scale,
 * `100 × (value − min) / (max − min)` over the scale's declared range, turned round
 * (`100 − …`) when the scale is `higher_is_better`, so that higher is always more adverse.
 *
 * @example
 * ```ts
 * import { severityOf, who5 } from 'wellbeing-instruments';
 * severityOf(12, { range: [0, 27], direction: 'higher_is_worse' });   // 44.44…
 * severityOf(32, who5.scales[1]);                                      // 68 (WHO-5 percentage 32)
 * ```
 */
export function severityOf(value: number, scale: Pick<Scale, 'range' | 'direction'>): number {
  const [min, max] = scale.range;
  const pomp = (100 * (value - min)) / (max - min);
  return scale.direction === 'higher_is_better' ? 100 - pomp : pomp;
}

function cutoffLabel(cutoff: Cutoff, scheme: string | null): string {
  const s = scheme === null ? undefined : cutoff.schemes?.find((x) => x.id === scheme);
  return s === undefined ? cutoff.label : `${cutoff.label} — ${s.label}`;
}

const NORMAL = 'scores in the benchmark population are normally distributed with the published mean and SD';

function placeOnBenchmark(b: Benchmark, result: ScoreResult): OutcomeBenchmark {
  const base = {
    id: b.id,
    population: b.population,
    country: b.country,
    year: b.year,
    n: b.n,
    scale: b.scale ?? null,
    cutoff: b.cutoff ?? null,
    mean: b.mean ?? null,
    sd: b.sd ?? null,
    prevalence: b.prevalence ?? null,
    sources: b.sources,
  };
  if (b.cutoff !== undefined) {
    return { ...base, method: 'prevalence', difference: null, z: null, percentile: null, assumption: 'none: the benchmark is the share of its population meeting the cut-off' };
  }
  const value = (result.scales as Record<string, { value: number | null } | undefined>)[b.scale!]?.value ?? null;
  if (b.distribution !== undefined) {
    let below = 0;
    let at = 0;
    let total = 0;
    for (const d of b.distribution) {
      total += d.proportion;
      if (value !== null && d.value < value) below += d.proportion;
      else if (value !== null && d.value === value) at += d.proportion;
    }
    // Published proportions are rounded; normalise by their sum.
    const percentile = value === null || total <= 0 ? null : (100 * (below + at / 2)) / total;
    return { ...base, method: 'distribution', difference: null, z: null, percentile, assumption: 'none: mid-rank percentile in the published distribution (share below + half the share at the value)' };
  }
  const difference = value === null || b.mean === undefined ? null : value - b.mean;
  if (b.sd === undefined || !(b.sd > 0)) {
    return { ...base, method: 'mean_only', difference, z: null, percentile: null, assumption: 'none: no SD is published, so no z-score or percentile' };
  }
  const z = difference === null ? null : difference / b.sd;
  return { ...base, method: 'normal', difference, z, percentile: z === null ? null : 100 * normalCdf(z), assumption: NORMAL };
}

function chosenBenchmarks(def: InstrumentDefinition, declared: readonly Outcome[], options: OutcomeOptions | undefined): Map<Outcome, Benchmark> {
  const chosen = new Map<Outcome, Benchmark>();
  const wanted = options?.benchmarks?.[def.id];
  if (wanted === undefined) return chosen;
  for (const id of typeof wanted === 'string' ? [wanted] : wanted) {
    const b = def.benchmarks.find((x) => x.id === id);
    if (b === undefined) {
      const known = def.benchmarks.map((x) => x.id).join(', ') || 'none';
      throw new RangeError(`${def.id} has no benchmark "${id}" (its benchmarks: ${known})`);
    }
    const outcome = declared.find((o) => (b.cutoff !== undefined ? o.cutoff === b.cutoff : o.severityScale === b.scale));
    if (outcome === undefined) throw new RangeError(`benchmark "${id}" of ${def.id} refers to ${b.cutoff !== undefined ? `cut-off "${b.cutoff}"` : `scale "${b.scale}"`}, which none of its outcomes uses`);
    if (chosen.has(outcome)) throw new RangeError(`two benchmarks chosen for the ${outcome.construct} outcome of ${def.id}; choose one`);
    chosen.set(outcome, b);
  }
  return chosen;
}

/**
 * The harmonised outcomes of one score result, given its definition: for each construct the
 * definition declares (`definition.outcomes`), whether the respondent is positive by the
 * declared cut-off and the severity on a common 0–100 scale (percent of maximum possible of the
 * declared scale, higher = more adverse). Needs no catalogue, so a bundle holds only the
 * instruments it imports; {@link outcomes} looks the definition up by the result's id.
 *
 * @param definition - the definition the result was scored with.
 * @param result - a result of `score(definition, …)`.
 * @param options - `benchmarks` to place the score against a published benchmark.
 * @returns one row per declared outcome, in declaration order (empty for a definition without outcomes).
 * @throws {RangeError} when the result belongs to another instrument, or a chosen benchmark is unknown or fits no outcome.
 *
 * @example
 * ```ts
 * import { phq9, score, outcomesFor } from 'wellbeing-instruments';
 * const r = score(phq9, [2, 2, 2, 2, 1, 1, 2, 0, 0, null]);
 * const [depression] = outcomesFor(phq9, r, { benchmarks: { phq9: 'de_general_2013' } });
 * depression.positive;              // true (total 12 ≥ 10)
 * depression.severity;              // 44.44… (12 of 27)
 * depression.benchmark?.z;          // 2.597… ((12 − 2.91) / 3.5; percentile 99.5 under a normal assumption)
 * ```
 */
export function outcomesFor(definition: InstrumentDefinition, result: ScoreResult, options?: OutcomeOptions): OutcomeResult[] {
  if (result.instrument.id !== definition.id) throw new RangeError(`the result is of "${result.instrument.id}", not of "${definition.id}"`);
  const declared = definition.outcomes ?? [];
  const benchmarks = chosenBenchmarks(definition, declared, options);
  const scales = result.scales as Record<string, { value: number | null } | undefined>;
  const cutoffs = result.cutoffs as Record<string, boolean | null | undefined>;
  return declared.map((o): OutcomeResult => {
    const scale = definition.scales.find((s) => s.id === o.severityScale)!;
    const value = scales[o.severityScale]?.value ?? null;
    const cutoff = o.cutoff === undefined ? undefined : definition.cutoffs.find((c) => c.id === o.cutoff);
    const scheme = o.cutoff === undefined ? null : (result.provenance.cutoffSchemes[o.cutoff] ?? null);
    const positive = o.cutoff === undefined ? null : (cutoffs[o.cutoff] ?? null);
    const b = benchmarks.get(o);
    return {
      construct: o.construct,
      instrument: result.instrument,
      criterion: cutoff === undefined ? null : { cutoff: cutoff.id, scheme, label: cutoffLabel(cutoff, scheme) },
      positive,
      severity: value === null ? null : severityOf(value, scale),
      severityScale: { id: scale.id, value, range: scale.range, direction: scale.direction },
      ...(b === undefined ? {} : { benchmark: placeOnBenchmark(b, result) }),
    };
  });
}
