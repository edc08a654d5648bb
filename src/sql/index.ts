/**
 * SQL: score a table of responses inside PostgreSQL, DuckDB, SQLite or a warehouse, exactly as
 * `score()` does. Import from `wellbeing-instruments/sql`. The generator needs no database.
 *
 * @module sql
 */
export { toSql, type SqlColumn, type SqlExport, type SqlOptions } from './to-sql.js';
export type { ScoreColumn } from '../interop/columns.js';
export { SQL_DIALECTS, SqlExportError, type SqlDialect } from './dialect.js';
