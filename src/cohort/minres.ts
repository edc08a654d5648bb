/**
 * One-factor minres factor analysis of a correlation matrix, as `psych::fa(r, nfactors = 1,
 * fm = "minres")` fits it, for omega total.
 *
 * @internal
 * @module
 */

/** Smallest uniqueness allowed in the one-factor fit, as `psych::fa`'s bound on ψ (0.005). */
const MIN_UNIQUENESS = 0.005;

/**
 * One-factor minres on a correlation matrix, converged to the point `psych::fa(r, 1, fm =
 * "minres")` reaches: loadings λ and uniquenesses ψ = 1 − λ² minimising the off-diagonal
 * residuals Σ_{i<j} (r_ij − λ_i λ_j)², with ψ bounded below by 0.005 as psych bounds it.
 *
 * At that point λ is the leading eigenvector (scaled by the root of its eigenvalue) of R with
 * diagonal hᵢ² = min(λᵢ², 0.995); row i of that eigen-equation gives each loading from the
 * others (Sᵢ = Σ_{j≠i} λⱼ², Nᵢ = Σ_{j≠i} r_ij λⱼ):
 *
 * - λᵢ = Nᵢ / Sᵢ when that is within √0.995 (the least-squares update for λᵢ), otherwise
 * - the root beyond √0.995 of λ³ + (Sᵢ − 0.995) λ − Nᵢ = 0 (a Heywood case held at the bound;
 *   psych then reports a loading above √0.995 and a uniqueness 1 − λ² below 0.005).
 *
 * The loadings are updated item by item from the centroid solution until none moves by 1e-13
 * (at most 100,000 sweeps), and signed so that their sum is not negative (as `psych::fa`).
 *
 * @internal
 */
export function oneFactorMinres(r: Float64Array, k: number): Float64Array {
  const lambda = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k * k; i++) total += r[i]!;
  for (let i = 0; i < k; i++) {
    let row = 0;
    for (let j = 0; j < k; j++) row += r[i * k + j]!;
    lambda[i] = total > 0 ? row / Math.sqrt(total) : 0.5;
  }
  const cap = 1 - MIN_UNIQUENESS;
  const bound = Math.sqrt(cap);
  for (let sweep = 0; sweep < 100_000; sweep++) {
    let moved = 0;
    for (let i = 0; i < k; i++) {
      let num = 0;
      let den = 0;
      for (let j = 0; j < k; j++) {
        if (j === i) continue;
        const lj = lambda[j]!;
        num += r[i * k + j]! * lj;
        den += lj * lj;
      }
      let next = den > 0 ? num / den : 0;
      if (Math.abs(next) > bound) {
        // Newton on g(x) = x³ + (den − cap) x − |num| from x = |next|, where g > 0 and g is
        // convex and increasing: the iterates fall monotonically to the root, which lies above √cap.
        let x = Math.abs(next);
        for (let step = 0; step < 100; step++) {
          const g = x * x * x + (den - cap) * x - Math.abs(num);
          const dx = g / (3 * x * x + den - cap);
          x -= dx;
          if (Math.abs(dx) <= 1e-15 * x) break;
        }
        next = num < 0 ? -x : x;
      }
      moved = Math.max(moved, Math.abs(next - lambda[i]!));
      lambda[i] = next;
    }
    if (moved < 1e-13) break;
  }
  let sum = 0;
  for (let i = 0; i < k; i++) sum += lambda[i]!;
  if (sum < 0) for (let i = 0; i < k; i++) lambda[i] = -lambda[i]!;
  return lambda;
}
