/**
 * Rows for the SQL export's engine tests, and what `score()` says each result column must hold.
 */
import type { ScoreOptions, ScoreResult } from '../src/schema/result.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/index.js';
import type { SqlColumn } from '../src/sql/index.js';
import { vectors } from '../src/testing/index.js';
import { answerSet, prng, seedOf } from './random-answers.js';
import type { Engine, Row } from './sql-engines.js';

export type Answers = (number | null)[];

const valuesOf = (def: InstrumentDefinition, itemId: string): number[] => {
  const item = def.items.find((i) => i.id === itemId)!;
  return def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
};

/**
 * `count` seeded random answer sets (extremes, about half missing, all answered, some missing;
 * see random-answers.ts), about one in five with a value that is not an option (out of range,
 * a fraction, large, and NaN or ±Infinity where the engine stores them), then every known-answer
 * vector whose answers are numbers keyed by item id (every boundary of every band and cut-off).
 */
export function answerRows(def: InstrumentDefinition, count: number, nonFinite: boolean): Answers[] {
  const random = prng(seedOf(def.id) ^ 0x5ee1);
  const rows: Answers[] = [];
  for (let k = 0; k < count; k++) {
    const set = answerSet(def, k, random);
    const row = def.items.map((item) => set[item.id] ?? null);
    if (random() < 0.2) {
      const j = Math.floor(random() * row.length);
      const values = valuesOf(def, def.items[j]!.id);
      const bad = [Math.max(...values) + 1, Math.min(...values) - 1, Math.min(...values) + 0.5, 1e6, -3, ...(nonFinite ? [NaN, Infinity, -Infinity] : [])];
      row[j] = bad[Math.floor(random() * bad.length)]!;
    }
    rows.push(row);
  }
  for (const c of vectors(def)) {
    if (Array.isArray(c.answers)) continue;
    const answers = c.answers as Readonly<Record<string, unknown>>;
    const ids = new Set(def.items.map((i) => i.id));
    if (!Object.entries(answers).every(([key, v]) => ids.has(key) && (v === null || (typeof v === 'number' && (nonFinite || Number.isFinite(v)))))) continue;
    rows.push(def.items.map((item) => (answers[item.id] as number | null | undefined) ?? null));
  }
  return rows;
}

/** Creates `table` (quoted name) with an `id` column and one column per item, and fills it. */
export async function load(engine: Engine, def: InstrumentDefinition, rows: readonly Answers[], table = '"responses"', columns = def.items.map((i) => `"${i.id}"`), type = engine.double): Promise<void> {
  await engine.run(`CREATE TABLE ${table} (id INTEGER, ${columns.map((c) => `${c} ${type}`).join(', ')});`);
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    await engine.run(`INSERT INTO ${table} VALUES ${chunk.map((row, k) => `(${start + k}, ${row.map((x) => engine.literal(x)).join(', ')})`).join(', ')};`);
  }
}

/** What a result column holds for a `score()` result (an invalid answer's issues named by item). */
export function expectedCell(result: ScoreResult, column: SqlColumn): unknown {
  switch (column.kind) {
    case 'scale':
      return result.scales[column.scale]!.value;
    case 'band':
      return result.scales[column.scale]!.band?.id ?? null;
    case 'prorated':
      return result.scales[column.scale]!.prorated;
    case 'cutoff':
      return result.cutoffs[column.cutoff] ?? null;
    case 'flag':
      return result.flags.find((f) => f.id === column.flag)?.status ?? null;
    case 'valid':
      return result.valid;
    case 'issues':
      return result.issues.length === 0 ? null : result.issues.map((i) => `${i.code === 'not_finite' ? 'invalid_value' : i.code}:${i.item ?? ''}`).join(' ');
  }
}

/** An engine's cell in JavaScript terms (SQLite's 1/0 booleans as booleans). */
function actualCell(value: unknown, column: SqlColumn): unknown {
  const boolean = column.kind === 'prorated' || column.kind === 'cutoff' || column.kind === 'valid';
  return boolean && typeof value === 'number' ? value === 1 : value;
}

/** Every cell where the engine's rows differ from `score()` (rows matched by `id`). */
export function differences(def: InstrumentDefinition, rows: readonly Answers[], actual: readonly Row[], columns: readonly SqlColumn[], options: ScoreOptions): string[] {
  const out: string[] = [];
  if (actual.length !== rows.length) out.push(`${actual.length} rows came back for ${rows.length}`);
  for (const row of actual) {
    const id = Number(row.id);
    const answers = rows[id]!;
    const result = score(def, answers as never, options) as ScoreResult;
    for (const column of columns) {
      const want = expectedCell(result, column);
      const got = actualCell(row[column.name], column);
      if (!Object.is(want, got) && !(want === 0 && got === 0)) out.push(`row ${id} [${answers.map(String).join(',')}] ${column.name}: score() ${JSON.stringify(want)}, engine ${JSON.stringify(got)}`);
    }
  }
  return out;
}

/** Every option set to prove: defaults, proration, each named band scheme and each named cut-off scheme. */
export function optionSets(def: InstrumentDefinition): { readonly prorate?: boolean; readonly bandSchemes?: Record<string, string>; readonly cutoffSchemes?: Record<string, string> }[] {
  const sets: { prorate?: boolean; bandSchemes?: Record<string, string>; cutoffSchemes?: Record<string, string> }[] = [{}, { prorate: true }];
  for (const scale of def.scales) for (const scheme of scale.bandSchemes) if (scheme.default !== true && scale.bandSchemes.length > 1) sets.push({ bandSchemes: { [scale.id]: scheme.id } });
  for (const cutoff of def.cutoffs) for (const scheme of cutoff.schemes ?? []) if (scheme.default !== true) sets.push({ cutoffSchemes: { [cutoff.id]: scheme.id } });
  return sets;
}
