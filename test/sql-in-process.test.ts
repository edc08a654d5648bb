/**
 * The SQL export run in the two in-process engines (DuckDB and SQLite through sql.js) for every
 * instrument, option set and dialect the engines parse, against `score()` on the same rows.
 *
 * sql-engines.test.ts proves the same on more rows and on a PostgreSQL server, but starting the
 * server is slow, so the mutation run (vitest.mutation.config.ts) leaves it out; this file is its
 * in-process part, small enough to run against every mutant of src/sql: a changed expression must
 * give a different result in an engine, not only a different text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import type { InstrumentDefinition, Scale } from '../src/schema/types.js';
import { toSql, type SqlDialect } from '../src/sql/index.js';
import { duckdb, sqlite, type Engine } from './sql-engines.js';
import { toy, toy2 } from './fixtures.js';
import { answerRows, differences, load, optionSets } from './sql-rows.js';

const ROWS = 250;

/** Paths no shipped instrument takes: composites, decimal lookups and products (toy, toy2), a sum and a mean under a published minimum. */
const published = (scale: Scale): Scale => (scale.items.length === 3 ? { ...scale, missing: { kind: 'min_answered', min: 2, sources: ['s'] } } : scale);
const toyMin: InstrumentDefinition = { ...toy, id: 'toymin', scales: toy.scales.map(published) };
/** Cut-offs as deep as the export follows them (64 references), and an empty `any` and `all` (false and true, as score() says). */
const chain: InstrumentDefinition['cutoffs'] = Array.from({ length: 65 }, (_, k) => ({
  id: `c${k}`,
  label: `chain ${k}`,
  criterion: k === 0 ? { scale: 'mean3', op: '>=', value: 2.5 } : { cutoff: `c${k - 1}` },
  sources: ['s'],
}));
const toyChain: InstrumentDefinition = {
  ...toy,
  id: 'toychain',
  cutoffs: [...chain, { id: 'none', label: 'any of nothing', criterion: { any: [] }, sources: ['s'] }, { id: 'every', label: 'all of nothing', criterion: { all: [] }, sources: ['s'] }],
};
const definitions: readonly InstrumentDefinition[] = [...instruments, toy, toy2, toyMin, toyChain];

/** An engine, and the dialects whose statements it runs (DuckDB also parses standard SQL's `DOUBLE PRECISION`). */
const engines: [string, () => Promise<Engine>, readonly SqlDialect[]][] = [
  ['duckdb', duckdb, ['duckdb', 'ansi', 'postgres']],
  ['sqlite', sqlite, ['sqlite']],
];

describe.each(engines)('%s (in process)', (_name, start, dialects) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await start();
  }, 60_000);
  afterAll(async () => engine.close());

  it.for(definitions.map((d) => [d.id, d] as const))('%s: every scheme, with and without proration, equals score()', async ([, def]) => {
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
