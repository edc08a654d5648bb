/**
 * Descriptive statistics of one variable: mean, SD, quartiles (R's type 7), min, max.
 *
 * @module
 */
import type { StatReason } from './types.js';

/** Mean, standard deviation, quartiles, extremes of a set of numbers; `null` with a reason where undefined. */
export interface Descriptives {
  /** How many values were described. */
  readonly n: number;
  /** Arithmetic mean (two passes: Σx/n, then corrected by the mean of the residuals, as R's `mean`). */
  readonly mean: number | null;
  /** Sample standard deviation with divisor n − 1 (two passes about the mean, as R's `sd`). Null below two values. */
  readonly sd: number | null;
  /** 25th percentile, R's quantile type 7 (the default of `quantile()`). */
  readonly q1: number | null;
  /** 50th percentile (type 7, which is the usual median). */
  readonly median: number | null;
  /** 75th percentile, type 7. */
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Why a statistic is `null`, by field name. */
  readonly reasons: { readonly [K in 'mean' | 'sd' | 'q1' | 'median' | 'q3' | 'min' | 'max']?: StatReason };
}

/**
 * The `p`-quantile of numbers sorted ascending, by R's default definition (Hyndman & Fan type 7):
 * with h = 1 + (n − 1) p, the value at ⌊h⌋ plus (h − ⌊h⌋) of the step to the next value.
 * `quantile(x, 0.5)` is the median; type 7 is what R's `quantile()`, NumPy's `percentile` and
 * Excel's `PERCENTILE.INC` compute.
 *
 * @param sorted - values sorted ascending (not checked), at least one.
 * @param p - probability in [0, 1].
 * @returns the quantile, or `null` for an empty list.
 *
 * @example
 * ```ts
 * import { quantile } from 'wellbeing-instruments/cohort';
 * quantile([1, 2, 3, 4], 0.25); // 1.75, as R's quantile(1:4, 0.25)
 * ```
 */
export function quantile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return null;
  const index = (n - 1) * p; // 0-based form of R's 1 + (n − 1) p
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  if (a === b) return a; // also when hi = lo: one value, nothing to interpolate (R: x[hi] != qs)
  const h = index - lo;
  return (1 - h) * a + h * b;
}

/** Mean by two passes (Σx/n corrected by the mean residual), as R computes it. */
export function meanOf(values: ArrayLike<number>): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const first = sum / n;
  let residual = 0;
  for (let i = 0; i < n; i++) residual += values[i]! - first;
  return first + residual / n;
}

/** Sample variance (divisor n − 1) about a given mean, with the residual-sum correction of the corrected two-pass algorithm. */
export function varianceAbout(values: ArrayLike<number>, mean: number): number {
  const n = values.length;
  let ss = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    ss += d * d;
    s += d;
  }
  return Math.max(0, (ss - (s * s) / n) / (n - 1));
}

/**
 * Describes a list of numbers: n, mean, SD (n − 1), quartiles (type 7), min and max. Values
 * that are not finite numbers are ignored (so `null` entries may be passed as they are).
 *
 * @example
 * ```ts
 * import { descriptives } from 'wellbeing-instruments/cohort';
 * const d = descriptives([3, 1, 4, 1, 5]);
 * d.mean;   // 2.8
 * d.sd;     // 1.7888543819998317
 * d.median; // 3
 * descriptives([7]).sd;          // null
 * descriptives([7]).reasons.sd;  // 'fewer_than_two_values'
 * ```
 */
export function descriptives(values: readonly (number | null | undefined)[]): Descriptives {
  const finite = new Float64Array(values.length);
  let n = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) finite[n++] = v;
  return describeSorted(finite.subarray(0, n).sort());
}

/** {@link descriptives} for values already sorted ascending (and all finite). */
export function describeSorted(sorted: Float64Array): Descriptives {
  const n = sorted.length;
  if (n === 0) {
    const r = 'no_values' as const;
    return { n, mean: null, sd: null, q1: null, median: null, q3: null, min: null, max: null, reasons: { mean: r, sd: r, q1: r, median: r, q3: r, min: r, max: r } };
  }
  const mean = meanOf(sorted);
  const sd = n < 2 ? null : Math.sqrt(varianceAbout(sorted, mean));
  return {
    n,
    mean,
    sd,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[n - 1]!,
    reasons: sd === null ? { sd: 'fewer_than_two_values' } : {},
  };
}
