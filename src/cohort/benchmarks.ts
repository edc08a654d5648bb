/**
 * A cohort against the published benchmarks of its instrument: mean differences (Welch),
 * standardised differences (Cohen's d), prevalence differences (Newcombe) and distributions.
 *
 * @module
 */
import type { Benchmark } from '../schema/types.js';
import type { Descriptives } from './describe.js';
import { cohensD, newcombeDifference, welchInterval, type Interval } from './intervals.js';
import type { StatReason } from './types.js';

interface ComparisonBase {
  /** The benchmark's id, population, country, year, n and sources, as in the definition. */
  readonly id: string;
  readonly population: string;
  readonly country: string;
  readonly year: number;
  readonly n: number;
  readonly note: string | null;
  readonly sources: readonly string[];
}

/**
 * Cohort mean against a published mean: `difference` = cohort mean − benchmark mean; `ci` its
 * 95 % Welch interval from both n, means and SDs (Welch–Satterthwaite df in `df`);
 * `standardizedDifference` = Cohen's d, the difference over the pooled SD
 * √(((n₁ − 1)s₁² + (n₂ − 1)s₂²)/(n₁ + n₂ − 2)). Without a published SD, `ci`, `df` and
 * `standardizedDifference` are null (`benchmark_without_sd`).
 */
export interface MeanComparison extends ComparisonBase {
  readonly kind: 'mean';
  readonly scale: string;
  readonly cohort: { readonly n: number; readonly mean: number | null; readonly sd: number | null };
  readonly benchmark: { readonly n: number; readonly mean: number; readonly sd: number | null };
  readonly difference: number | null;
  readonly ci: Interval | null;
  readonly df: number | null;
  readonly standardizedDifference: number | null;
  readonly reasons: { readonly [K in 'difference' | 'ci' | 'standardizedDifference']?: StatReason };
}

/**
 * Cohort prevalence of a cut-off against a published prevalence: `difference` = cohort − benchmark
 * (proportions 0–1), with Newcombe's hybrid score 95 % interval (method 10 of Newcombe 1998,
 * from the two Wilson intervals; the benchmark's count is its prevalence × n).
 */
export interface PrevalenceComparison extends ComparisonBase {
  readonly kind: 'prevalence';
  readonly cutoff: string;
  readonly cohort: { readonly n: number; readonly positives: number; readonly prevalence: number | null };
  readonly benchmark: { readonly n: number; readonly prevalence: number };
  readonly difference: number | null;
  readonly ci: Interval | null;
  readonly reasons: { readonly [K in 'difference' | 'ci']?: StatReason };
}

/** Cohort distribution of a scale's values next to a published one (shares 0–1 at each published value). */
export interface DistributionComparison extends ComparisonBase {
  readonly kind: 'distribution';
  readonly scale: string;
  readonly cohortN: number;
  readonly values: readonly { readonly value: number; readonly cohort: number | null; readonly benchmark: number }[];
}

/** One comparison per benchmark of the definition. */
export type BenchmarkComparison = MeanComparison | PrevalenceComparison | DistributionComparison;

function base(b: Benchmark): ComparisonBase {
  return { id: b.id, population: b.population, country: b.country, year: b.year, n: b.n, note: b.note ?? null, sources: b.sources };
}

/** The comparison of a scale's cohort descriptives with a benchmark giving a mean (and SD). */
export function compareMean(b: Benchmark & { readonly scale: string; readonly mean: number }, d: Descriptives): MeanComparison {
  const sd = b.sd ?? null;
  const reasons: { difference?: StatReason; ci?: StatReason; standardizedDifference?: StatReason } = {};
  const difference = d.mean === null ? null : d.mean - b.mean;
  if (difference === null) reasons.difference = 'no_values';
  let ci: Interval | null = null;
  let df: number | null = null;
  let standardizedDifference: number | null = null;
  if (sd === null) {
    reasons.ci = 'benchmark_without_sd';
    reasons.standardizedDifference = 'benchmark_without_sd';
  } else if (d.mean === null || d.sd === null) {
    // Descriptives give the SD's reason whenever the SD is null (no_values, fewer_than_two_values).
    reasons.ci = d.reasons.sd!;
    reasons.standardizedDifference = d.reasons.sd!;
  } else {
    const w = welchInterval(d.mean, d.sd, d.n, b.mean, sd, b.n);
    if (w === null) reasons.ci = 'zero_variance';
    else {
      ci = w.ci;
      df = w.df;
    }
    standardizedDifference = cohensD(d.mean, d.sd, d.n, b.mean, sd, b.n);
    if (standardizedDifference === null) reasons.standardizedDifference = 'zero_variance';
  }
  return { ...base(b), kind: 'mean', scale: b.scale, cohort: { n: d.n, mean: d.mean, sd: d.sd }, benchmark: { n: b.n, mean: b.mean, sd }, difference, ci, df, standardizedDifference, reasons };
}

/** The comparison of a cut-off's cohort prevalence with a benchmark prevalence. */
export function comparePrevalence(b: Benchmark & { readonly cutoff: string; readonly prevalence: number }, determinable: number, positives: number): PrevalenceComparison {
  const prevalence = determinable > 0 ? positives / determinable : null;
  const d = newcombeDifference(positives, determinable, b.prevalence * b.n, b.n); // null without determinable rows
  return {
    ...base(b),
    kind: 'prevalence',
    cutoff: b.cutoff,
    cohort: { n: determinable, positives, prevalence },
    benchmark: { n: b.n, prevalence: b.prevalence },
    difference: d?.difference ?? null,
    ci: d?.ci ?? null,
    reasons: d === null ? { difference: 'no_values', ci: 'no_values' } : {},
  };
}

/** The cohort's shares at each value a benchmark distribution lists. */
export function compareDistribution(b: Benchmark & { readonly scale: string; readonly distribution: NonNullable<Benchmark['distribution']> }, sorted: Float64Array): DistributionComparison {
  const n = sorted.length;
  const counts = new Map<number, number>();
  for (const v of sorted) counts.set(v, (counts.get(v) ?? 0) + 1);
  return {
    ...base(b),
    kind: 'distribution',
    scale: b.scale,
    cohortN: n,
    values: b.distribution.map((x) => ({ value: x.value, cohort: n === 0 ? null : (counts.get(x.value) ?? 0) / n, benchmark: x.proportion })),
  };
}
