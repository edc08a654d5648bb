/**
 * The SQL export run in the two in-process engines (SQLite through sql.js for every instrument,
 * DuckDB for one of each kind) with every option set and every dialect the engines parse, against
 * `score()` on the same rows.
 *
 * sql-engines.test.ts proves the same on more rows and on a PostgreSQL server, but starting the
 * server is slow, so the mutation run (vitest.mutation.config.ts) leaves it out; this file is its
 * in-process part, small enough to run against every mutant of src/sql: a changed expression must
 * give a different result in an engine, not only a different text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import type { Cutoff, InstrumentDefinition, Scale } from '../src/schema/types.js';
import { toSql, type SqlDialect } from '../src/sql/index.js';
import { duckdb, sqlite, type Engine } from './sql-engines.js';
import { toy, toy2 } from './fixtures.js';
import { answerRows, differences, load, optionSets } from './sql-rows.js';

/** Random rows per definition (the known-answer vectors, every band and cut-off boundary, are added to them). */
const ROWS = 120;

/** Paths no shipped instrument takes: composites, decimal lookups and products (toy, toy2), a sum and a mean under a published minimum. */
const published = (scale: Scale): Scale => (scale.items.length === 3 ? { ...scale, missing: { kind: 'min_answered', min: 2, sources: ['s'] } } : scale);
const toyMin: InstrumentDefinition = { ...toy, id: 'toymin', scales: toy.scales.map(published) };
/** Cut-offs as deep as the export follows them (64 references), an empty `any` and `all` (false and true, as score() says), and two flags. */
const chain: Cutoff[] = Array.from({ length: 65 }, (_, k): Cutoff => ({
  id: `c${k}`,
  label: `chain ${k}`,
  criterion: k === 0 ? { scale: 'mean3', op: '>=', value: 2.5 } : { cutoff: `c${k - 1}` },
  sources: ['s'],
}));
const toyChain: InstrumentDefinition = {
  ...toy,
  id: 'toychain',
  cutoffs: [...chain, { id: 'none', label: 'any of nothing', criterion: { any: [] }, sources: ['s'] }, { id: 'every', label: 'all of nothing', criterion: { all: [] }, sources: ['s'] }],
  flags: [...toy.flags, { id: 'item1_high', label: 'item 1 ≥ 4', item: 'toy_1', op: '>=', value: 4, sources: ['s'] }],
};
const definitions: readonly InstrumentDefinition[] = [...instruments, toy, toy2, toyMin, toyChain];

/**
 * An engine, the dialects whose statements it runs (DuckDB also parses standard SQL's `DOUBLE
 * PRECISION`) and the definitions it runs them for: SQLite every one; DuckDB, whose optimiser is
 * slower on long CASE expressions, one of each kind (mean under a published rule, sums with
 * bands and flags, proration, lookups, products, composites, cut-off schemes and chains).
 */
const engines: [string, () => Promise<Engine>, readonly SqlDialect[], readonly InstrumentDefinition[]][] = [
  ['duckdb', duckdb, ['duckdb', 'ansi', 'postgres'], definitions.filter((d) => ['cbi', 'phq9', 'k10', 'phq2', 'toy', 'toy2', 'toymin', 'toychain'].includes(d.id))],
  ['sqlite', sqlite, ['sqlite'], definitions],
];

describe.each(engines)('%s (in process)', (_name, start, dialects, defs) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await start();
  }, 60_000);
  afterAll(async () => engine.close());

  it.for(defs.map((d) => [d.id, d] as const))('%s: every scheme, with and without proration, equals score()', async ([, def]) => {
    const table = `t_${def.id}`;
    const rows = answerRows(def, ROWS, engine.nonFinite);
    await load(engine, def, rows, `"${table}"`);
    for (const [k, options] of optionSets(def).entries()) {
      // Every dialect the engine parses once (defaults), the engine's own dialect for every option set.
      for (const dialect of k === 0 ? dialects : dialects.slice(0, 1)) {
        const { sql, columns } = toSql(def, { dialect, table, ...options });
        const actual = await engine.all(sql);
        expect(differences(def, rows, actual, columns, options).slice(0, 5), `${dialect} ${JSON.stringify(options)}`).toEqual([]);
      }
    }
  });
});
