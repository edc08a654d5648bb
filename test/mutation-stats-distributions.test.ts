/**
 * src/stats/distributions.ts against R and closed forms, over the whole range the functions
 * accept: the far tails (p from 1e-12 for t, 1e-300 for the normal), the boundary arguments
 * (p = 0 and 1, x = 0 and 1, ±∞), degrees of freedom from 0.5 to 1e6, and both branches of every
 * series and continued fraction. The R values are in test/fixtures/r/distributions.json, written
 * by `Rscript scripts/r/distributions.R` (R is not needed to run this test).
 *
 * Where R itself loses digits the test uses closed forms instead (the fixture script says which):
 * qf below p = 0.025, and qt above ½ with df < 1 (stored as −qt(1 − p, df)).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { welchInterval } from '../src/cohort/intervals.js';
import { betaQuantile, betaRegularized, fQuantile, logGamma, normalCdf, normalQuantile, tCdf, tQuantile } from '../src/stats/distributions.js';

interface Row {
  readonly f: 'qt' | 'pt' | 'qnorm' | 'pnorm' | 'pbeta' | 'qbeta' | 'qf' | 'lgamma';
  readonly args: readonly number[];
  readonly value: number;
}
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/r/distributions.json'), 'utf8')) as { readonly values: readonly Row[] };

const fns: Record<Row['f'], (...args: number[]) => number> = {
  qt: (p, df) => tQuantile(p!, df!),
  pt: (t, df) => tCdf(t!, df!),
  qnorm: (p) => normalQuantile(p!),
  pnorm: (z) => normalCdf(z!),
  pbeta: (x, a, b) => betaRegularized(x!, a!, b!),
  qbeta: (p, a, b) => betaQuantile(p!, a!, b!),
  qf: (p, a, b) => fQuantile(p!, a!, b!),
  lgamma: (x) => logGamma(x!),
};

/** |actual − expected| ≤ rel · max(|expected|, floor), with the arguments in the message. */
function close(actual: number, expected: number, rel: number, label: string, floor = 0): void {
  expect(Math.abs(actual - expected), `${label} = ${actual}, expected ${expected}`).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), floor));
}

describe('against R', () => {
  // Relative tolerances, each a few times the largest difference seen (see docs/mutation/stats.md).
  // qt: R's qt(0.5, 0.5) is 2.6e-16, not 0, hence the absolute floor. pbeta and qbeta with both
  // parameters in the thousands lose about 1e-12 in the front factor exp(a log x + b log y − log B).
  const cases: [Row['f'], number, number][] = [
    ['qt', 1e-12, 1e-3],
    ['pt', 1e-13, 0],
    ['qnorm', 2e-15, 0],
    ['pnorm', 5e-14, 0],
    ['pbeta', 3e-12, 0],
    ['qbeta', 1e-11, 0],
    ['qf', 1e-12, 0],
    ['lgamma', 2e-14, 1],
  ];
  it.each(cases)('%s', (f, rel, floor) => {
    const rows = fixture.values.filter((r) => r.f === f);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) close(fns[f](...r.args), r.value, rel, `${f}(${r.args.join(', ')})`, floor);
  });

  it('qt to 1e-12 across p in [1e-12, 1 − 1e-12] and df in {1, 2, 3, 5, 10, 30, 100, 1e6}', () => {
    const dfs = [1, 2, 3, 5, 10, 30, 100, 1e6];
    const rows = fixture.values.filter((r) => r.f === 'qt' && dfs.includes(r.args[1]!));
    expect(new Set(rows.map((r) => r.args[1])).size).toBe(dfs.length);
    expect(Math.min(...rows.map((r) => r.args[0]!))).toBe(1e-12);
    expect(Math.max(...rows.map((r) => r.args[0]!))).toBe(1 - 1e-12);
    for (const r of rows) close(tQuantile(r.args[0]!, r.args[1]!), r.value, 1e-12, `qt(${r.args.join(', ')})`, 1e-3);
  });
});

describe('t far in the tails (the quantile used to go through 1 − y)', () => {
  it('df 1 is Cauchy, tan(π(p − ½)) = −1/tan(πp): at p = 1e-4, 1e-10 and 1e-12 to 1e-13', () => {
    // Before the fix: 3e-9 relative off at p = 1e-4, and −3.2e7 for −3.2e9 at p = 1e-10.
    for (const p of [1e-4, 1e-6, 1e-10, 1e-12, 1e-15, 1e-100]) {
      const exact = -1 / Math.tan(Math.PI * p);
      close(tQuantile(p, 1), exact, 1e-13, `qt(${p}, 1)`);
      // 1 − p is rounded first (to 1 for p = 1e-100, where +∞ is right)
      if (1 - p < 1) close(tQuantile(1 - p, 1), -exact, 1e-13 + 1e-16 / p, `qt(1 − ${p}, 1)`);
      else expect(tQuantile(1 - p, 1)).toBe(Infinity);
      close(tCdf(exact, 1), p, 1e-13, `pt(${exact}, 1)`);
    }
    close(tQuantile(1e-10, 1), -3183098861.837907, 1e-12, 'qt(1e-10, 1)');
  });

  it('near ½ (|t| down to 1e-6) the quantile keeps 1e-13 relative: tan(π(p − ½)) for df 1', () => {
    // Solving through the Beta(df/2, ½) side here would leave 1e-16 absolute of the tail, 1e-11 of t.
    for (const p of [0.49999, 0.4999999, 0.5000001, 0.50001]) close(tQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-13, `qt(${p}, 1)`);
  });

  it('df 2 has t = (2p − 1) / √(2p(1 − p)) and P(T ≤ t) = ½ + t / (2√(2 + t²))', () => {
    for (const p of [1e-12, 1e-8, 1e-4, 0.01, 0.2, 0.3, 0.45, 0.49999, 0.4999999]) {
      close(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-12, `qt(${p}, 2)`);
    }
    for (const t of [-1e6, -30, -2, -0.3, 0.3, 2, 30]) {
      // the lower tail written without cancellation: ½ − |t| / (2√(2 + t²)) = 1 / (√(2 + t²) (√(2 + t²) + |t|))
      const s = Math.sqrt(2 + t * t);
      const lower = 1 / (s * (s + Math.abs(t)));
      close(tCdf(t, 2), t < 0 ? lower : 1 - lower, 1e-13, `pt(${t}, 2)`);
    }
  });

  it('is symmetric, 0 at ½, and ∓∞ at p ≤ 0 and p ≥ 1 (as R)', () => {
    for (const df of [0.5, 1, 3, 30, 1e6]) {
      expect(tQuantile(0.5, df)).toBe(0);
      for (const p of [1e-12, 0.01, 0.25, 0.3]) expect(tQuantile(1 - p, df), `${p}, ${df}`).toBeCloseTo(-tQuantile(1 - (1 - p), df), 9);
      expect([tQuantile(0, df), tQuantile(-0.5, df), tQuantile(1, df), tQuantile(1.5, df)]).toEqual([-Infinity, -Infinity, Infinity, Infinity]);
      expect([tCdf(-Infinity, df), tCdf(0, df), tCdf(Infinity, df)]).toEqual([0, 0.5, 1]);
    }
  });

  it('the two sides of the quarter tail meet: qt just inside and outside q = ¼ agrees with R', () => {
    // q ≥ ¼ goes through the Beta(½, df/2) quantile, q < ¼ through Beta(df/2, ½) and a Newton step.
    // R: qt(0.25, df) and qt(0.2499999, df) for df = 3 and 1e6 (printed with digits = 17).
    const cases: [number, number, number][] = [
      [0.25, 3, -0.76489232840434518],
      [0.2499999, 3, -0.76489271694009986],
      [0.25, 1e6, -0.67448999553108735],
      [0.2499999, 1e6, -0.67449031021781503],
    ];
    for (const [p, df, r] of cases) close(tQuantile(p, df), r, 1e-13, `qt(${p}, ${df})`);
  });

  it('the Welch interval of the cohort layer keeps its half-width t(0.975, df) × se', () => {
    // Two groups of 30 with SD 2 and 3: df by Welch–Satterthwaite (50.5257731958763); R: qt(0.975, df).
    const w = welchInterval(10, 2, 30, 8, 3, 30)!;
    const se = Math.sqrt(4 / 30 + 9 / 30);
    close(w.se, se, 1e-15, 'se');
    close(w.df, (4 / 30 + 9 / 30) ** 2 / ((4 / 30) ** 2 / 29 + (9 / 30) ** 2 / 29), 1e-15, 'df');
    close(w.ci.upper - w.ci.lower, 2 * tQuantile(0.975, w.df) * se, 1e-14, 'width');
    close(tQuantile(0.975, w.df), 2.0080413763275806, 1e-13, `qt(0.975, ${w.df})`);
  });
});

describe('F in the lower tail and at the ends', () => {
  it('F(1, 1) = tan²(πp/2) and F(2, n) = n((1 − p)^(−2/n) − 1) / 2 in both tails, from p = 1e-12 and 1 − p = 1e-8', () => {
    // Each tail is matched in its own terms: near 1, p − P(F ≤ f) would leave 1e-16 of 1 − p.
    for (const p of [1e-12, 3e-11, 1e-10, 1e-9, 1e-8, 1e-6, 1e-3, 0.3, 0.7, 0.9, 0.999, 1 - 1e-4, 1 - 1e-6, 1 - 1e-8]) {
      // tan²(πp/2) = 1 / tan²(π(1 − p)/2); 1 − p is exact for p above ½
      const f11 = p < 0.5 ? Math.tan((Math.PI * p) / 2) ** 2 : 1 / Math.tan((Math.PI * (1 - p)) / 2) ** 2;
      close(fQuantile(p, 1, 1), f11, 1e-12, `qf(${p}, 1, 1)`);
      for (const n of [3, 234]) close(fQuantile(p, 2, n), (n / 2) * Math.expm1((-2 / n) * Math.log1p(-p)), 1e-12, `qf(${p}, 2, ${n})`);
    }
  });

  it('is 0 at p ≤ 0 and ∞ at p ≥ 1, for shapes below, at and above 1', () => {
    for (const [d1, d2] of [
      [1, 4],
      [2, 4],
      [5, 4],
    ] as const) {
      expect([fQuantile(0, d1, d2), fQuantile(-1, d1, d2), fQuantile(1, d1, d2), fQuantile(2, d1, d2)]).toEqual([0, 0, Infinity, Infinity]);
    }
  });
});

describe('beta and gamma helpers', () => {
  it('I_x(a, b) with x on each side of (a + 1) / (a + b + 2), and symmetric: I_x(a, b) = 1 − I_(1−x)(b, a)', () => {
    for (const [a, b] of [
      [0.5, 0.5],
      [2, 3],
      [40, 2.5],
      [12, 250],
    ] as const) {
      for (const x of [0.01, 0.2, 0.5, 0.8, 0.99]) close(betaRegularized(x, a, b) + betaRegularized(1 - x, b, a), 1, 1e-14, `I(${x}, ${a}, ${b})`);
    }
    // I_½(a, a) = ½ exactly.
    // (a = 10 takes log B's Stirling branch at its lower end, where its last term is 8e-13.)
    for (const a of [0.5, 3, 10, 10.5, 15, 200]) close(betaRegularized(0.5, a, a), 0.5, 1e-13, `I(0.5, ${a}, ${a})`);
  });

  it('the Beta quantile inverts I_x, also far in both tails and with b = 5e5', () => {
    // (Not a = 5e5 with b = ½: there x sits within 1e-5 of 1, where one ulp of x moves I_x by 1e-10.)
    for (const [a, b] of [
      [0.5, 0.5],
      [3, 0.5],
      [0.5, 5e5],
      [1000, 1000],
    ] as const) {
      for (const p of [1e-12, 1e-6, 0.3, 0.7, 0.999]) close(betaRegularized(betaQuantile(p, a, b), a, b), p, 1e-11, `I(q(${p}), ${a}, ${b})`);
    }
  });

  it('Φ on both sides of the series / continued-fraction switch (|z| = √3) and its tails', () => {
    // Φ(z) + Φ(−z) = 1, and Φ(−z) from the Mills ratio bound φ(z)/z · (1 − 1/z²) < Φ(−z) < φ(z)/z.
    for (const z of [0.1, 1, 1.7, 1.74, 2, 5]) close(normalCdf(z) + normalCdf(-z), 1, 1e-15, `Φ(${z}) + Φ(−${z})`);
    for (const z of [10, 20, 37]) {
      const phi = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
      expect(normalCdf(-z)).toBeLessThan(phi / z);
      expect(normalCdf(-z)).toBeGreaterThan((phi / z) * (1 - 1 / (z * z)));
    }
  });
});
