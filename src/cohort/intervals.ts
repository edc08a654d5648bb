/**
 * Confidence intervals for a proportion and for differences against a published benchmark:
 * Wilson's score interval, Newcombe's hybrid score interval for a difference of proportions,
 * and Welch's interval for a difference of means from summary figures.
 *
 * @module
 */
import { normalQuantile, tQuantile } from '../stats/distributions.js';

/** A two-sided 95 % confidence interval. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** z for a two-sided 95 % interval, Φ⁻¹(0.975) = 1.959963984540054. */
export const Z95 = normalQuantile(0.975);

/**
 * Wilson's score interval for a proportion (95 %), exactly as R's `prop.test(x, n, correct =
 * FALSE)$conf.int`: (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), with the lower bound
 * 0 when x = 0 and the upper bound 1 when x = n. `x` need not be an integer (a published
 * prevalence × n).
 *
 * @param x - positives, 0 ≤ x ≤ n.
 * @param n - trials, > 0.
 * @returns the interval, or `null` when n is 0.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from 'wellbeing-instruments/cohort';
 * wilsonInterval(12, 40); // { lower: 0.18075, upper: 0.45430 }, as prop.test(12, 40, correct = FALSE)
 * ```
 */
export function wilsonInterval(x: number, n: number): Interval | null {
  if (!(n > 0) || !(x >= 0) || x > n) return null;
  const p = x / n;
  const z = Z95;
  const z22n = (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z22n / (2 * n));
  return {
    lower: p <= 0 ? 0 : (p + z22n - spread) / (1 + 2 * z22n),
    upper: p >= 1 ? 1 : (p + z22n + spread) / (1 + 2 * z22n),
  };
}

/**
 * Difference of two independent proportions p₁ − p₂ with Newcombe's hybrid score interval
 * (Newcombe 1998, method 10): from the Wilson intervals (l₁, u₁) and (l₂, u₂),
 * lower = d − √((p₁ − l₁)² + (u₂ − p₂)²), upper = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 *
 * @internal
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number): { readonly difference: number; readonly ci: Interval } | null {
  const a = wilsonInterval(x1, n1);
  const b = wilsonInterval(x2, n2);
  if (a === null || b === null) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  return {
    difference: d,
    ci: {
      lower: d - Math.sqrt((p1 - a.lower) ** 2 + (b.upper - p2) ** 2),
      upper: d + Math.sqrt((a.upper - p1) ** 2 + (p2 - b.lower) ** 2),
    },
  };
}

/**
 * Welch's 95 % interval for m₁ − m₂ from summary figures: se = √(s₁²/n₁ + s₂²/n₂),
 * Welch–Satterthwaite df = se⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)), interval
 * d ± t(0.975, df) × se. Null when either n is below 2 or se is 0.
 *
 * @internal
 */
export function welchInterval(m1: number, s1: number, n1: number, m2: number, s2: number, n2: number): { readonly ci: Interval; readonly df: number; readonly se: number } | null {
  if (n1 < 2 || n2 < 2) return null;
  const v1 = (s1 * s1) / n1;
  const v2 = (s2 * s2) / n2;
  const se2 = v1 + v2;
  if (!(se2 > 0)) return null;
  const df = (se2 * se2) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  const se = Math.sqrt(se2);
  const half = tQuantile(0.975, df) * se;
  const d = m1 - m2;
  return { ci: { lower: d - half, upper: d + half }, df, se };
}

/**
 * Cohen's d with the pooled SD, √(((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2)). Null when the
 * pooled SD is 0 or there are fewer than 3 observations in all.
 *
 * @internal
 */
export function cohensD(m1: number, s1: number, n1: number, m2: number, s2: number, n2: number): number | null {
  if (n1 + n2 < 3) return null;
  const pooled = Math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2));
  return pooled > 0 ? (m1 - m2) / pooled : null;
}
