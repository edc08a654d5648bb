/**
 * `npm run bench`: score() on the built package next to hand-written scorers for PHQ-9, CBI, MBI,
 * K10 and WHO-5, with answers as objects keyed by item id (as apps pass them) and as arrays in
 * item order, in the same run, on the same seeded answers; then the gzipped bundle sizes of
 * `import { score }` and `import { <instrument>, score }`, measured as test/bundle.test.ts does
 * (esbuild, minified, gzip).
 *
 *   tsx scripts/bench.ts            # 100,000 answer sets × 9 rounds
 *   tsx scripts/bench.ts --quick    # 20,000 × 5 (a few seconds; `npm test` ends with it)
 *   tsx scripts/bench.ts --only cbi # one instrument
 *
 * A hand-written scorer is what a careful developer writes for one instrument: it checks that
 * every answer is one of the item's options (anything else: no score), applies the instrument's
 * missing-data rule, and computes every scale value, the default band, every cut-off and every
 * flag. Each is checked equal to score() on every row before anything is timed. The answers are
 * options or unanswered (about 3 % skipped, 10 % for the CBI), as forms send them: arrays with
 * null for a skipped item, objects with every item id as a key (null where skipped).
 *
 * Printed: ops per CPU-second (median of rounds) and the ratio time(score()) / time(hand-written), the median
 * of per-round ratios (1.00× = as fast as hand-written; the goal is ≤ 1.5×): first for the default
 * score() (interpreted, no generated code), then for score() after `compileScorer` generated code
 * for the definition (rows marked "generated"), each checked equal to the hand-written scorers first.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleApp } from './bundle-app.js';

const root = join(import.meta.dirname, '..');
// The built package (what users run), typed by its source; BENCH_MODULE names another build of it.
const built = process.env.BENCH_MODULE ?? join(root, 'dist/index.js');
const lib = (await import(pathToFileURL(built).href)) as typeof import('../src/index.js');
const { score } = lib;

const quick = process.argv.includes('--quick');
const N = quick ? 20_000 : 100_000;
const ROUNDS = quick ? 5 : 9;

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

type Row = readonly (number | null)[];
type Keyed = Readonly<Record<string, number>>;
/** What a hand-written scorer returns: scale values, default bands, cut-offs, flags (null: invalid answers). */
interface Hand {
  readonly values: readonly (number | null)[];
  readonly bands: readonly (string | null)[];
  readonly cutoffs: readonly (boolean | null)[];
  readonly flags: readonly string[];
}

const OK4 = (v: unknown) => v === 0 || v === 1 || v === 2 || v === 3;
const NO_FLAGS: readonly string[] = [];

/** PHQ-9: sum of items 1–9, every item needed; Kroenke 2001 bands; ≥ 10; item 9 ≥ 1 flag; item 10 unscored. */
function phq9Hand(a: Row): Hand | null {
  let sum = 0;
  let missing = false;
  for (let i = 0; i < 10; i++) {
    const v = a[i];
    if (v === null || v === undefined) {
      if (i < 9) missing = true;
    } else if (!OK4(v)) return null;
    else if (i < 9) sum += v;
  }
  const item9 = a[8];
  const flags = item9 === null || item9 === undefined ? ['unanswered'] : item9 >= 1 ? ['positive'] : NO_FLAGS;
  if (missing) return { values: [null], bands: [null], cutoffs: [null], flags };
  const band = sum >= 20 ? 'severe' : sum >= 15 ? 'moderately_severe' : sum >= 10 ? 'moderate' : sum >= 5 ? 'mild' : 'minimal';
  return { values: [sum], bands: [band], cutoffs: [sum >= 10], flags };
}
const phq9Keyed = (o: Keyed) => phq9Hand([o.phq9_1, o.phq9_2, o.phq9_3, o.phq9_4, o.phq9_5, o.phq9_6, o.phq9_7, o.phq9_8, o.phq9_9, o.phq9_10] as Row);

const OK_CBI = (v: unknown) => v === 0 || v === 25 || v === 50 || v === 75 || v === 100;
/** Mean of the answered items `from`–`to` (1-based; item 13 reversed), null below `min` answered, undefined on a bad answer. */
function cbiMean(a: Row, from: number, to: number, min: number): number | null | undefined {
  let sum = 0;
  let n = 0;
  for (let i = from; i <= to; i++) {
    const v = a[i - 1];
    if (v === null || v === undefined) continue;
    if (!OK_CBI(v)) return undefined;
    sum += i === 13 ? 100 - v : v;
    n++;
  }
  return n < min ? null : sum / n;
}
/** CBI: three means of the answered items (at least 3 of 6, 4 of 7, 3 of 6), item 13 reversed; each ≥ 50; no bands. */
function cbiHand(a: Row): Hand | null {
  const personal = cbiMean(a, 1, 6, 3);
  const work = cbiMean(a, 7, 13, 4);
  const client = cbiMean(a, 14, 19, 3);
  if (personal === undefined || work === undefined || client === undefined) return null;
  return {
    values: [personal, work, client],
    bands: [null, null, null],
    cutoffs: [personal === null ? null : personal >= 50, work === null ? null : work >= 50, client === null ? null : client >= 50],
    flags: NO_FLAGS,
  };
}
const cbiKeyed = (o: Keyed) =>
  cbiHand([
    o.cbi_1, o.cbi_2, o.cbi_3, o.cbi_4, o.cbi_5, o.cbi_6, o.cbi_7, o.cbi_8, o.cbi_9, o.cbi_10,
    o.cbi_11, o.cbi_12, o.cbi_13, o.cbi_14, o.cbi_15, o.cbi_16, o.cbi_17, o.cbi_18, o.cbi_19,
  ] as Row);

const OK7 = (v: unknown) => v === 0 || v === 1 || v === 2 || v === 3 || v === 4 || v === 5 || v === 6;
const EE = [1, 2, 3, 6, 8, 13, 14, 16, 20];
const DP = [5, 10, 11, 15, 22];
const PA = [4, 7, 9, 12, 17, 18, 19, 21];
/** Sum of the items (1-based), null when one is unanswered (answers already checked). */
function mbiSum(a: Row, items: readonly number[]): number | null {
  let s = 0;
  for (let k = 0; k < items.length; k++) {
    const v = a[items[k]! - 1];
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}
/** MBI-HSS: three sums, every item needed; no default bands; EE ≥ 27, DP ≥ 10, burnout = either (default scheme). */
function mbiHand(a: Row): Hand | null {
  for (let i = 0; i < 22; i++) {
    const v = a[i];
    if (v !== null && v !== undefined && !OK7(v)) return null;
  }
  const ee = mbiSum(a, EE);
  const dp = mbiSum(a, DP);
  const pa = mbiSum(a, PA);
  const eeHigh = ee === null ? null : ee >= 27;
  const dpHigh = dp === null ? null : dp >= 10;
  const burnout = eeHigh === true || dpHigh === true ? true : eeHigh === null || dpHigh === null ? null : false;
  return { values: [ee, dp, pa], bands: [null, null, null], cutoffs: [eeHigh, dpHigh, burnout], flags: NO_FLAGS };
}
const mbiKeyed = (o: Keyed) =>
  mbiHand([
    o.mbi_1, o.mbi_2, o.mbi_3, o.mbi_4, o.mbi_5, o.mbi_6, o.mbi_7, o.mbi_8, o.mbi_9, o.mbi_10, o.mbi_11,
    o.mbi_12, o.mbi_13, o.mbi_14, o.mbi_15, o.mbi_16, o.mbi_17, o.mbi_18, o.mbi_19, o.mbi_20, o.mbi_21, o.mbi_22,
  ] as Row);

const OK5 = (v: unknown) => v === 1 || v === 2 || v === 3 || v === 4 || v === 5;
/** K10: sum of 10 items (1–5), every item needed; ABS bands; ≥ 22 and ≥ 30. */
function k10Hand(a: Row): Hand | null {
  let sum = 0;
  let missing = false;
  for (let i = 0; i < 10; i++) {
    const v = a[i];
    if (v === null || v === undefined) missing = true;
    else if (!OK5(v)) return null;
    else sum += v;
  }
  if (missing) return { values: [null], bands: [null], cutoffs: [null, null], flags: NO_FLAGS };
  const band = sum >= 30 ? 'very_high' : sum >= 22 ? 'high' : sum >= 16 ? 'moderate' : 'low';
  return { values: [sum], bands: [band], cutoffs: [sum >= 22, sum >= 30], flags: NO_FLAGS };
}
const k10Keyed = (o: Keyed) => k10Hand([o.k10_1, o.k10_2, o.k10_3, o.k10_4, o.k10_5, o.k10_6, o.k10_7, o.k10_8, o.k10_9, o.k10_10] as Row);

const OK6 = (v: unknown) => v === 0 || v === 1 || v === 2 || v === 3 || v === 4 || v === 5;
/** WHO-5: raw sum (0–25) and percentage (× 4), every item needed; percentage < 50; likely_depression has no default scheme (null). */
function who5Hand(a: Row): Hand | null {
  let sum = 0;
  let missing = false;
  for (let i = 0; i < 5; i++) {
    const v = a[i];
    if (v === null || v === undefined) missing = true;
    else if (!OK6(v)) return null;
    else sum += v;
  }
  if (missing) return { values: [null, null], bands: [null, null], cutoffs: [null, null], flags: NO_FLAGS };
  return { values: [sum, sum * 4], bands: [null, null], cutoffs: [sum * 4 < 50, null], flags: NO_FLAGS };
}
const who5Keyed = (o: Keyed) => who5Hand([o.who5_1, o.who5_2, o.who5_3, o.who5_4, o.who5_5] as Row);

interface Case {
  readonly id: 'phq9' | 'cbi' | 'mbi' | 'k10' | 'who5';
  readonly options: readonly number[];
  readonly skip: number;
  readonly byArray: (a: Row) => Hand | null;
  readonly byKey: (o: Keyed) => Hand | null;
}
const cases: readonly Case[] = [
  { id: 'phq9', options: [0, 1, 2, 3], skip: 0.03, byArray: phq9Hand, byKey: phq9Keyed },
  { id: 'cbi', options: [0, 25, 50, 75, 100], skip: 0.1, byArray: cbiHand, byKey: cbiKeyed },
  { id: 'mbi', options: [0, 1, 2, 3, 4, 5, 6], skip: 0.03, byArray: mbiHand, byKey: mbiKeyed },
  { id: 'k10', options: [1, 2, 3, 4, 5], skip: 0.03, byArray: k10Hand, byKey: k10Keyed },
  { id: 'who5', options: [0, 1, 2, 3, 4, 5], skip: 0.03, byArray: who5Hand, byKey: who5Keyed },
];

/** The engine's result in the hand-written scorers' shape, to check them equal. */
function asHand(r: ReturnType<typeof score>): Hand | null {
  if (!r.valid) return null;
  const scales = Object.values(r.scales) as { value: number | null; band: { id: string } | null }[];
  return {
    values: scales.map((s) => s.value),
    bands: scales.map((s) => s.band?.id ?? null),
    cutoffs: Object.values(r.cutoffs) as (boolean | null)[],
    flags: r.flags.map((f) => f.status),
  };
}
const same = (a: Hand | null, b: Hand | null) =>
  JSON.stringify(a, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)) === JSON.stringify(b, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v));

let sink = 0;
/**
 * Calls per second of CPU time used by this process (user + system, GC threads included), which
 * a busy machine disturbs far less than wall time.
 */
function time(fn: (i: number) => unknown): number {
  const start = process.cpuUsage();
  for (let i = 0; i < N; i++) if (fn(i) !== undefined) sink++;
  const used = process.cpuUsage(start);
  return N / ((used.user + used.system) / 1e6);
}
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Rounds alternate engine and hand-written runs, so drift in machine speed hits both alike; the
 * ratio is the median of the per-round ratios time(engine) / time(hand-written).
 */
function compare(engine: (i: number) => unknown, hand: (i: number) => unknown): [number, number, number] {
  const e: number[] = [];
  const h: number[] = [];
  // One untimed round of each first: the shared timing loop and score() see a new function here
  // (score() takes the generated code only after compileScorer), and re-optimise on its first calls.
  time(engine);
  time(hand);
  for (let round = 0; round < ROUNDS; round++) {
    e.push(time(engine));
    h.push(time(hand));
  }
  return [median(e), median(h), median(h.map((x, k) => x / e[k]!))];
}

const results: [string, string, number, number, number][] = [];
const generatedFor: [Case, (typeof lib)[Case['id']], Row[], Keyed[]][] = [];
const only = process.argv.indexOf('--only') >= 0 ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
for (const c of cases) {
  if (only !== undefined && c.id !== only) continue;
  const definition = lib[c.id];
  const n = definition.items.length;
  const arrays: Row[] = Array.from({ length: N }, () => Array.from({ length: n }, () => (random() < c.skip ? null : pick(c.options))));
  // Every item id as a key, null where unanswered (one shape, as a form's model gives it).
  const objects: Keyed[] = arrays.map((row) => Object.fromEntries(row.map((v, i) => [definition.items[i]!.id, v])) as Keyed);
  // The hand-written scorers must agree with score() on every row, or the comparison means nothing.
  for (let i = 0; i < N; i++) {
    const expected = asHand(score(definition, arrays[i] as never));
    if (!same(expected, c.byArray(arrays[i]!)) || !same(expected, c.byKey(objects[i]!)) || !same(expected, asHand(score(definition, objects[i] as never)))) {
      throw new Error(`${c.id}: hand-written and score() disagree on ${JSON.stringify(arrays[i])}`);
    }
  }
  results.push([c.id, 'object', ...compare((i) => score(definition, objects[i] as never), (i) => c.byKey(objects[i]!))]);
  results.push([c.id, 'array', ...compare((i) => score(definition, arrays[i] as never), (i) => c.byArray(arrays[i]!))]);
  generatedFor.push([c, definition, arrays, objects]);
}
// Then with generated code (compileScorer, opt-in): from here on score() on these definitions takes it.
for (const [c, definition, arrays, objects] of generatedFor) {
  if (!lib.compileScorer(definition).generated) throw new Error(`${c.id}: no code was generated`);
  for (let i = 0; i < N; i++) {
    const expected = asHand(score(definition, arrays[i] as never));
    if (!same(expected, c.byArray(arrays[i]!)) || !same(expected, asHand(score(definition, objects[i] as never)))) {
      throw new Error(`${c.id}: hand-written and generated score() disagree on ${JSON.stringify(arrays[i])}`);
    }
  }
  results.push([c.id, 'object, generated', ...compare((i) => score(definition, objects[i] as never), (i) => c.byKey(objects[i]!))]);
  results.push([c.id, 'array, generated', ...compare((i) => score(definition, arrays[i] as never), (i) => c.byArray(arrays[i]!))]);
}

console.log(`node ${process.version}; ${N.toLocaleString('en')} answer sets × ${ROUNDS} rounds (median); results checked equal first`);
console.log('instrument  answers            score() ops/s  hand-written ops/s  time(score()) / time(hand-written)');
for (const [id, form, engine, hand, ratio] of results) {
  console.log(
    `${id.padEnd(10)}  ${form.padEnd(17)}  ${Math.round(engine).toLocaleString('en').padStart(13)}  ${Math.round(hand).toLocaleString('en').padStart(18)}  ${ratio.toFixed(2).padStart(33)}×`,
  );
}

/** Gzipped bytes of what an app bundles for `code`, as test/bundle.test.ts measures it. */
async function gzipped(code: string): Promise<number> {
  return gzipSync(await bundleApp(code, root, { 'wellbeing-instruments': built })).length;
}
console.log('\nbundle (esbuild, minified, gzip)  bytes');
const sizes: [string, string][] = [['{ score }', 'import { score } from "wellbeing-instruments"; console.log(score);']];
for (const c of cases) sizes.push([`{ ${c.id}, score }`, `import { ${c.id}, score } from "wellbeing-instruments"; console.log(score(${c.id}, []));`]);
sizes.push(['{ phq9, compileScorer } (opt-in)', 'import { phq9, compileScorer } from "wellbeing-instruments"; console.log(compileScorer(phq9)([]));']);
for (const [name, code] of sizes) console.log(`${name.padEnd(32)}  ${(await gzipped(code)).toLocaleString('en').padStart(6)}`);
if (sink === 0) console.log('');
