/**
 * Real SQL engines for the SQL export's tests: DuckDB (`@duckdb/node-api`, in memory), SQLite
 * (`sql.js`, the SQLite C library compiled to WebAssembly) and PostgreSQL (Debian's server,
 * started here on a Unix socket in a temporary directory and stopped by `close()`; queried
 * through `psql`). Each engine runs statements and returns rows as plain objects.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import initSqlJs from 'sql.js';
import type { SqlDialect } from '../src/sql/index.js';

export type Row = Record<string, unknown>;

export interface Engine {
  readonly dialect: SqlDialect;
  /** The SQL type of an item column holding decimals, NaN and infinities where the engine can. */
  readonly double: string;
  /** Whether the engine stores NaN and ±Infinity (SQLite turns NaN into NULL). */
  readonly nonFinite: boolean;
  /** A number as an SQL literal of this engine (NaN and infinities included where stored). */
  literal(x: number | null): string;
  run(sql: string): Promise<void>;
  /** Rows of a query (a `SELECT …;` statement as `toSql` writes it). */
  all(sql: string): Promise<Row[]>;
  close(): Promise<void>;
  /** PostgreSQL: the socket directory, for `psql -h` / `PGHOST`. */
  readonly host?: string;
}

const plain = (x: number | null): string => (x === null ? 'NULL' : Number.isNaN(x) ? "'NaN'" : x === Infinity ? "'Infinity'" : x === -Infinity ? "'-Infinity'" : String(x));

export async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  return {
    dialect: 'duckdb',
    double: 'DOUBLE',
    nonFinite: true,
    literal: (x) => (x !== null && !Number.isFinite(x) ? `${plain(x)}::DOUBLE` : plain(x)),
    run: async (sql) => void (await con.run(sql)),
    all: async (sql) => (await con.runAndReadAll(sql)).getRowObjects() as Row[],
    close: async () => {
      con.closeSync();
      instance.closeSync();
    },
  };
}

export async function sqlite(): Promise<Engine> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  return {
    dialect: 'sqlite',
    double: 'REAL',
    nonFinite: false,
    literal: (x) => (x !== null && !Number.isFinite(x) ? (x > 0 ? '9e999' : '-9e999') : plain(x)),
    run: async (sql) => void db.run(sql),
    all: async (sql) => {
      const results = db.exec(sql);
      const last = results[results.length - 1];
      if (last === undefined) return [];
      return last.values.map((values) => Object.fromEntries(last.columns.map((c, i) => [c, values[i]])));
    },
    close: async () => db.close(),
  };
}

/** The directory of PostgreSQL's server programs (initdb, pg_ctl), or null. */
export function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(base, versions[0]!, 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  return found.status === 0 ? join(found.stdout.trim(), '..') : null;
}

/**
 * Starts a throw-away PostgreSQL cluster on a Unix socket in a new temporary directory (no TCP
 * port). As root, the server runs as the `postgres` user (initdb refuses root).
 */
export async function postgres(): Promise<Engine> {
  const bin = postgresBin();
  if (bin === null) throw new Error('PostgreSQL server programs not found (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'wi-pg-'));
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? 'postgres' : null;
  if (user !== null) {
    const ids = execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const as = (program: string, args: string[]) => (user === null ? execFileSync(join(bin, program), args, { stdio: 'pipe' }) : execFileSync('runuser', ['-u', user, '--', join(bin, program), ...args], { stdio: 'pipe' }));
  const data = join(dir, 'data');
  try {
    as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
    as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-k ${dir} -c listen_addresses='' -c fsync=off`, 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  const psql = (sql: string): string => {
    const r = spawnSync(join(bin, 'psql'), ['-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', '-h', dir, '-U', 'postgres', '-d', 'postgres'], { input: sql, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
    return r.stdout;
  };
  return {
    host: dir,
    dialect: 'postgres',
    double: 'DOUBLE PRECISION',
    nonFinite: true,
    literal: (x) => (x !== null && !Number.isFinite(x) ? `${plain(x)}::float8` : plain(x)),
    run: async (sql) => void psql(sql),
    all: async (sql) => {
      // Rows as JSON (PostgreSQL prints doubles in their shortest exact form).
      const query = sql.trimEnd().replace(/;$/, '');
      const out = psql(`SELECT coalesce(json_agg(q), '[]') FROM (\n${query}\n) AS q;`).trim();
      return JSON.parse(out) as Row[];
    },
    close: async () => {
      try {
        as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
