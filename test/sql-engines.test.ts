/**
 * The SQL export on real engines: for every instrument, every band and cut-off scheme, with and
 * without proration, DuckDB, SQLite and PostgreSQL score ≥ 1,000 random answer sets (missing
 * and invalid values included) plus the known-answer vectors exactly as `score()` does.
 * PostgreSQL is started on a Unix socket in a temporary directory; under CI=true a PostgreSQL
 * that cannot start fails the tests instead of skipping them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { phq9 } from '../src/instruments/phq9/index.js';
import { toSql } from '../src/sql/index.js';
import { duckdb, postgres, sqlite, type Engine } from './sql-engines.js';
import { answerRows, differences, load, optionSets } from './sql-rows.js';

const ROWS = 1000;

const engines: [string, () => Promise<Engine>][] = [
  ['duckdb', duckdb],
  ['sqlite', sqlite],
  ['postgres', postgres],
];

describe.each(engines)('%s', (name, start) => {
  let engine: Engine | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      engine = await start();
    } catch (error) {
      failure = error;
    }
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  });
  /** The engine, or: a failure under CI (and for the in-process engines), a skip elsewhere. */
  const use = (ctx: { skip: (note?: string) => never }): Engine => {
    if (engine !== undefined) return engine;
    if (process.env.CI === 'true' || name !== 'postgres') throw failure;
    return ctx.skip(`PostgreSQL could not start: ${String(failure)}`);
  };

  it.for(instruments.map((d) => [d.id, d] as const))('%s: every scheme, with and without proration, equals score()', async ([, def], ctx) => {
    const e = use(ctx);
    const table = `"t_${def.id}"`;
    const rows = answerRows(def, ROWS, e.nonFinite);
    expect(rows.length).toBeGreaterThanOrEqual(ROWS);
    await load(e, def, rows, table);
    for (const options of optionSets(def)) {
      const { sql, columns } = toSql(def, { dialect: e.dialect, table: `t_${def.id}`, ...options });
      const actual = await e.all(sql);
      expect(differences(def, rows, actual, columns, options).slice(0, 5), JSON.stringify(options)).toEqual([]);
    }
  });

  it('integer item columns, a mapped column and a view', async (ctx) => {
    const e = use(ctx);
    const rows = answerRows(phq9, 300, false).map((r) => r.map((x) => (x === null ? null : Math.round(x))));
    const columns = phq9.items.map((i) => (i.id === 'phq9_3' ? '"Sleep trouble"' : `"${i.id}"`));
    await load(e, phq9, rows, '"ints"', columns, 'INTEGER');
    const { sql, columns: out } = toSql(phq9, { dialect: e.dialect, table: 'ints', map: { 'Sleep trouble': 'phq9_3' }, view: 'ints_scored' });
    await e.run(sql);
    const actual = await e.all('SELECT * FROM "ints_scored";');
    expect(Object.keys(actual[0]!)).toEqual(['id', ...phq9.items.map((i) => (i.id === 'phq9_3' ? 'Sleep trouble' : i.id)), ...out.map((c) => c.name)]);
    expect(differences(phq9, rows, actual, out, {}).slice(0, 5)).toEqual([]);
  });

  it('hostile table, column, view and prefix names stay names', async (ctx) => {
    const e = use(ctx);
    await e.run('CREATE TABLE "keep" (x INTEGER); INSERT INTO "keep" VALUES (1);');
    const hostile = ['q1"); DROP TABLE "keep"; --', "it's", '"', '/* c */ q', 'a;b', ' spaced ', 'Ünï "x" ;--', 'SELECT', 'x\nDROP TABLE "keep"'];
    const map = Object.fromEntries(hostile.map((name, k) => [name, phq9.items[k]!.id]));
    const table = 'r"; DROP TABLE "keep"; --';
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const rows = answerRows(phq9, 200, false);
    await load(e, phq9, rows, quote(table), phq9.items.map((i, k) => quote(hostile[k] ?? i.id)));
    const view = 'v"; DROP TABLE "keep"; --';
    const { sql, columns } = toSql(phq9, { dialect: e.dialect, table, map, view, prefix: 'p"; DROP TABLE "keep"; --_' });
    await e.run(sql);
    const actual = await e.all(`SELECT * FROM ${quote(view)};`);
    expect(differences(phq9, rows, actual, columns, {}).slice(0, 5)).toEqual([]);
    expect(await e.all('SELECT x FROM "keep";')).toEqual([{ x: 1 }]);
  });
});
