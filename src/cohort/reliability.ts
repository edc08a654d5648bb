/**
 * Internal consistency of a multi-item scale on complete cases: Cronbach's alpha with Feldt's
 * interval, McDonald's omega total from a one-factor minres solution, alpha if item deleted and
 * corrected item–total correlations, each defined as R's `psych` package reports it.
 *
 * @module
 */
import { fQuantile } from '../stats/distributions.js';
import type { Interval } from './intervals.js';
import { meanOf } from './describe.js';
import { oneFactorMinres } from './minres.js';
import type { StatReason } from './types.js';

/** Per-item reliability figures, on the complete cases. */
export interface ItemReliability {
  readonly item: string;
  readonly mean: number | null;
  /** SD with divisor n − 1. */
  readonly sd: number | null;
  /** Cronbach's alpha of the scale without this item (`psych::alpha(...)$alpha.drop$raw_alpha`). */
  readonly alphaIfDeleted: number | null;
  /**
   * Corrected item–total correlation: the item against the sum of the other items, from the
   * covariance matrix (`psych::alpha(...)$item.stats$r.drop`).
   */
  readonly correctedItemTotal: number | null;
  /** The item's loading in the one-factor minres solution behind omega (sign as fitted, before any flip). */
  readonly loading: number | null;
  readonly reasons: { readonly [K in 'mean' | 'sd' | 'alphaIfDeleted' | 'correctedItemTotal' | 'loading']?: StatReason };
}

/** Reliability of one scale (see {@link reliability} for every definition). */
export interface Reliability {
  /** Complete cases: rows with every item of the scale answered. */
  readonly n: number;
  /** Items the figures use (items without variance are excluded, as `psych::alpha` does). */
  readonly items: number;
  /** Cronbach's alpha from the covariance matrix (`psych::alpha(...)$total$raw_alpha`). */
  readonly alpha: number | null;
  /** Feldt's 95 % interval for alpha (`psych::alpha.ci`, reported by `psych::alpha` as "Feldt"). */
  readonly alphaCi: Interval | null;
  /** McDonald's omega total, one factor, minres (`psych::omega(x, nfactors = 1, fm = "minres")$omega.tot`). */
  readonly omegaTotal: number | null;
  readonly itemStats: readonly ItemReliability[];
  /** Items left out of every figure, and why. */
  readonly excluded: readonly { readonly item: string; readonly reason: 'zero_variance' }[];
  /** Why a figure is `null`, by field name. */
  readonly reasons: { readonly [K in 'alpha' | 'alphaCi' | 'omegaTotal']?: StatReason };
}

/** A variance this small relative to the squared mean counts as none (a constant column). */
function isZeroVariance(variance: number, mean: number): boolean {
  return !(variance > 1e-12 * (1 + mean * mean));
}

/**
 * Cronbach's alpha of the covariance sub-matrix on `keep` (indices into the k × k matrix `c`):
 * k/(k − 1) × (1 − Σ var / Σ cov), or null when the total variance is not positive.
 */
function alphaOf(c: Float64Array, k: number, keep: readonly number[]): number | null {
  const m = keep.length;
  let trace = 0;
  let total = 0;
  for (const i of keep) {
    trace += c[i * k + i]!;
    for (const j of keep) total += c[i * k + j]!;
  }
  return total > 0 ? (m / (m - 1)) * (1 - trace / total) : null;
}

const nullItem = (item: string, reason: StatReason, mean: number | null, sd: number | null): ItemReliability => ({
  item,
  mean,
  sd,
  alphaIfDeleted: null,
  correctedItemTotal: null,
  loading: null,
  reasons: { alphaIfDeleted: reason, correctedItemTotal: reason, loading: reason, ...(mean === null ? { mean: reason, sd: reason } : {}) },
});

/**
 * Reliability from complete cases held row-major in `data` (n rows × k items).
 *
 * @internal
 */
export function reliabilityOfMatrix(data: Float64Array, n: number, itemIds: readonly string[]): Reliability {
  const k = itemIds.length;
  if (k < 2) {
    const reason = 'single_item' as const;
    return { n, items: k, alpha: null, alphaCi: null, omegaTotal: null, itemStats: itemIds.map((id) => nullItem(id, reason, null, null)), excluded: [], reasons: { alpha: reason, alphaCi: reason, omegaTotal: reason } };
  }
  if (n < 3) {
    const reason = 'fewer_than_three_cases' as const;
    return { n, items: k, alpha: null, alphaCi: null, omegaTotal: null, itemStats: itemIds.map((id) => nullItem(id, reason, null, null)), excluded: [], reasons: { alpha: reason, alphaCi: reason, omegaTotal: reason } };
  }

  // Item means (two passes) and the covariance matrix about them (divisor n − 1).
  const means = new Float64Array(k);
  const column = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) column[i] = data[i * k + j]!;
    means[j] = meanOf(column);
  }
  const c = new Float64Array(k * k);
  const centred = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const row = i * k;
    for (let j = 0; j < k; j++) centred[j] = data[row + j]! - means[j]!;
    for (let a = 0; a < k; a++) {
      const x = centred[a]!;
      if (x === 0) continue;
      const out = a * k;
      for (let b = a; b < k; b++) c[out + b]! += x * centred[b]!;
    }
  }
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const v = c[a * k + b]! / (n - 1);
      c[a * k + b] = v;
      c[b * k + a] = v;
    }
  }

  const keep: number[] = [];
  const excluded: { item: string; reason: 'zero_variance' }[] = [];
  for (let j = 0; j < k; j++) {
    if (isZeroVariance(c[j * k + j]!, means[j]!)) excluded.push({ item: itemIds[j]!, reason: 'zero_variance' });
    else keep.push(j);
  }
  const m = keep.length;
  const sdOf = (j: number) => Math.sqrt(c[j * k + j]!);
  if (m < 2) {
    const reason = 'fewer_than_two_items' as const;
    return {
      n,
      items: m,
      alpha: null,
      alphaCi: null,
      omegaTotal: null,
      itemStats: itemIds.map((id, j) => nullItem(id, keep.includes(j) ? reason : 'zero_variance', means[j]!, sdOf(j))),
      excluded,
      reasons: { alpha: reason, alphaCi: reason, omegaTotal: reason },
    };
  }

  const reasons: { alpha?: StatReason; alphaCi?: StatReason; omegaTotal?: StatReason } = {};
  const alpha = alphaOf(c, k, keep);
  let alphaCi: Interval | null = null;
  if (alpha === null) {
    reasons.alpha = 'non_positive_total_variance';
    reasons.alphaCi = 'non_positive_total_variance';
  } else {
    const df1 = n - 1;
    const df2 = (n - 1) * (m - 1);
    alphaCi = { lower: 1 - (1 - alpha) * fQuantile(0.975, df1, df2), upper: 1 - (1 - alpha) * fQuantile(0.025, df1, df2) };
  }

  // Omega total: one-factor minres on the correlation matrix of the kept items.
  let loadings: Float64Array | null = null;
  let omegaTotal: number | null = null;
  if (m < 3) reasons.omegaTotal = 'fewer_than_three_items';
  else {
    const r = new Float64Array(m * m);
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        const ia = keep[a]!;
        const ib = keep[b]!;
        r[a * m + b] = a === b ? 1 : c[ia * k + ib]! / Math.sqrt(c[ia * k + ia]! * c[ib * k + ib]!);
      }
    }
    loadings = oneFactorMinres(r, m);
    // psych::omega flips items whose loading is negative before summing the matrix.
    let vt = 0;
    let uniqueness = 0;
    for (let a = 0; a < m; a++) {
      const sa = loadings[a]! < 0 ? -1 : 1;
      uniqueness += 1 - loadings[a]! * loadings[a]!;
      for (let b = 0; b < m; b++) vt += sa * (loadings[b]! < 0 ? -1 : 1) * r[a * m + b]!;
    }
    if (vt > 0) omegaTotal = 1 - uniqueness / vt;
    else reasons.omegaTotal = 'non_positive_total_variance';
  }

  let total = 0;
  const colSum = new Float64Array(k);
  for (const a of keep) for (const b of keep) colSum[a]! += c[a * k + b]!;
  for (const a of keep) total += colSum[a]!;

  const itemStats = itemIds.map((item, j): ItemReliability => {
    const position = keep.indexOf(j);
    if (position < 0) return nullItem(item, 'zero_variance', means[j]!, sdOf(j));
    const itemReasons: { alphaIfDeleted?: StatReason; correctedItemTotal?: StatReason; loading?: StatReason } = {};
    let alphaIfDeleted: number | null = null;
    if (m < 3) itemReasons.alphaIfDeleted = 'fewer_than_three_items';
    else {
      alphaIfDeleted = alphaOf(c, k, keep.filter((x) => x !== j));
      if (alphaIfDeleted === null) itemReasons.alphaIfDeleted = 'non_positive_total_variance';
    }
    const cii = c[j * k + j]!;
    const restVariance = total - 2 * colSum[j]! + cii;
    const correctedItemTotal = restVariance > 0 ? (colSum[j]! - cii) / Math.sqrt(cii * restVariance) : null;
    if (correctedItemTotal === null) itemReasons.correctedItemTotal = 'non_positive_total_variance';
    const loading = loadings === null ? null : loadings[position]!;
    if (loading === null) itemReasons.loading = 'fewer_than_three_items';
    return { item, mean: means[j]!, sd: Math.sqrt(cii), alphaIfDeleted, correctedItemTotal, loading, reasons: itemReasons };
  });

  return { n, items: m, alpha, alphaCi, omegaTotal, itemStats, excluded, reasons };
}

/**
 * Internal consistency of item data, on complete cases (rows with a `null`, `undefined` or
 * non-finite value are left out).
 *
 * - **alpha**: Cronbach's alpha from the sample covariance matrix C (divisor n − 1) of the k
 *   items, k/(k − 1) × (1 − tr C / 1ᵀC1), as `psych::alpha(...)$total$raw_alpha`.
 * - **alphaCi**: Feldt's 95 % interval, 1 − (1 − α) F(0.975; n − 1, (n − 1)(k − 1)) to
 *   1 − (1 − α) F(0.025; n − 1, (n − 1)(k − 1)), as `psych::alpha.ci` (which `psych::alpha`
 *   prints as "Feldt"). The F quantile here is exact; R's `qf` switches to a χ² approximation
 *   when (n − 1)(k − 1) > 400,000, so the bounds can differ from R's by about 1e-5 only there.
 * - **omegaTotal**: McDonald's omega total, 1 − Σψ / 1ᵀR1, where R is the item correlation
 *   matrix, ψᵢ = 1 − λᵢ² and λ the loadings of a one-factor minres solution (least squares on
 *   the off-diagonal of R, ψ ≥ 0.005), with items of negative loading reversed in R first, as
 *   `psych::omega(x, nfactors = 1, fm = "minres")$omega.tot`. In a Heywood case (an item whose
 *   fitted communality reaches the bound) ψ is taken as psych reports it, 1 − λ², slightly below 0.005.
 * - **itemStats**: per item mean, SD, alpha if the item is deleted (`alpha.drop$raw_alpha`), the
 *   corrected item–total correlation (item against the sum of the other items, `r.drop`) and the
 *   one-factor loading.
 *
 * Items with no variance are excluded from every figure and listed in `excluded` (as
 * `psych::alpha` drops them). Figures that are undefined are `null` with a reason: fewer than 3
 * complete cases, fewer than 2 items with variance (alpha), fewer than 3 (omega, alpha if
 * deleted), or a total variance that is not positive. Never NaN.
 *
 * @param rows - one array per respondent, the items' scored values (reverse keys applied) in a fixed order.
 * @param items - item names for the output; default `item_1 … item_k`.
 *
 * @example
 * ```ts
 * import { reliability } from 'wellbeing-instruments/cohort';
 * const r = reliability([[1, 2, 2], [2, 2, 3], [3, 4, 3], [4, 3, 4], [2, 2, 2]]);
 * r.alpha;       // 0.8731343283582089, as psych::alpha(...)$total$raw_alpha
 * r.alphaCi;     // { lower: 0.35899…, upper: 0.98587… } (Feldt, as psych::alpha.ci)
 * r.omegaTotal;  // 0.88864 (psych::omega(..., nfactors = 1)$omega.tot: 0.88864)
 * r.itemStats.map((s) => s.correctedItemTotal); // [0.8964, 0.6394, 0.7986] (r.drop)
 * ```
 */
export function reliability(rows: readonly (readonly (number | null | undefined)[])[], items?: readonly string[]): Reliability {
  const k = items?.length ?? rows[0]?.length ?? 0;
  const ids = items ?? Array.from({ length: k }, (_, j) => `item_${j + 1}`);
  const data = new Float64Array(rows.length * k);
  let n = 0;
  for (const row of rows) {
    if (row.length !== k) throw new RangeError(`every row needs ${k} values; got ${row.length}`);
    let complete = true;
    for (let j = 0; j < k; j++) {
      const v = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        complete = false;
        break;
      }
      data[n * k + j] = v;
    }
    if (complete) n++;
  }
  return reliabilityOfMatrix(data.subarray(0, n * k), n, ids);
}
