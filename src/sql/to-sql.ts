/**
 * `toSql(definition, options)`: one SQL query that scores a table of responses inside the
 * database, column for column as `score()` and the command line's `score` do.
 *
 * @module
 */
import { scoreColumns, type ScoreColumn } from '../interop/columns.js';
import type { IssueSink } from '../scoring/read.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { compile } from '../scoring/compile.js';
import { chooseCutoffSchemes, chooseSchemes } from '../scoring/score.js';
import { PACKAGE_VERSION } from '../version.js';
import { DOUBLE, literal, quoteName, quoteQualified, SQL_DIALECTS, SqlExportError, type SqlDialect } from './dialect.js';
import { InstrumentSql } from './expressions.js';

/** Options of {@link toSql}. */
export interface SqlOptions {
  /** SQL dialect (default `ansi`); see the guide for what differs. */
  readonly dialect?: SqlDialect;
  /**
   * The table or view holding one row per response (default `responses`). A string is one name
   * (quoted as is, dots included); an array is a qualified name, e.g. `['survey', 'responses']`.
   */
  readonly table?: string | readonly string[];
  /**
   * Column name → item id, for columns not named like the items (the command line's `--map`
   * JSON). Every other item is read from the column named like its id.
   */
  readonly map?: Readonly<Record<string, string>>;
  /** Prefix of the result columns (default `<id>_`, as the command line's `score`). */
  readonly prefix?: string;
  /** The package's proration rule, as `score()`'s `prorate`; adds a `<scale>_prorated` column per scale. */
  readonly prorate?: boolean;
  /** A named band scheme per scale id, as `score()`'s `bandSchemes`. */
  readonly bandSchemes?: Readonly<Record<string, string>>;
  /** A named criterion per cut-off id, as `score()`'s `cutoffSchemes`. */
  readonly cutoffSchemes?: Readonly<Record<string, string>>;
  /** Wrap the query in `CREATE VIEW <view> AS`; a string is one name, an array a qualified name. */
  readonly view?: string | readonly string[];
}

/** A result column of the query (same names and kinds as the command line's `score` output). */
export type SqlColumn = ScoreColumn;

/** What {@link toSql} returns. */
export interface SqlExport {
  /** One statement (`SELECT …;` or `CREATE VIEW … AS SELECT …;`). */
  readonly sql: string;
  /** The result columns it appends after the source table's own columns, in order. */
  readonly columns: readonly SqlColumn[];
  /** Where the query's output differs from `score()` in form (never in a score). */
  readonly notes: readonly string[];
}

/** Line comments stay one line whatever a definition's text holds. */
const comment = (text: string): string => `-- ${text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ')}`;

/**
 * SQL that scores every row of a table of responses (one row per response, one numeric column
 * per item) exactly as `score()` does: reverse keys, sums and means, linear and lookup
 * conversions, composites and product sums; the published missing-data rule or else every item
 * (a scale short of answers is NULL, never a partial sum); proration only when asked; bands,
 * cut-offs in three-valued logic (TRUE, FALSE, NULL when not determinable) and item flags.
 * Thresholds are compared in integers (a mean of 17/8 against 2.10 decides as `score()` does).
 * A value that is not one of an item's options makes every scale that uses the item NULL, the
 * row's `<id>_valid` FALSE and its `<id>_issues` name the item.
 *
 * The result columns come after the source table's own (`SELECT r.*, …`) and are named as the
 * command line's `score` names them (`phq9_total`, `phq9_total_band`, `phq9_positive_screen`,
 * `phq9_suicidal_ideation`, `phq9_valid`, `phq9_issues`). Every table, column and view name is
 * a quoted identifier, so no name can change the statement; no value is ever written into it.
 * The generator needs no database.
 *
 * @throws {SqlExportError} for an unknown scheme, a `map` that names an unknown item or maps an
 *   item twice, or a name that cannot be quoted (empty, NUL, too long for the dialect).
 *
 * @example
 * ```ts
 * import { phq9 } from 'wellbeing-instruments';
 * import { toSql } from 'wellbeing-instruments/sql';
 * const { sql } = toSql(phq9, { dialect: 'postgres', table: ['survey', 'responses'], view: 'phq9_scored' });
 * ```
 */
export function toSql(definition: InstrumentDefinition, options: SqlOptions = {}): SqlExport {
  const dialect = options.dialect ?? 'ansi';
  if (!SQL_DIALECTS.includes(dialect)) throw new SqlExportError(`unknown SQL dialect "${String(dialect)}" (dialects: ${SQL_DIALECTS.join(', ')})`);
  const c = compile(definition);
  const prorate = options.prorate === true;

  const problems: string[] = [];
  const issues: IssueSink = { add: (_code, message) => void problems.push(message) };
  const schemes = options.bandSchemes === undefined ? c.defaults.schemes : chooseSchemes(c, options.bandSchemes, issues);
  const cutoffChoice = options.cutoffSchemes === undefined ? c.defaults.cutoffSchemeChoice : chooseCutoffSchemes(c, options.cutoffSchemes, issues);
  if (problems.length > 0) throw new SqlExportError(problems.map((m) => m.replace(/; (the default was used|"[^"]*" was ignored)$/, '')).join('; '));
  const criteria = cutoffChoice.map((scheme, i) => scheme?.criterion ?? c.defaults.criteria[i]!);

  const columnOf = itemColumns(definition, options.map ?? {});
  const quoted = columnOf.map((name) => quoteName(name, dialect, 'item column'));
  const sql = new InstrumentSql(c, quoted, prorate);
  const double = DOUBLE[dialect];
  const scaleAt = (id: string) => c.scaleOrder.findIndex((s) => s.id === id);
  const columns = scoreColumns(definition, options.prefix, prorate);

  const anyInvalid = definition.items.map((_, i) => sql.invalid(i)).join(' OR ');
  const select = columns.map((column) => {
    let expression: string;
    switch (column.kind) {
      case 'scale':
        expression = sql.value(sql.scales[c.scaleOrder[scaleAt(column.scale)]!.index]!, double);
        break;
      case 'band': {
        const scheme = schemes[scaleAt(column.scale)] ?? null;
        expression = scheme === null ? 'NULL' : sql.band(sql.scales[c.scaleOrder[scaleAt(column.scale)]!.index]!, scheme);
        break;
      }
      case 'prorated':
        expression = sql.scales[c.scaleOrder[scaleAt(column.scale)]!.index]!.prorated;
        break;
      case 'cutoff':
        expression = sql.criterion(criteria[c.cutoffs.findIndex((co) => co.id === column.cutoff)]!, criteria);
        break;
      case 'flag':
        expression = sql.flag(c.flags.flatMap((f, k) => (f.positive.id === column.flag ? [k] : [])));
        break;
      case 'valid':
        expression = `CASE WHEN ${anyInvalid} THEN FALSE ELSE TRUE END`;
        break;
      case 'issues':
        expression = `NULLIF(TRIM(${definition.items.map((item, i) => `CASE WHEN ${sql.invalid(i)} THEN ${literal(`invalid_value:${item.id} `)} ELSE '' END`).join(' || ')}), '')`;
        break;
    }
    return `  ${expression} AS ${quoteName(column.name, dialect, 'result column')}`;
  });

  const header = [
    comment(`${definition.shortName} (${definition.id}, definition ${definition.version}) scored by wellbeing-instruments ${PACKAGE_VERSION}, dialect ${dialect}.`),
    ...(prorate ? c.defaults.proratedRules : c.defaults.rules).map(comment),
    ...schemes.flatMap((s, i) => (s === null ? [] : [comment(`bands of ${c.scaleOrder[i]!.id}: scheme ${s.scheme}`)])),
    ...cutoffChoice.flatMap((s, i) => (s === null ? [] : [comment(`cut-off ${c.cutoffs[i]!.id}: scheme ${s.id}`)])),
  ];
  const query = `SELECT "r".*,\n${select.join(',\n')}\nFROM ${quoteQualified(options.table ?? 'responses', dialect, 'table')} AS "r"`;
  const statement = options.view === undefined ? query : `CREATE VIEW ${quoteQualified(options.view, dialect, 'view')} AS\n${query}`;
  return {
    sql: `${header.join('\n')}\n${statement};\n`,
    columns,
    notes: [
      `item columns must be numeric; a value that is not an option (NaN and ±Infinity included) is reported as invalid_value, where score() distinguishes invalid_type and not_finite`,
    ],
  };
}

/** The column each item is read from (item order): `map`'s column, or the item id. */
function itemColumns(definition: InstrumentDefinition, map: Readonly<Record<string, string>>): string[] {
  const columns = definition.items.map((item) => item.id);
  const mapped = new Set<string>();
  for (const [column, itemId] of Object.entries(map)) {
    const at = definition.items.findIndex((item) => item.id === itemId);
    if (at < 0) throw new SqlExportError(`map: "${itemId}" is not an item of ${definition.id} (items: ${definition.items.map((i) => i.id).join(', ')})`);
    if (mapped.has(itemId)) throw new SqlExportError(`map: item ${itemId} is mapped from two columns`);
    mapped.add(itemId);
    columns[at] = column;
  }
  return columns;
}
