/**
 * Writes the seeded synthetic datasets behind the R-agreement fixtures:
 * `test/fixtures/r/data/<name>.csv` (one row per respondent, one column per item, raw answers as
 * callers send them, empty = unanswered) and `test/fixtures/r/manifest.json` (per dataset: the
 * instrument, and per scale the items, reverse keys, method, missing-data rule, cut-offs and
 * benchmarks, so that `scripts/r/reference.R` can score and analyse the data on its own).
 *
 * Run with `npx tsx scripts/r/datasets.ts`, then `Rscript scripts/r/reference.R`. The output is
 * committed; the tests read it and do not need R.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getInstrument } from '../../src/catalogue.js';
import type { InstrumentDefinition, ScaleCondition } from '../../src/schema/types.js';

const root = join(import.meta.dirname, '../..');
const out = join(root, 'test/fixtures/r');

/** mulberry32: a small seeded PRNG, so every run writes the same data. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Spec {
  readonly name: string;
  readonly instrument: string;
  readonly n: number;
  readonly seed: number;
  /** Share of answers left blank at random. */
  readonly missing?: number;
  /** Items answered at the lowest option except with this probability (a near-constant column), or always (constant). */
  readonly rare?: Readonly<Record<string, number>>;
  /** Loading scale of the latent trait (lower = weaker items). */
  readonly strength?: number;
}

const specs: Spec[] = [
  { name: 'cbi_missing', instrument: 'cbi', n: 400, seed: 11, missing: 0.08 },
  { name: 'olbi_reverse', instrument: 'olbi', n: 250, seed: 12 },
  { name: 'phq9_near_constant', instrument: 'phq9', n: 300, seed: 13, rare: { phq9_9: 0.02 } },
  { name: 'gad7_constant', instrument: 'gad7', n: 40, seed: 14, rare: { gad7_7: 0 } },
  { name: 'who5', instrument: 'who5', n: 150, seed: 15 },
  { name: 'pss10_reverse', instrument: 'pss10', n: 200, seed: 16, strength: 0.6 },
  { name: 'mmdhp_products', instrument: 'mmdhp', n: 120, seed: 17 },
];

function simulate(def: InstrumentDefinition, spec: Spec): (number | null)[][] {
  const random = rng(spec.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const scored = new Set(def.scales.flatMap((s) => s.items));
  // Item loadings vary (0.4 … 1.2 × strength) so that omega differs from alpha.
  const loadings = def.items.map(() => (0.4 + 0.8 * random()) * (spec.strength ?? 1));
  return Array.from({ length: spec.n }, () => {
    const level = gauss();
    return def.items.map((item, i) => {
      if (!scored.has(item.id)) return null;
      const values = def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value).sort((a, b) => a - b);
      const rare = spec.rare?.[item.id];
      if (rare !== undefined) return random() < rare ? values[1 + Math.floor(random() * (values.length - 1))]! : values[0]!;
      if (spec.missing !== undefined && random() < spec.missing) return null;
      const k = values.length - 1;
      const step = Math.max(0, Math.min(k, Math.round(k / 2 + (k / 3) * (loadings[i]! * level + 0.8 * gauss()))));
      // Raw answers as sent: a reverse-keyed item is answered on the opposite end.
      return values[item.reverse === true ? k - step : step]!;
    });
  });
}

function manifestFor(def: InstrumentDefinition, spec: Spec) {
  const reverse = (id: string) => {
    const item = def.items.find((i) => i.id === id)!;
    if (item.reverse !== true) return null;
    const values = def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
    return Math.min(...values) + Math.max(...values);
  };
  const scales = def.scales.flatMap((s) => {
    const m = s.method;
    if (m.kind !== 'sum' && m.kind !== 'mean' && m.kind !== 'product_sum') return [];
    const components = m.kind === 'product_sum' ? m.pairs.map((p) => [...p]) : s.items.map((id) => [id]);
    return [
      {
        id: s.id,
        method: m.kind,
        components,
        /** Item → min + max of its options, for reverse-keyed items (scored as min + max − answer). */
        reverse: Object.fromEntries(s.items.flatMap((id) => (reverse(id) === null ? [] : [[id, reverse(id)]]))),
        minAnswered: s.missing.kind === 'min_answered' ? s.missing.min : null,
        cutoffs: def.cutoffs.flatMap((c) => (c.criterion !== undefined && 'scale' in c.criterion && c.criterion.scale === s.id ? [{ id: c.id, op: (c.criterion as ScaleCondition).op, value: (c.criterion as ScaleCondition).value }] : [])),
        benchmarks: def.benchmarks.flatMap((b) => (b.scale === s.id && b.mean !== undefined && b.sd !== undefined ? [{ id: b.id, n: b.n, mean: b.mean, sd: b.sd }] : [])),
        prevalenceBenchmarks: def.benchmarks.flatMap((b) => {
          const c = def.cutoffs.find((x) => x.id === b.cutoff);
          const crit = c?.criterion;
          return crit !== undefined && 'scale' in crit && crit.scale === s.id && b.prevalence !== undefined ? [{ id: b.id, cutoff: c!.id, n: b.n, prevalence: b.prevalence }] : [];
        }),
      },
    ];
  });
  return { name: spec.name, instrument: def.id, file: `data/${spec.name}.csv`, n: spec.n, items: def.items.map((i) => i.id), scales };
}

mkdirSync(join(out, 'data'), { recursive: true });
const manifest = specs.map((spec) => {
  const def = getInstrument(spec.instrument)!;
  const rows = simulate(def, spec);
  const csv = [def.items.map((i) => i.id).join(','), ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join(','))].join('\n');
  writeFileSync(join(out, 'data', `${spec.name}.csv`), `${csv}\n`);
  return manifestFor(def, spec);
});
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify({ generatedBy: 'scripts/r/datasets.ts', datasets: manifest }, null, 1)}\n`);
console.log(`wrote ${manifest.length} datasets to test/fixtures/r/`);
