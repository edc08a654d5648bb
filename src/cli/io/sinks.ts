/**
 * Output formats for scored rows. A row is its pass-through part (the input's columns, as read)
 * and its score part (typed values the scoring step produced). CSV and TSV are formatted with
 * d3-dsv, which quotes a field only when it holds the delimiter, a quote or a line break; JSON
 * and NDJSON write one object per row.
 *
 * Spreadsheet safety: in CSV and TSV output, a pass-through cell (or column name) that begins
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows
 * it as text instead of running it as a formula (OWASP "CSV injection"). Plain numbers such as
 * `-3` or `+1.5` are left alone. JSON output is not for spreadsheets and is left unchanged.
 */
import type { OutputFormat } from './formats.js';

/** A value the scoring step writes: a number, text, a yes/no, a list of issues, or nothing. */
export type Value = string | number | boolean | null | readonly unknown[];

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The cell as a spreadsheet will show it: formula-like text prefixed with `'`. */
export function neutralise(cell: string): string {
  if (cell.length === 0) return cell;
  const c = cell.charCodeAt(0);
  // = + - @ \t \r
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return cell;
  return (c === 43 || c === 45) && NUMBER.test(cell) ? cell : `'${cell}`;
}

/** A pass-through value as text (JSON input can hold numbers, booleans, objects). */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An issue as `code:item` (or `code`), anything else as text. */
function issueText(x: unknown): string {
  if (typeof x !== 'object' || x === null || !('code' in x)) return String(x);
  const { code, item } = x as { code: string; item?: string };
  return item === undefined ? code : `${code}:${item}`;
}

/** A score value as a CSV cell. */
/** Small integers as text, made once (most scale values are small integer sums). */
const INTEGERS = Array.from({ length: 1024 }, (_, i) => String(i));

function scoreText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value < 1024 ? INTEGERS[value]! : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value.map(issueText).join(' ');
}

export interface Sink {
  /** True when every row has the same columns (CSV, TSV): keys a JSON record adds later have no column. */
  readonly fixedColumns: boolean;
  /** The header, written once before the rows. */
  start(passColumns: readonly string[], scoreColumns: readonly string[]): string;
  /**
   * Adds one row: pass-through cells in column order, or a JSON record, and the score values.
   * The CSV/TSV sink may reuse a pass-through array as its output row; callers must not read it
   * afterwards.
   */
  row(pass: readonly unknown[] | Readonly<Record<string, unknown>>, scores: readonly Value[]): void;
  /** The text of the rows added since the last call. */
  take(): string;
  /** Text that closes the output. */
  end(): string;
}

class DelimitedSink implements Sink {
  readonly fixedColumns = true;
  private rows: string[][] = [];
  private passColumns: readonly string[] = [];
  constructor(private readonly format: (rows: string[][]) => string) {}

  start(passColumns: readonly string[], scoreColumns: readonly string[]): string {
    this.passColumns = passColumns;
    return `${this.format([[...passColumns.map(neutralise), ...scoreColumns]])}\n`;
  }

  row(pass: readonly unknown[] | Readonly<Record<string, unknown>>, scores: readonly Value[]): void {
    const n = this.passColumns.length;
    let cells: string[];
    if (Array.isArray(pass) && pass.length === n) {
      cells = pass as string[];
      for (let i = 0; i < n; i++) {
        const cell = cells[i];
        const safe = neutralise(text(cell));
        if (safe !== cell) cells[i] = safe;
      }
    } else {
      cells = [];
      if (Array.isArray(pass)) for (let i = 0; i < n; i++) cells.push(neutralise(text(pass[i])));
      else for (let i = 0; i < n; i++) cells.push(neutralise(text((pass as Readonly<Record<string, unknown>>)[this.passColumns[i]!])));
    }
    for (let i = 0; i < scores.length; i++) cells.push(scoreText(scores[i]!));
    this.rows.push(cells);
  }

  take(): string {
    if (this.rows.length === 0) return '';
    const out = `${this.format(this.rows)}\n`;
    this.rows = [];
    return out;
  }

  end(): string {
    return '';
  }
}

class JsonSink implements Sink {
  readonly fixedColumns = false;
  private passColumns: readonly string[] = [];
  private scoreColumns: readonly string[] = [];
  private parts: string[] = [];
  private count = 0;
  constructor(private readonly lines: boolean) {}

  start(passColumns: readonly string[], scoreColumns: readonly string[]): string {
    this.passColumns = passColumns;
    this.scoreColumns = scoreColumns;
    return this.lines ? '' : '[';
  }

  row(pass: readonly unknown[] | Readonly<Record<string, unknown>>, scores: readonly Value[]): void {
    const out: Record<string, unknown> = {};
    if (Array.isArray(pass)) this.passColumns.forEach((name, i) => (out[name] = pass[i] ?? null));
    else Object.assign(out, pass);
    this.scoreColumns.forEach((name, i) => (out[name] = scores[i]));
    const json = JSON.stringify(out);
    this.parts.push(this.lines ? `${json}\n` : `${this.count === 0 ? '\n' : ',\n'}${json}`);
    this.count++;
  }

  take(): string {
    const out = this.parts.join('');
    this.parts = [];
    return out;
  }

  end(): string {
    return this.lines ? '' : this.count === 0 ? ']\n' : '\n]\n';
  }
}

/** The sink for a format (the CSV formatter is loaded on first use, so other commands start faster). */
export async function sinkFor(format: OutputFormat): Promise<Sink> {
  switch (format) {
    case 'csv':
      return new DelimitedSink((await import('d3-dsv')).csvFormatRows);
    case 'tsv':
      return new DelimitedSink((await import('d3-dsv')).tsvFormatRows);
    case 'json':
      return new JsonSink(false);
    case 'ndjson':
      return new JsonSink(true);
  }
}
