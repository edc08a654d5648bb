/**
 * The SQL export's contract apart from the engines (those are in sql-engines.test.ts): column
 * names shared with the command line, names that cannot be quoted, option errors, what differs
 * between dialects, and `export --to sql` through the built binary, run in DuckDB on the sample
 * survey and compared with `score` on the same file.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { scoreColumns } from '../src/cli/score/plan.js';
import { cbi, k10, phq2, phq9 } from '../src/index.js';
import * as lib from '../src/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { SqlExportError, toSql } from '../src/sql/index.js';
import { SAMPLE_PATH } from '../scripts/sample.js';
import { workspace } from './cli-support.js';
import { duckdb, type Engine } from './sql-engines.js';

describe('toSql', () => {
  it.each(instruments.map((d) => [d.id, d] as const))('%s: result columns are named as score names them, after the source columns', (_id, def) => {
    for (const prorate of [false, true]) {
      const { sql, columns } = toSql(def, { prorate });
      expect(columns).toEqual(scoreColumns(def, undefined, prorate));
      expect(sql).toMatch(/^SELECT "r"\.\*,$/m);
      for (const c of columns) expect(sql).toContain(` AS "${c.name}"`);
    }
  });

  it('quotes every name: quotes are doubled, so a name cannot end the identifier', () => {
    const { sql } = toSql(phq9, { table: ['s"x', 'r"; DROP TABLE t; --'], map: { 'a"b': 'phq9_1' }, view: 'v"; --', prefix: 'p"_' });
    expect(sql).toContain('FROM "s""x"."r""; DROP TABLE t; --" AS "r"');
    expect(sql).toContain('CREATE VIEW "v""; --" AS');
    expect(sql).toContain('CASE "a""b" WHEN 0');
    expect(sql).toContain('AS "p""_total"');
    expect(sql.split('"').length % 2).toBe(1);
  });

  it('keeps a definition\'s text out of the statement: comments stay one line', () => {
    const hostile: InstrumentDefinition = { ...phq9, shortName: 'PHQ\nDROP TABLE responses; --' };
    const { sql } = toSql(hostile);
    expect(sql.split('\n').filter((line) => /DROP TABLE/.test(line)).every((line) => line.startsWith('-- '))).toBe(true);
  });

  it.each([
    ['a NUL in a name', { table: 'a\u0000b' }, /NUL/],
    ['an empty name', { table: '' }, /non-empty/],
    ['a PostgreSQL name over 63 bytes', { dialect: 'postgres' as const, prefix: 'x'.repeat(60) }, /63/],
    ['an unknown item in map', { map: { q1: 'phq9_99' } }, /not an item/],
    ['an item mapped twice', { map: { q1: 'phq9_1', q2: 'phq9_1' } }, /two columns/],
    ['an unknown band scheme', { bandSchemes: { total: 'nope' } }, /no band scheme "nope"/],
    ['an unknown cut-off scheme', { cutoffSchemes: { nope: 'x' } }, /unknown cut-off "nope"/],
    ['an unknown dialect', { dialect: 'mysql' as never }, /unknown SQL dialect/],
  ])('refuses %s', (_what, options, message) => {
    expect(() => toSql(phq9, options)).toThrow(SqlExportError);
    expect(() => toSql(phq9, options)).toThrow(message);
  });

  it('differs between dialects only where written down: the double type', () => {
    const types = { postgres: 'DOUBLE PRECISION', duckdb: 'DOUBLE', sqlite: 'REAL', ansi: 'DOUBLE PRECISION' } as const;
    const strip = (sql: string, type: string) => sql.replaceAll(`AS ${type})`, 'AS <double>)').replace(/dialect \w+\./, '');
    const texts = Object.entries(types).map(([dialect, type]) => strip(toSql(cbi, { dialect: dialect as keyof typeof types }).sql, type));
    expect(new Set(texts).size).toBe(1);
  });

  it('compares thresholds in integers: a CBI mean is points against threshold × answered', () => {
    const body = toSql(cbi).sql.split('\n').filter((line) => !line.startsWith('--'));
    expect(body.join('\n')).not.toMatch(/\d\.\d/);
  });

  it('names the chosen schemes and the rules in its header', () => {
    const { sql } = toSql(k10, { bandSchemes: { total: 'primary_care' } });
    expect(sql).toContain('-- bands of total: scheme primary_care');
    expect(toSql(phq2, { cutoffSchemes: { positive_screen: 'sensitive' } }).sql).toContain('-- cut-off positive_screen: scheme sensitive');
  });
});

describe('export --to sql (built binary)', () => {
  const ws = workspace('wi-sql-cli-');
  let engine: Engine;
  beforeAll(async () => {
    engine = await duckdb();
  });
  afterAll(async () => engine.close());

  it('scores the sample in DuckDB exactly as score does on the same file', async () => {
    const exported = await ws.cli(['export', 'phq9', '--to', 'sql', '--dialect', 'duckdb', '--table', 'main.survey']);
    expect(exported.code, exported.stderr).toBe(0);
    const scored = await ws.cli(['score', 'phq9', SAMPLE_PATH, '--allow-invalid', '-q']);
    expect(scored.code, scored.stderr).toBe(0);
    const cli = Papa.parse<Record<string, string>>(scored.stdout, { header: true, skipEmptyLines: true }).data;
    // Text cells stay visible: a cell that is not a number becomes NaN, which the query reports as invalid.
    await engine.run(`CREATE TABLE raw AS SELECT * FROM read_csv('${SAMPLE_PATH.replace(/'/g, "''")}', header = true, all_varchar = true);`);
    const numeric = lib.phq9.items.map((i) => `COALESCE(TRY_CAST(${i.id} AS DOUBLE), CASE WHEN trim(${i.id}) <> '' THEN 'NaN'::DOUBLE END) AS ${i.id}`);
    await engine.run(`CREATE TABLE survey AS SELECT respondent, ${numeric.join(', ')} FROM raw;`);
    const rows = await engine.all(exported.stdout);
    expect(rows.length).toBe(cli.length);
    const cell = (v: unknown) => (v === null ? '' : typeof v === 'boolean' ? String(v) : String(v));
    let invalid = 0;
    rows.forEach((row, i) => {
      const want = cli[i]!;
      expect(row.respondent).toBe(want.respondent);
      expect(cell(row.phq9_valid), String(row.respondent)).toBe(want.phq9_valid);
      if (want.phq9_valid !== 'true') {
        invalid++; // the command line leaves every score of an invalid row empty; the query, like score(), only those that use the bad item
        expect(row.phq9_issues).toMatch(/^invalid_value:phq9_\d+( invalid_value:phq9_\d+)*$/);
        return;
      }
      for (const name of ['phq9_total', 'phq9_total_band', 'phq9_positive_screen', 'phq9_suicidal_ideation']) expect(cell(row[name]), `${String(row.respondent)} ${name}`).toBe(want[name]);
    });
    expect(invalid).toBeGreaterThan(0);
    expect(invalid).toBeLessThan(rows.length / 2);
  });

  it('reads --map and writes a view; refuses options of other formats', async () => {
    ws.file('map.json', JSON.stringify({ 'Little interest': 'phq9_1' }));
    const r = await ws.cli(['export', 'phq9', '--to', 'sql', '--map', 'map.json', '--view', 'analytics.phq9_scored']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('CREATE VIEW "analytics"."phq9_scored" AS');
    expect(r.stdout).toContain('CASE "Little interest" WHEN 0');
    const wrong = await ws.cli(['export', 'phq9', '--to', 'fhir', '--dialect', 'duckdb']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--dialect applies to --to sql only');
  });
});
