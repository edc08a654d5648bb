/**
 * `tsx scripts/bench-sql.ts [rows]` (default 10 million): PHQ-9 scored by DuckDB from the query
 * `toSql(phq9, { dialect: 'duckdb' })` writes, next to the command line's `score` on the same
 * rows (CSV in, CSV out, through the built binary: `npm run build` first). Run once each, by
 * hand (minutes, not part of `npm test`). Reports wall times, and checks that both give the same
 * total, band, cut-off and flag on every row.
 *
 * DuckDB is timed three ways: the query over a table already loaded (what a database user pays),
 * loading the CSV, and CSV in → query → CSV out (what the command line does).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { phq9 } from '../src/index.js';
import { toSql } from '../src/sql/index.js';

const ROWS = Number(process.argv[2] ?? 10_000_000);
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'wi-bench-sql-'));
const input = join(dir, 'phq9.csv');
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

try {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run('SELECT setseed(0.2026)');
  // About 2 % of answers skipped, as in scripts/bench-cli.ts.
  const items = phq9.items.map((i) => `CASE WHEN random() < 0.02 THEN NULL ELSE floor(random() * 4)::INTEGER END AS ${i.id}`);
  let t = performance.now();
  await con.run(`COPY (SELECT 'r' || i AS respondent, ${items.join(', ')} FROM range(${ROWS}) AS t(i)) TO '${input}' (HEADER)`);
  console.log(`input: ${ROWS.toLocaleString('en')} rows, ${(statSync(input).size / 1e6).toFixed(0)} MB (written in ${seconds(t)} s)`);

  t = performance.now();
  const cli = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'score', 'phq9', input, '-o', join(dir, 'cli.csv'), '--allow-invalid', '-q'], { encoding: 'utf8' });
  if (cli.status !== 0) throw new Error(cli.stderr);
  console.log(`command line score (CSV → CSV): ${seconds(t)} s`);

  const { sql } = toSql(phq9, { dialect: 'duckdb' });
  const query = sql.trimEnd().replace(/;$/, '');
  const columns = phq9.items.map((i) => `${i.id}: 'INTEGER'`).join(', ');
  const read = `read_csv('${input}', header = true, columns = {respondent: 'VARCHAR', ${columns}})`;
  t = performance.now();
  await con.run(`CREATE TABLE responses AS SELECT * FROM ${read}`);
  console.log(`DuckDB load CSV into a table: ${seconds(t)} s`);
  t = performance.now();
  await con.run(`CREATE TABLE scored AS ${query}`);
  console.log(`DuckDB generated query over the table (into a table): ${seconds(t)} s`);
  t = performance.now();
  await con.run(`COPY (${query.replace('FROM "responses" AS "r"', `FROM ${read} AS "r"`)}) TO '${join(dir, 'duck.csv')}' (HEADER)`);
  console.log(`DuckDB CSV → query → CSV: ${seconds(t)} s`);

  const compared = await con.runAndReadAll(`
    SELECT count(*) AS rows,
      count(*) FILTER (WHERE s.phq9_total IS DISTINCT FROM c.phq9_total
        OR s.phq9_total_band IS DISTINCT FROM c.phq9_total_band
        OR s.phq9_positive_screen IS DISTINCT FROM c.phq9_positive_screen
        OR s.phq9_suicidal_ideation IS DISTINCT FROM c.phq9_suicidal_ideation) AS differing,
      count(*) FILTER (WHERE s.phq9_total IS NULL) AS unscored
    FROM scored AS s JOIN read_csv('${join(dir, 'cli.csv')}', header = true, columns = {respondent: 'VARCHAR', ${phq9.items.map((i) => `${i.id}: 'INTEGER'`).join(', ')}, phq9_total: 'DOUBLE', phq9_total_band: 'VARCHAR', phq9_positive_screen: 'BOOLEAN', phq9_suicidal_ideation: 'VARCHAR', phq9_valid: 'BOOLEAN', phq9_issues: 'VARCHAR'}) AS c USING (respondent)`);
  console.log('agreement (rows, rows differing, rows without a total):', compared.getRowObjectsJson()[0]);
  con.closeSync();
  db.closeSync();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
