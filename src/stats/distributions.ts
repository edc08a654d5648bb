/**
 * The few probability distributions the cohort statistics need, in plain arithmetic (no Node
 * built-ins, no dependencies): the standard normal (CDF and quantile), Student's t (CDF and
 * quantile) and the F quantile, the last three through the regularized incomplete beta function.
 *
 * Accuracy: the normal quantile is Wichura's AS 241 (about 1e-16 relative); the CDFs are series
 * and continued fractions evaluated to 1e-16 per step, each tail computed directly (no 1 − p);
 * Beta quantiles are safeguarded Newton steps on the incomplete beta, and the t and F quantiles
 * end with a Newton step on their own CDF. Against R's `qt`, `pt`, `qf`, `pbeta`, `qbeta`,
 * `qnorm`, `pnorm` and `lgamma` (test/mutation-stats-distributions.test.ts, from p = 1e-12 and
 * df from 0.5 to 1e6): t quantiles within 1e-12 relative, t CDF 1e-13, the rest 1e-11 or better.
 * Shared by the compare and cohort layers (below both).
 *
 * @internal
 * @module
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * Stirling's correction log Γ(x) − ((x − ½) log x − x + ½ log 2π) for x ≥ 10, five terms: its
 * relative error is far below 1e-15 there. For log B with a large argument.
 */
function stirlingCorrection(x: number): number {
  const x2 = x * x;
  return 1 / (12 * x) - 1 / (360 * x * x2) + 1 / (1260 * x2 * x2 * x) - 1 / (1680 * x2 * x2 * x2 * x) + 1 / (1188 * x2 * x2 * x2 * x2 * x);
}

/**
 * log Γ(x) for x > 0 (Lanczos, g = 7; below ½ through the reflection Γ(x)Γ(1 − x) = π / sin πx,
 * which keeps 1e-16 at x = 1e-8 where the series alone has 3e-10). Within 5e-16 of R's `lgamma`
 * up to 1e10.
 */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * log B(a, b). When an argument is large the log-gammas nearly cancel, so their Stirling parts
 * are combined before subtracting (the `(x − ½) log x − x` terms grouped by hand) and the
 * corrections are added as they are, not as differences of large numbers.
 */
function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const big = Math.max(a, b);
  const c = a + b;
  if (small >= 10) {
    // (a−½)log a + (b−½)log b − (c−½)log c = (a−½)log(a/c) + (b−½)log(b/c) − ½ log c
    return 0.5 * Math.log(2 * Math.PI) + (a - 0.5) * Math.log(a / c) + (b - 0.5) * Math.log(b / c) - 0.5 * Math.log(c) + stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(c);
  }
  // log Γ(big) − log Γ(c) = (big − ½) log(big/c) − small · log c + small + the corrections
  if (big >= 10) return logGamma(small) - (big - 0.5) * Math.log1p(small / big) - small * Math.log(c) + small + stirlingCorrection(big) - stirlingCorrection(c);
  return logGamma(a) + logGamma(b) - logGamma(c);
}

/**
 * Continued fraction for the incomplete beta (modified Lentz), at x with y = 1 − x given too.
 * Every odd step is 1 + o·D with o = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1)) close to −1 when a is
 * large and x near 1 (the t distribution with many degrees of freedom), so it cancels; there it
 * is summed as (1 + o) + o·(D − 1), with 1 + o = (a(2m+1−b) + m(3m+2−b) + (a+m)(a+b+m)y) /
 * ((a+2m)(a+2m+1)) and D − 1 from the even step before it.
 */
function betaFraction(x: number, y: number, a: number, b: number): number {
  const tiny = 1e-300;
  const onePlusOdd = (m: number): number => {
    const den = (a + 2 * m) * (a + 2 * m + 1);
    return x < 0.5 ? 1 - ((a + m) * (a + b + m) * x) / den : (a * (2 * m + 1 - b) + m * (3 * m + 2 - b) + (a + m) * (a + b + m) * y) / den;
  };
  let c = 1;
  let d = onePlusOdd(0);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    const dBefore = d;
    const cBefore = c;
    d = 1 + even * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + even / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    // 1 + odd·d and 1 + odd/c, with d − 1 = −even·dBefore·d and 1/c − 1 = −even / (cBefore·c).
    const oddStep = onePlusOdd(m);
    d = oddStep - odd * even * dBefore * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = oddStep - (odd * even) / (cBefore * c);
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1. */
export function betaRegularized(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return betaLower(x, 1 - x, a, b);
}

/**
 * I_x(a, b) from x and y = 1 − x, each given to full relative precision by the caller (for the
 * t distribution both come from t² / df, so neither is found as 1 minus the other); the log of
 * whichever is nearer 1 is taken through `log1p` of the other.
 */
function betaLower(x: number, y: number, a: number, b: number): number {
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, y, a, b)) / a : 1 - (front * betaFraction(y, x, b, a)) / b;
}

/** The beta density, for Newton steps. */
function betaDensity(x: number, a: number, b: number): number {
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
}

/**
 * The p-quantile of Beta(a, b): the x with I_x(a, b) = p, by Newton steps kept inside a bracket
 * that shrinks every step (bisection whenever Newton would leave it).
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let lo = 0;
  let hi = 1;
  // Start at the normal approximation of the mean ± spread, below 1 − 1e-12; where that is below
  // 1e-12, at the lower-tail form I_x ≈ x^a / (a B(a, b)) instead (at most 1e-12): quantiles such
  // as 1e-199 (t with one degree of freedom at p = 1e-100) are out of the bisection's reach.
  const mean = a / (a + b);
  const sd = Math.sqrt((a * b) / ((a + b) * (a + b) * (a + b + 1)));
  const start = mean + normalQuantile(p) * sd;
  let x = start > 1e-12 ? Math.min(1 - 1e-12, start) : Math.min(1e-12, Math.exp((Math.log(p * a) + logBeta(a, b)) / a));
  for (let i = 0; i < 300; i++) {
    const f = betaRegularized(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    // A density of 0 or ∞ makes the step ±∞ or 0 (back to x, now an end of the bracket): bisect.
    let next = x - f / betaDensity(x, a, b);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * x) return next;
    x = next;
  }
  return x;
}

/**
 * P(T ≤ t) for Student's t with `df` degrees of freedom (as R's `pt(t, df)`). The lower tail at
 * −|t| is ½ I_x(df/2, ½) with x = df / (df + t²) and 1 − x = t² / (df + t²), both worked out from
 * r = t² / df, so a tail of 1e-300 keeps its relative precision; above 0 it is 1 minus that.
 */
export function tCdf(t: number, df: number): number {
  const r = (t * t) / df;
  const tail = 0.5 * betaLower(1 / (1 + r), 1 / (1 + 1 / r), df / 2, 0.5);
  return t < 0 ? tail : 1 - tail;
}

/** The density of Student's t: (1 + t²/df)^(−(df+1)/2) / (√df · B(df/2, ½)). */
function tDensity(t: number, df: number): number {
  return Math.exp(-((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}

/**
 * The p-quantile of Student's t with `df` degrees of freedom (as R's `qt(p, df)`; −∞ for p ≤ 0,
 * +∞ for p ≥ 1). With the smaller tail q = min(p, 1 − p): for q ≥ ¼ (|t| below about 1) through
 * t² = df · y / (1 − y) with y the (1 − 2q)-quantile of Beta(½, df/2), where 1 − 2q is exact;
 * further out through t² = df · (1 − x) / x with x the 2q-quantile of Beta(df/2, ½), then one
 * Newton step on `tCdf`, whose tail is computed without cancellation: x near 1 (large df) leaves
 * 1 − x short of digits, and the step restores them. Agrees with R's `qt` to about 1e-12 relative
 * for q from 1e-12 (see test/mutation-stats-distributions.test.ts).
 */
export function tQuantile(p: number, df: number): number {
  const tail = p < 0.5 ? p : 1 - p;
  let t: number;
  if (tail >= 0.25) {
    const y = betaQuantile(1 - 2 * tail, 0.5, df / 2);
    t = Math.sqrt((df * y) / (1 - y));
  } else {
    const x = betaQuantile(2 * tail, df / 2, 0.5);
    t = Math.sqrt((df * (1 - x)) / x);
    // Newton on tCdf(−t) = tail. Not finite only at ±∞ (p ≤ 0 or p ≥ 1) or where t² overflows.
    const step = (tCdf(-t, df) - tail) / tDensity(t, df);
    if (Number.isFinite(step)) t += step;
  }
  return p < 0.5 ? -t : t;
}

/**
 * The p-quantile of F(df1, df2) (as R's `qf(p, df1, df2)`). F = (df2/df1) · x / (1 − x) with x
 * the p-quantile of Beta(df1/2, df2/2); above ½ through 1 − x instead, the (1 − p)-quantile of
 * Beta(df2/2, df1/2) (1 − p is exact there), so the far tail of each side is solved where it is
 * near 0. Then one Newton step on the CDF in the smaller tail, both tails computed from
 * u = df1·F/df2 without cancellation, which restores the digits an x (or 1 − x) near 1 lacks.
 */
export function fQuantile(p: number, df1: number, df2: number): number {
  const a = df1 / 2;
  const b = df2 / 2;
  const lower = p < 0.5;
  const x = lower ? betaQuantile(p, a, b) : betaQuantile(1 - p, b, a);
  const f = lower ? (df2 * x) / (df1 * (1 - x)) : (df2 * (1 - x)) / (df1 * x);
  const u = (df1 * f) / df2;
  const miss = lower ? p - betaLower(u / (1 + u), 1 / (1 + u), a, b) : betaLower(1 / (1 + u), u / (1 + u), b, a) - (1 - p);
  const density = Math.exp(Math.log(df1 / df2) + (a - 1) * Math.log(u) - (a + b) * Math.log1p(u) - logBeta(a, b));
  // Not finite only at F = 0 or ∞ (p ≤ 0 or p ≥ 1).
  const step = miss / density;
  return Number.isFinite(step) ? f + step : f;
}

/**
 * The regularized incomplete gamma functions `[P(a, x), Q(a, x)]`: a series below a + 1 and a
 * continued fraction above, each giving the smaller of the two directly (no cancellation).
 */
function gammaRegularized(a: number, x: number): [number, number] {
  const lead = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    const p = sum * Math.exp(lead);
    return [p, 1 - p];
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const q = Math.exp(lead) * h;
  return [1 - q, q];
}

/** Φ(z), the standard normal CDF: ½ (1 + P(½, z²/2)) above 0, ½ Q(½, z²/2) below (no cancellation in the tail). */
export function normalCdf(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  const [p, q] = gammaRegularized(0.5, (z * z) / 2);
  return z >= 0 ? 0.5 + 0.5 * p : 0.5 * q;
}

/** Φ⁻¹(p), the standard normal quantile (Wichura 1988, algorithm AS 241, PPND16). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r +
          3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r +
        1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    value =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r +
        6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1);
  }
  return q < 0 ? -value : value;
}
