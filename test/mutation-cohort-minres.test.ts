/**
 * Where the one-factor minres fit starts (issue 19, item 3): on two uncorrelated blocks of
 * equicorrelated items the fit has a local minimum on each block (loadings √ρ on one, 0 on the
 * other), and the start decides which one is reached. These pin the block `psych::fa` reaches
 * (test/fixtures/r/minres.json, written by scripts/r/minres.R), and check it by hand: on a block of
 * three or more items with correlation ρ the residuals are 0 at λ = √ρ. And two Heywood cases
 * whose least-squares updates start Newton's iteration well above its root.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneFactorMinres } from '../src/cohort/minres.js';

interface Case {
  readonly sizes: readonly number[];
  readonly rhos: readonly number[];
  readonly loadings: readonly number[];
}
interface Star {
  readonly k: number;
  readonly rho: number;
  readonly loadings: readonly number[];
}
interface Three {
  readonly r12: number;
  readonly r13: number;
  readonly r23: number;
  readonly loadings: readonly number[];
}
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/r/minres.json'), 'utf8')) as { cases: Case[]; stars: Star[]; threes: Three[] };

/** The correlation matrix of uncorrelated blocks, block b of `sizes[b]` items correlated `rhos[b]`. */
function blocks(sizes: readonly number[], rhos: readonly number[]): Float64Array {
  const group = sizes.flatMap((s, b) => Array.from({ length: s }, () => b));
  const k = group.length;
  const r = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) r[i * k + j] = i === j ? 1 : group[i] === group[j] ? rhos[group[i]!]! : 0;
  return r;
}

/** Each case with the block psych loads (0 the first, 1 the second), in the order of the fixture. */
const loadedBlock = [1, 0, 0];

describe('one-factor minres on two uncorrelated blocks: the block psych::fa(r, 1, fm = "minres") loads', () => {
  it.each(fixture.cases.map((c, n) => [`${c.sizes.join(' + ')} items at ρ = ${c.rhos.join(', ')}`, c, loadedBlock[n]!] as const))('%s', (_, c, loaded) => {
    const l = Array.from(oneFactorMinres(blocks(c.sizes, c.rhos), c.loadings.length));
    // By hand: the loaded block at √ρ (its residuals are then 0), the other at 0.
    const hand = c.sizes.flatMap((s, b) => Array.from({ length: s }, () => (b === loaded ? Math.sqrt(c.rhos[b]!) : 0)));
    hand.forEach((v, j) => expect(l[j], `item ${j + 1} by hand`).toBeCloseTo(v, 10));
    c.loadings.forEach((v, j) => expect(l[j], `item ${j + 1} against psych`).toBeCloseTo(v, 10));
  });
});

describe('one-factor minres: one item correlated ρ with k − 1 uncorrelated items (a Heywood case)', () => {
  it('20 items, ρ = .22 (positive definite: 19 × .22² < 1): the hub is held at ψ = 0.005, each spoke is N/S; psych::fa agrees to 1e-4', () => {
    const star = fixture.stars[0]!;
    expect([star.k, star.rho]).toEqual([20, 0.22]);
    const k = 20;
    const r = new Float64Array(k * k);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) r[i * k + j] = i === j ? 1 : i === 0 || j === 0 ? 0.22 : 0;
    const l = oneFactorMinres(r, k);
    const [a, b] = [l[0]!, l[1]!];
    // Each sweep's least-squares update for the hub, 19 × 0.22 b / (19 b²) = 0.22 / b ≈ 1.46, is far above √0.995,
    // so Newton's iteration on the hub's cubic starts well above its root.
    expect(0.22 / b).toBeGreaterThan(1.4);
    expect(a).toBeGreaterThan(1);
    // The hub: a³ + (S − 0.995) a − N = 0 with S = 19 b², N = 19 × 0.22 b.
    expect(a ** 3 + (19 * b * b - 0.995) * a - 19 * 0.22 * b).toBeCloseTo(0, 12);
    // Each spoke: N / S = 0.22 a / (a² + 18 b²).
    for (let j = 1; j < k; j++) expect(l[j]).toBeCloseTo((0.22 * a) / (a * a + 18 * b * b), 12);
    // psych::fa(r, 1, fm = "minres")$loadings: 1.07246, 0.15108 × 19 (psych stops early)
    star.loadings.forEach((v, j) => expect(Math.abs(l[j]! - v), `item ${j + 1}`).toBeLessThan(1e-4));
  });
});

describe('one-factor minres: three items, one barely related to the others (a Heywood case from the first sweeps)', () => {
  it('r = −.02, .01, −.82 (positive definite): λ₂² would be r₁₂r₂₃/r₁₃ = 1.64, so item 2 is held at ψ = 0.005; psych::fa agrees to 1e-4', () => {
    const three = fixture.threes[0]!;
    expect([three.r12, three.r13, three.r23]).toEqual([-0.02, 0.01, -0.82]);
    const l = oneFactorMinres(Float64Array.from([1, -0.02, 0.01, -0.02, 1, -0.82, 0.01, -0.82, 1]), 3);
    const [a, b, c] = [l[0]!, l[1]!, l[2]!];
    expect(b).toBeGreaterThan(Math.sqrt(0.995));
    // Item 2 solves b³ + (S − 0.995) b − |N| = 0 (S = a² + c², N = −.02 a − .82 c); items 1 and 3 are N / S of their rows.
    expect(b ** 3 + (a * a + c * c - 0.995) * b - Math.abs(-0.02 * a - 0.82 * c)).toBeCloseTo(0, 12);
    expect(a).toBeCloseTo((-0.02 * b + 0.01 * c) / (b * b + c * c), 12);
    expect(c).toBeCloseTo((0.01 * a - 0.82 * b) / (a * a + b * b), 12);
    // psych::fa(r, 1, fm = "minres")$loadings: −0.016862, 0.997569, −0.821889 (psych stops early)
    three.loadings.forEach((v, j) => expect(Math.abs(l[j]! - v), `item ${j + 1}`).toBeLessThan(1e-4));
  });
});
