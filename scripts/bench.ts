/**
 * `npm run bench`: score() throughput on the built package next to hand-written scorers that
 * compute the same values, bands and cut-offs, in the same run, on the same seeded answers.
 * Prints ops/s (median of rounds) and the ratio hand-written / score() (median of per-round ratios).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The built package (what users run), typed by its source.
const built = pathToFileURL(join(import.meta.dirname, '../dist/index.js')).href;
const { cbi, phq9, score } = (await import(built)) as typeof import('../src/index.js');

const N = 100_000;
const ROUNDS = 9;

/** Deterministic PRNG (mulberry32), so every run scores the same answers. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261122);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const phq9Rows = Array.from({ length: N }, () => Array.from({ length: 10 }, (_, i) => (i < 9 && random() < 0.03 ? null : pick([0, 1, 2, 3]))));
const cbiRows = Array.from({ length: N }, () => {
  const row: Record<string, number> = {};
  for (let i = 1; i <= 19; i++) if (random() > 0.1) row[`cbi_${i}`] = pick([0, 25, 50, 75, 100]);
  return row;
});

/** What a careful developer would write by hand for PHQ-9 (complete data required). */
function phq9ByHand(a: readonly (number | null)[]) {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const v = a[i];
    if (v === null || v === undefined) return { total: null, band: null, positive: null, flag: a[8] == null ? 'unanswered' : a[8]! >= 1 ? 'positive' : null };
    if (v !== 0 && v !== 1 && v !== 2 && v !== 3) throw new Error('bad');
    sum += v;
  }
  const band = sum >= 20 ? 'severe' : sum >= 15 ? 'moderately_severe' : sum >= 10 ? 'moderate' : sum >= 5 ? 'mild' : 'minimal';
  return { total: sum, band, positive: sum >= 10, flag: a[8]! >= 1 ? 'positive' : null };
}

/** The same for the CBI: means of answered items, 3/6, 4/7, 3/6, item 13 reversed, ≥ 50. */
function cbiByHand(a: Readonly<Record<string, number>>) {
  const mean = (from: number, to: number, min: number) => {
    let sum = 0;
    let n = 0;
    for (let i = from; i <= to; i++) {
      const v = a[`cbi_${i}`];
      if (v === undefined) continue;
      if (v !== 0 && v !== 25 && v !== 50 && v !== 75 && v !== 100) throw new Error('bad');
      sum += i === 13 ? 100 - v : v;
      n++;
    }
    return n < min ? null : sum / n;
  };
  const personal = mean(1, 6, 3);
  const work = mean(7, 13, 4);
  const client = mean(14, 19, 3);
  const high = (x: number | null) => (x === null ? null : x >= 50);
  return { personal, work, client, personalHigh: high(personal), workHigh: high(work), clientHigh: high(client) };
}

// The hand-written scorers must agree with score() on every row, or the comparison means nothing.
for (const row of phq9Rows) {
  const r = score(phq9, row as never);
  const h = phq9ByHand(row);
  if (r.scales.total.value !== h.total || (r.scales.total.band?.id ?? null) !== h.band || r.cutoffs.positive_screen !== h.positive) throw new Error(`phq9 mismatch on ${JSON.stringify(row)}`);
}
for (const row of cbiRows) {
  const r = score(cbi, row as never);
  const h = cbiByHand(row);
  for (const k of ['personal', 'work', 'client'] as const) {
    const a = r.scales[k].value;
    const b = h[k];
    if ((a === null) !== (b === null) || (a !== null && Math.abs(a - b!) > 1e-9)) throw new Error(`cbi ${k} mismatch on ${JSON.stringify(row)}`);
  }
  if (r.cutoffs.personal_high !== h.personalHigh || r.cutoffs.work_high !== h.workHigh || r.cutoffs.client_high !== h.clientHigh) throw new Error('cbi cut-off mismatch');
}

let sink = 0;
function time(fn: (i: number) => unknown): number {
  const start = performance.now();
  for (let i = 0; i < N; i++) if (fn(i) !== undefined) sink++;
  return N / ((performance.now() - start) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Rounds alternate engine and hand-written runs, so drift in machine speed hits both alike; the
 * ratio is the median of the per-round ratios.
 */
function compare(engine: (i: number) => unknown, hand: (i: number) => unknown): [number, number, number] {
  const e: number[] = [];
  const h: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    e.push(time(engine));
    h.push(time(hand));
  }
  return [median(e), median(h), median(h.map((x, k) => x / e[k]!))];
}

const rows = [
  ['phq9', ...compare((i) => score(phq9, phq9Rows[i] as never), (i) => phq9ByHand(phq9Rows[i]!))],
  ['cbi', ...compare((i) => score(cbi, cbiRows[i] as never), (i) => cbiByHand(cbiRows[i]!))],
] as const;

console.log(`node ${process.version}; ${N} answer sets × ${ROUNDS} rounds (median); results checked equal first`);
console.log('instrument  score() ops/s  hand-written ops/s  hand-written / score()');
for (const [id, engine, hand, ratio] of rows) {
  console.log(`${id.padEnd(10)}  ${Math.round(engine).toLocaleString('en').padStart(13)}  ${Math.round(hand).toLocaleString('en').padStart(18)}  ${ratio.toFixed(2).padStart(22)}×`);
}
if (sink === 0) console.log('');
