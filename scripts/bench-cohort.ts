/**
 * `npm run bench` (second part): `summarize()` from the built package over 100,000 respondents of
 * the 19-item CBI, next to a hand-written summary that computes the same figures a careful
 * analyst would code directly (CBI scale means under the published missing-data rules, mean,
 * SD, type-7 quartiles, min, max, prevalence with Wilson intervals, Cronbach's alpha, alpha if
 * item deleted and corrected item–total correlations). `summarize()` also fits the one-factor
 * model for omega, computes Feldt intervals, histograms and the benchmark comparisons, which the
 * hand-written code leaves out. Both run on the same seeded answers in the same run; the shared
 * figures are checked equal first. Prints wall time per call (median of rounds) for answers
 * keyed by item id, answers as arrays in item order, and rows that are already score results.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = (file: string) => pathToFileURL(join(import.meta.dirname, '../dist', file)).href;
const { cbi, score } = (await import(dist('index.js'))) as typeof import('../src/index.js');
const { summarize } = (await import(dist('cohort.js'))) as typeof import('../src/cohort/index.js');

const N = 100_000;
const ROUNDS = 7;

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261123);
const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** Respondents with one latent burnout level, items correlated through it, item 13 reverse-keyed, 5 % of answers missing. */
const keyed = Array.from({ length: N }, () => {
  const level = gauss();
  const row: Record<string, number> = {};
  for (let i = 1; i <= 19; i++) {
    if (random() < 0.05) continue;
    const step = Math.max(0, Math.min(4, Math.round(2 + 1.1 * level + 0.9 * gauss())));
    row[`cbi_${i}`] = (i === 13 ? 4 - step : step) * 25;
  }
  return row;
});
const arrays = keyed.map((row) => Array.from({ length: 19 }, (_, i) => row[`cbi_${i + 1}`] ?? null));
const results = keyed.map((row) => score(cbi, row as never));

const SCALES = [
  { id: 'personal', from: 1, to: 6, min: 3 },
  { id: 'work', from: 7, to: 13, min: 4 },
  { id: 'client', from: 14, to: 19, min: 3 },
] as const;

/** The hand-written summary. */
function byHand(rows: readonly Readonly<Record<string, number>>[]) {
  const out: Record<string, { mean: number; sd: number; q1: number; median: number; q3: number; min: number; max: number; prevalence: number; lower: number; upper: number; alpha: number; alphaIfDeleted: number[]; rDrop: number[] }> = {};
  for (const s of SCALES) {
    const k = s.to - s.from + 1;
    const values: number[] = [];
    const complete: number[][] = [];
    for (const row of rows) {
      let sum = 0;
      let n = 0;
      const items: number[] = [];
      for (let i: number = s.from; i <= s.to; i++) {
        const v = row[`cbi_${i}`];
        if (v === undefined) continue;
        const x = i === 13 ? 100 - v : v;
        sum += x;
        n++;
        items.push(x);
      }
      if (n >= s.min) values.push(sum / n);
      if (n === k) complete.push(items);
    }
    values.sort((a, b) => a - b);
    const n = values.length;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    const q = (p: number) => {
      const h = (n - 1) * p;
      const lo = Math.floor(h);
      return values[lo]! + (h - lo) * ((values[Math.ceil(h)] ?? values[lo]!) - values[lo]!);
    };
    const positives = values.filter((v) => v >= 50).length;
    const p = positives / n;
    const z = 1.959963984540054;
    const centre = p + (z * z) / (2 * n);
    const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    // Covariance matrix of the complete cases, then alpha and the drop statistics.
    const m = complete.length;
    const means = Array.from({ length: k }, (_, j) => complete.reduce((a, r) => a + r[j]!, 0) / m);
    const cov = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => complete.reduce((acc, r) => acc + (r[a]! - means[a]!) * (r[b]! - means[b]!), 0) / (m - 1)));
    const alphaOf = (keep: number[]) => {
      let trace = 0;
      let total = 0;
      for (const a of keep) {
        trace += cov[a]![a]!;
        for (const b of keep) total += cov[a]![b]!;
      }
      return (keep.length / (keep.length - 1)) * (1 - trace / total);
    };
    const all = Array.from({ length: k }, (_, j) => j);
    const total = all.reduce((acc, a) => acc + all.reduce((x, b) => x + cov[a]![b]!, 0), 0);
    out[s.id] = {
      mean,
      sd,
      q1: q(0.25),
      median: q(0.5),
      q3: q(0.75),
      min: values[0]!,
      max: values[n - 1]!,
      prevalence: p,
      lower: (centre - spread) / (1 + (z * z) / n),
      upper: (centre + spread) / (1 + (z * z) / n),
      alpha: alphaOf(all),
      alphaIfDeleted: all.map((j) => alphaOf(all.filter((x) => x !== j))),
      rDrop: all.map((j) => {
        const col = all.reduce((x, b) => x + cov[j]![b]!, 0);
        return (col - cov[j]![j]!) / Math.sqrt(cov[j]![j]! * (total - 2 * col + cov[j]![j]!));
      }),
    };
  }
  return out;
}

// The hand-written figures must equal summarize()'s, or the comparison means nothing.
const hand = byHand(keyed);
const engine = summarize(cbi, keyed);
for (const s of SCALES) {
  const h = hand[s.id]!;
  const e = engine.scales[s.id];
  const d = e.descriptives;
  const c = engine.cutoffs[`${s.id}_high`];
  const pairs: [number | null | undefined, number][] = [
    [d.mean, h.mean], [d.sd, h.sd], [d.q1, h.q1], [d.median, h.median], [d.q3, h.q3], [d.min, h.min], [d.max, h.max],
    [c.prevalence, h.prevalence], [c.ci?.lower, h.lower], [c.ci?.upper, h.upper], [e.reliability.alpha, h.alpha],
    ...e.reliability.itemStats.map((x, j): [number | null, number] => [x.alphaIfDeleted, h.alphaIfDeleted[j]!]),
    ...e.reliability.itemStats.map((x, j): [number | null, number] => [x.correctedItemTotal, h.rDrop[j]!]),
  ];
  for (const [a, b] of pairs) if (a === null || a === undefined || Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) throw new Error(`${s.id}: summarize ${a} vs hand-written ${b}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function ms(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
const runs = { keyed: [] as number[], arrays: [] as number[], results: [] as number[], hand: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  runs.keyed.push(ms(() => summarize(cbi, keyed)));
  runs.arrays.push(ms(() => summarize(cbi, arrays)));
  runs.results.push(ms(() => summarize(cbi, results)));
  runs.hand.push(ms(() => byHand(keyed)));
}

console.log(`\nsummarize(cbi, rows): ${N.toLocaleString('en')} respondents × 19 items, ${ROUNDS} rounds (median); shared figures checked equal first`);
console.log('rows                                   ms per call');
console.log(`answers keyed by item id (summarize)  ${median(runs.keyed).toFixed(0).padStart(11)}`);
console.log(`answers as arrays (summarize)         ${median(runs.arrays).toFixed(0).padStart(11)}`);
console.log(`score results (summarize)             ${median(runs.results).toFixed(0).padStart(11)}`);
console.log(`answers keyed by item id (by hand)    ${median(runs.hand).toFixed(0).padStart(11)}`);
