/**
 * Output formats for scored rows. A row is its pass-through part (the input's columns, as read)
 * and its score part (typed values the scoring step produced). CSV and TSV are formatted as
 * d3-dsv formats them, quoting a field only when it holds the delimiter, a quote or a line break
 * (d3-dsv itself formats every field that needs quoting or is not ASCII; see DelimitedSink); JSON
 * and NDJSON write one object per row.
 *
 * Spreadsheet safety: in CSV and TSV output, a pass-through cell or any column name (the
 * input's, and the score columns a `--prefix` names) gets a leading `'` when it begins with a tab
 * or a carriage return, or when its first visible character is `=`, `+`, `-` or `@` — after any
 * leading spaces, non-breaking, zero-width or other Unicode spaces, which a spreadsheet may
 * skip — so a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV
 * injection"). Plain numbers such as `-3`, ` +1.5` are left alone. JSON output is not for
 * spreadsheets and is left unchanged.
 */
import type { OutputFormat } from './formats.js';

/** A value the scoring step writes: a number, text, a yes/no, a list of issues, or nothing. */
export type Value = string | number | boolean | null | readonly unknown[];

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Characters a spreadsheet may skip before a formula: white space (Unicode's, non-breaking included) and zero-width ones. */
const INVISIBLE = /[\s\u180e\u200b-\u200d\u2060\ufeff]/;

/** The cell as a spreadsheet will show it: formula-like text prefixed with `'`. */
export function neutralise(cell: string): string {
  if (cell.length === 0) return cell;
  const c0 = cell.charCodeAt(0);
  // \t \r
  if (c0 === 9 || c0 === 13) return `'${cell}`;
  let at = 0;
  while (at < cell.length && INVISIBLE.test(cell[at]!)) at++;
  if (at === cell.length) return cell;
  const c = cell.charCodeAt(at);
  // = + - @
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64) return cell;
  return (c === 43 || c === 45) && NUMBER.test(cell.slice(at)) ? cell : `'${cell}`;
}

/** Whether a cell starting with this character code may need {@link neutralise}: = + - @, a space or control character, or any non-ASCII character. */
const mayBeFormula = (c: number) => c === 61 || c === 43 || c === 45 || c === 64 || c <= 32 || c > 127;

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

/** Small integers as UTF-8 bytes, made once (most scale values are small integer sums). */
const INTEGERS = Array.from({ length: 1024 }, (_, i) => Buffer.from(String(i)));
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

export interface Sink {
  /** True when every row has the same columns (CSV, TSV): keys a JSON record adds later have no column. */
  readonly fixedColumns: boolean;
  /** The header, written once before the rows. */
  start(passColumns: readonly string[], scoreColumns: readonly string[]): string;
  /**
   * Adds one row: pass-through cells in column order, or a JSON record, and the score values.
   * The sink does not keep `pass` or `scores`: callers may reuse them for the next row.
   */
  row(pass: readonly unknown[] | Readonly<Record<string, unknown>>, scores: readonly Value[]): void;
  /** The output of the rows added since the last call: text, or UTF-8 bytes (CSV, TSV). */
  take(): string | Uint8Array;
  /** Text that closes the output. */
  end(): string;
}

/** How d3-dsv formats one CSV or TSV field: as it is, or quoted with inner quotes doubled. */
type FormatValue = (value: string) => string;

/**
 * CSV and TSV: rows are written straight into a UTF-8 buffer, one per batch, with no string or
 * array per row. A field that d3-dsv would write as it is (ASCII, with no delimiter, quote or
 * line break, and for pass-through cells nothing that looks like a formula) is copied byte by
 * byte; any other field is formatted by d3-dsv's `formatValue` (after {@link neutralise} for
 * pass-through cells) and encoded. The output is byte for byte what `formatRows` gives for the
 * same rows; the header is written by `formatRows` itself.
 */
class DelimitedSink implements Sink {
  readonly fixedColumns = true;
  private passColumns: readonly string[] = [];
  private buffer: Buffer = Buffer.allocUnsafe(1 << 16);
  private at = 0;
  private readonly separator: number;

  constructor(
    private readonly formatRows: (rows: string[][]) => string,
    private readonly formatValue: FormatValue,
    delimiter: string,
  ) {
    this.separator = delimiter.charCodeAt(0);
  }

  start(passColumns: readonly string[], scoreColumns: readonly string[]): string {
    this.passColumns = passColumns;
    return `${this.formatRows([[...passColumns, ...scoreColumns].map(neutralise)])}\n`;
  }

  row(pass: readonly unknown[] | Readonly<Record<string, unknown>>, scores: readonly Value[]): void {
    const n = this.passColumns.length;
    if (Array.isArray(pass)) {
      for (let i = 0; i < n; i++) {
        const cell: unknown = pass[i];
        this.field(typeof cell === 'string' ? cell : text(cell), true, i === 0);
      }
    } else {
      const record = pass as Readonly<Record<string, unknown>>;
      for (let i = 0; i < n; i++) this.field(text(record[this.passColumns[i]!]), true, i === 0);
    }
    for (let i = 0; i < scores.length; i++) this.score(scores[i]!, n === 0 && i === 0);
    if (this.at + 1 > this.buffer.length) this.grow(1);
    this.buffer[this.at++] = 10;
  }

  take(): Uint8Array {
    const out = this.buffer.subarray(0, this.at);
    // The stream keeps the chunk until it is written, so the next rows go to a new buffer, sized
    // for a batch like this one (a batch with a huge field leaves no huge buffer behind).
    this.buffer = Buffer.allocUnsafe(Math.max(1 << 16, this.at + (this.at >> 2)));
    this.at = 0;
    return out;
  }

  end(): string {
    return '';
  }

  /** A bigger buffer, with room for `bytes` more bytes. */
  private grow(bytes: number): Buffer {
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + bytes));
    this.buffer.copy(bigger, 0, 0, this.at);
    return (this.buffer = bigger);
  }

  /**
   * A field (after a delimiter unless `first`): copied when d3-dsv would leave it as it is, else
   * formatted by d3-dsv; `pass` cells are neutralised first.
   */
  private field(cell: string, pass: boolean, first: boolean): void {
    const n = cell.length;
    let buffer = this.buffer;
    let at = this.at;
    if (at + n + 1 > buffer.length) buffer = this.grow(n + 1);
    const separator = this.separator;
    if (!first) buffer[at++] = separator;
    this.at = at;
    if (n === 0) return;
    const c0 = cell.charCodeAt(0);
    if (pass && mayBeFormula(c0)) {
      const safe = neutralise(cell);
      if (safe !== cell) return this.formatted(safe);
    }
    if (n === 1) {
      // One character (an answer, most often): copied unless not ASCII or special.
      if (c0 >= 128 || c0 === 34 || c0 === 10 || c0 === 13 || c0 === separator) return this.formatted(cell);
      buffer[at] = c0;
      this.at = at + 1;
      return;
    }
    for (let k = 0; k < n; k++) {
      const c = cell.charCodeAt(k);
      // Not ASCII, or a quote, line feed, carriage return or the delimiter.
      if (c >= 128 || c === 34 || c === 10 || c === 13 || c === separator) return this.formatted(cell);
      buffer[at + k] = c;
    }
    this.at = at + n;
  }

  /** A field as d3-dsv formats it, UTF-8 encoded (a lone surrogate becomes U+FFFD, as when a string is written). */
  private formatted(cell: string): void {
    const out = this.formatValue(cell);
    if (this.at + out.length * 3 > this.buffer.length) this.grow(out.length * 3);
    this.at += this.buffer.write(out, this.at, 'utf8');
  }

  /** Bytes known to need no quoting (after a delimiter unless `first`). */
  private bytes(b: Uint8Array, first: boolean): void {
    let buffer = this.buffer;
    let at = this.at;
    if (at + b.length + 1 > buffer.length) buffer = this.grow(b.length + 1);
    if (!first) buffer[at++] = this.separator;
    for (let k = 0; k < b.length; k++) buffer[at++] = b[k]!;
    this.at = at;
  }

  /** A score value: numbers, yes/no, band ids, issue codes (`code:item`, space-separated), or empty. */
  private score(value: Value, first: boolean): void {
    switch (typeof value) {
      case 'number':
        if (value >= 0 && value < 1024 && Number.isInteger(value)) this.bytes(INTEGERS[value]!, first);
        else this.field(String(value), false, first);
        break;
      case 'boolean':
        this.bytes(value ? TRUE : FALSE, first);
        break;
      case 'string':
        this.field(value, false, first);
        break;
      default:
        this.field(value === null || value.length === 0 ? '' : value.map(issueText).join(' '), false, first);
    }
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
    // No prototype, so a column or key named `__proto__` is written like any other name.
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
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
    case 'csv': {
      const dsv = await import('d3-dsv');
      return new DelimitedSink(dsv.csvFormatRows, dsv.csvFormatValue, ',');
    }
    case 'tsv': {
      const dsv = await import('d3-dsv');
      return new DelimitedSink(dsv.tsvFormatRows, dsv.tsvFormatValue, '\t');
    }
    case 'json':
      return new JsonSink(false);
    case 'ndjson':
      return new JsonSink(true);
  }
}
