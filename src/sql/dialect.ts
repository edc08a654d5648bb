/**
 * What differs between the SQL dialects the export writes, and safe quoting of names.
 *
 * Every dialect gets the same query: integer arithmetic on CASE expressions, `IN` lists,
 * three-valued `AND`/`OR`, `COALESCE`, `NULLIF`, `TRIM` and `||`. They differ in:
 * - the floating-point type a score is divided in (`DOUBLE PRECISION`, DuckDB's `DOUBLE`,
 *   SQLite's `REAL`);
 * - booleans: PostgreSQL, DuckDB and standard SQL return `BOOLEAN`; SQLite returns 1 / 0;
 * - the longest name: PostgreSQL cuts names at 63 bytes (so a longer output name is an error
 *   here rather than a silently truncated, possibly clashing column).
 *
 * @internal
 * @module
 */

/** The SQL dialects `toSql` writes. */
export type SqlDialect = 'postgres' | 'duckdb' | 'sqlite' | 'ansi';

export const SQL_DIALECTS: readonly SqlDialect[] = ['postgres', 'duckdb', 'sqlite', 'ansi'];

/** Thrown for options the export cannot honour (an unknown scheme or item, a name that cannot be quoted). */
export class SqlExportError extends Error {
  override readonly name = 'SqlExportError';
}

/** The type a score's numerator is cast to before dividing, per dialect. */
export const DOUBLE: Readonly<Record<SqlDialect, string>> = { postgres: 'DOUBLE PRECISION', duckdb: 'DOUBLE', sqlite: 'REAL', ansi: 'DOUBLE PRECISION' };

const MAX_NAME_BYTES: Readonly<Record<SqlDialect, number>> = { postgres: 63, duckdb: Infinity, sqlite: Infinity, ansi: 128 };

/**
 * A name as a double-quoted identifier: any text (quotes, semicolons, comments, newlines) stays
 * one name, because the only character that ends a quoted identifier, `"`, is doubled. A NUL
 * character, an empty name and a name longer than the dialect keeps are refused.
 */
export function quoteName(name: string, dialect: SqlDialect, what: string): string {
  if (typeof name !== 'string' || name.length === 0) throw new SqlExportError(`${what}: a name must be a non-empty string`);
  if (name.includes('\u0000')) throw new SqlExportError(`${what}: ${JSON.stringify(name)} contains a NUL character, which no SQL engine accepts in a name`);
  const bytes = utf8Length(name);
  if (bytes > MAX_NAME_BYTES[dialect]) throw new SqlExportError(`${what}: "${name}" is ${bytes} bytes long; ${dialect} keeps at most ${MAX_NAME_BYTES[dialect]} (choose a shorter name or prefix)`);
  return `"${name.replace(/"/g, '""')}"`;
}

/** Bytes of a string in UTF-8 (a lone surrogate counts as the 3 bytes of its replacement). */
function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** A qualified name (`schema.table`) given as its parts, each quoted. */
export function quoteQualified(parts: string | readonly string[], dialect: SqlDialect, what: string): string {
  const list = typeof parts === 'string' ? [parts] : parts;
  if (list.length === 0) throw new SqlExportError(`${what}: a name must have at least one part`);
  return list.map((p) => quoteName(p, dialect, what)).join('.');
}

/** A text literal (`'` doubled). */
export function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A number as an SQL literal (integers and the decimals definitions are written in). */
export function numberLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new SqlExportError(`${String(x)} cannot be written as an SQL number`);
  const text = String(x);
  if (!/e/i.test(text)) return x < 0 ? `(${text})` : text;
  throw new SqlExportError(`${text} would need an exponent; the export writes only plain decimals`);
}
