/**
 * CSV and TSV input, streamed: a small state machine reads the decoded text chunk by chunk and
 * hands over batches of records (arrays of strings; the first record of the first batch is the
 * header). It is pulled by the caller, so a batch is read only when the previous one has been
 * scored and written: memory stays bounded whatever the file size and however slow the output.
 *
 * The rules, the same everywhere in the input:
 * - every line end outside quotes ends a record, whichever it is: CRLF, LF or a lone CR (files
 *   glued together from several sources mix them). An empty line is skipped;
 * - with quoting (`--quote double`, the default for CSV) a field that begins with `"` is quoted
 *   (RFC 4180): delimiters, quotes written `""` and line ends inside it are text, and its closing
 *   quote must be followed by a delimiter or a line end (spaces between are dropped, as Papa
 *   Parse, the reader before this one, dropped them). A `"` later in an unquoted field is text;
 * - without quoting (`--quote none`, the default for TSV, whose own rules have none) a `"` is
 *   text wherever it stands;
 * - a record may hold at most `maxRecord` characters (default {@link DEFAULT_MAX_RECORD}). A quote
 *   that is never closed swallows the rest of the file into one field, so it is reported once that
 *   much input has gone by without a closing quote, not after the whole file has been read.
 *
 * Time is linear in the input: every character is looked at a bounded number of times (the next
 * delimiter, line end and quote are found with `indexOf` and remembered until passed), and a
 * field that spans chunks is joined once.
 */
import { CliError } from '../errors.js';

export const QUOTE_MODES = ['double', 'none'] as const;
export type QuoteMode = (typeof QUOTE_MODES)[number];

/** The longest record read by default, in characters: 1 MiB of ASCII, 32 times the longest cell a spreadsheet holds (32,767 characters). */
export const DEFAULT_MAX_RECORD = 1 << 20;

export interface TableSettings {
  /** The field delimiter (one character), or null for records of one field (NDJSON lines). */
  readonly delimiter: string | null;
  /** `double`: fields may be quoted with `"`; `none`: a `"` is text. */
  readonly quote: QuoteMode;
  /** The longest record in characters; a longer one stops the read. Default {@link DEFAULT_MAX_RECORD}. */
  readonly maxRecord?: number | undefined;
  /** Hand over an empty line as a record of one empty field instead of skipping it (NDJSON counts lines). */
  readonly keepEmpty?: boolean;
}

/** The settings for a CSV or TSV file: TSV is tab-separated and, by its own rules, unquoted unless `quote` says otherwise. */
export function tableSettings(
  format: 'csv' | 'tsv',
  options: { readonly delimiter?: string | undefined; readonly quote?: QuoteMode | undefined; readonly maxRecord?: number | undefined },
): TableSettings & { readonly delimiter: string } {
  return {
    delimiter: format === 'tsv' ? '\t' : (options.delimiter ?? ','),
    quote: options.quote ?? (format === 'tsv' ? 'none' : 'double'),
    maxRecord: options.maxRecord,
  };
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const TAB = 9;

/** Where the parser is within a record. */
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A chunk ended just after a `"` inside a quoted field: an escaped quote or the closing one. */
const QUOTE_AT_END = 3;
/** The closing quote has been read: a delimiter or a line end must follow (spaces and tabs before it are dropped). */
const AFTER_QUOTE = 4;

/** A record length for messages: `1 MiB (1,048,576 characters)`, or a count of characters. */
function size(characters: number): string {
  const count = `${characters.toLocaleString('en')} character${characters === 1 ? '' : 's'}`;
  return characters % (1 << 20) === 0 ? `${characters / (1 << 20)} MiB (${count})` : count;
}

/**
 * The state machine. {@link push} takes the next chunk of text and returns the records it
 * completed; {@link end} returns the last one. Errors are {@link CliError}s naming the line.
 */
export class TableParser {
  private readonly delimiter: number;
  private readonly quoting: boolean;
  private readonly maxRecord: number;
  private readonly keepEmpty: boolean;
  private state = FIELD_START;
  /** Fields of the current record so far, and the text of the current field read in earlier chunks. */
  private row: string[] = [];
  private field = '';
  /** The previous chunk ended with a CR that ended a record: an LF at the start of this one belongs to it. */
  private skipLf = false;
  /** The previous quoted text ended with a CR (for counting lines inside quoted fields). */
  private quotedCr = false;
  /** Characters before the current chunk, and where (in characters from the start) the current record began. */
  private offset = 0;
  private recordStart = 0;
  /** The line the parser is on (1-based), the line the current record began on, and where its open quote is. */
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;

  constructor(settings: TableSettings) {
    const { delimiter } = settings;
    if (delimiter !== null && (delimiter.length !== 1 || /["\r\n]/.test(delimiter))) throw new Error(`bad delimiter ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter === null ? -1 : delimiter.charCodeAt(0);
    this.quoting = settings.quote === 'double';
    this.maxRecord = settings.maxRecord ?? DEFAULT_MAX_RECORD;
    this.keepEmpty = settings.keepEmpty === true;
  }

  /** Reads one chunk; returns the records it completed (possibly none). */
  push(s: string): string[][] {
    const rows: string[][] = [];
    const n = s.length;
    const quoting = this.quoting;
    const delimiter = this.delimiter;
    const delimiterChar = delimiter < 0 ? '' : String.fromCharCode(delimiter);
    // The next LF, CR, delimiter and quote at or after i, or n when there is none; found once and
    // kept until i passes them, so no character is searched twice.
    let nextLf = -1;
    let nextCr = -1;
    let nextDelimiter = delimiter < 0 ? n : -1;
    let nextQuote = quoting ? -1 : n;
    let i = 0;
    if (this.skipLf && n > 0) {
      this.skipLf = false;
      if (s.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      const state = this.state;
      if (state === FIELD_START || state === UNQUOTED) {
        if (nextLf < i) nextLf = indexOr(s, '\n', i, n);
        if (nextCr < i) nextCr = indexOr(s, '\r', i, n);
        const lineEnd = nextLf < nextCr ? nextLf : nextCr;
        if (state === FIELD_START && quoting && nextQuote < i) nextQuote = indexOr(s, '"', i, n);
        if (state === FIELD_START && this.row.length === 0 && lineEnd < n && nextQuote >= lineEnd) {
          // The common case: a whole record in this chunk, with no quote in it.
          this.recordStart = this.offset + i;
          this.recordLine = this.line;
          if (lineEnd > i) this.emit(rows, delimiter < 0 ? [s.slice(i, lineEnd)] : s.slice(i, lineEnd).split(delimiterChar), this.offset + lineEnd);
          else if (this.keepEmpty) rows.push(['']);
          i = this.stepOver(s, lineEnd, n);
          continue;
        }
        if (state === FIELD_START) {
          if (this.row.length === 0) {
            this.recordStart = this.offset + i;
            this.recordLine = this.line;
          }
          if (quoting && s.charCodeAt(i) === QUOTE) {
            this.state = QUOTED;
            this.quoteLine = this.line;
            this.quotedCr = false;
            i++;
            continue;
          }
          this.state = UNQUOTED;
        }
        if (nextDelimiter < i) nextDelimiter = indexOr(s, delimiterChar, i, n);
        const end = nextDelimiter < lineEnd ? nextDelimiter : lineEnd;
        if (end === n) {
          this.field += s.slice(i);
          i = n;
          break;
        }
        const text = this.field + s.slice(i, end);
        this.field = '';
        this.row.push(text);
        this.state = FIELD_START;
        if (end === nextDelimiter) {
          i = end + 1;
          continue;
        }
        this.endRecord(rows, this.offset + end);
        i = this.stepOver(s, end, n);
        continue;
      }
      if (state === QUOTED) {
        // Up to the closing quote, stepping over doubled ones: the text between is one slice.
        let q = s.indexOf('"', i);
        while (q !== -1 && q + 1 < n && s.charCodeAt(q + 1) === QUOTE) q = s.indexOf('"', q + 2);
        const text = s.slice(i, q === -1 ? n : q);
        this.countQuotedLines(text);
        this.field += text.includes('""') ? text.split('""').join('"') : text;
        if (q === -1) {
          i = n;
          break;
        }
        if (q + 1 === n) {
          this.state = QUOTE_AT_END;
          i = n;
          break;
        }
        this.state = AFTER_QUOTE;
        i = q + 1;
        continue;
      }
      if (state === QUOTE_AT_END) {
        if (s.charCodeAt(i) === QUOTE) {
          this.field += '"';
          this.quotedCr = false;
          this.state = QUOTED;
          i++;
        } else {
          this.state = AFTER_QUOTE;
        }
        continue;
      }
      // AFTER_QUOTE
      const c = s.charCodeAt(i);
      if ((c === SPACE || c === TAB) && c !== delimiter) {
        i++;
      } else if (c === delimiter) {
        this.row.push(this.field);
        this.field = '';
        this.state = FIELD_START;
        i++;
      } else if (c === LF || c === CR) {
        this.row.push(this.field);
        this.field = '';
        this.state = FIELD_START;
        this.endRecord(rows, this.offset + i);
        i = this.stepOver(s, i, n);
      } else {
        const next = s.slice(i, i + 10);
        throw new CliError(
          `line ${this.line}: the quoted field opened on line ${this.quoteLine} is closed by a quote followed by ${JSON.stringify(next)}${next.length === 10 ? '…' : ''}, ` +
            `not by a delimiter or a line end. A quote inside a quoted field is written twice (""). ${this.advice()}`,
        );
      }
    }
    this.offset += n;
    if (this.state !== FIELD_START || this.row.length > 0) this.checkLength(this.offset);
    return rows;
  }

  /** The last record, when the input does not end with a line end. Throws when it ends inside quotes. */
  end(): string[][] {
    const rows: string[][] = [];
    if (this.state === QUOTED) {
      throw new CliError(
        `line ${this.quoteLine}: a quote opens a field that is never closed: the input ends inside it (a truncated file, or a stray " at the start of a field). ${this.advice()}`,
      );
    }
    if (this.state !== FIELD_START || this.row.length > 0) {
      this.row.push(this.field);
      this.field = '';
      this.state = FIELD_START;
      this.endRecord(rows, this.offset);
    }
    return rows;
  }

  /** Ends the current record at `at` (in characters from the start of the input). */
  private endRecord(rows: string[][], at: number): void {
    const row = this.row;
    this.row = [];
    this.emit(rows, row, at);
  }

  /** Adds a finished record that ends at `at` (in characters from the start), checking its length. */
  private emit(rows: string[][], row: string[], at: number): void {
    this.checkLength(at);
    rows.push(row);
  }

  /** Steps over the line end at `at` (CR, LF or CRLF) of chunk `s`; returns where the next record starts. */
  private stepOver(s: string, at: number, n: number): number {
    this.line++;
    if (s.charCodeAt(at) === CR) {
      if (at + 1 === n) this.skipLf = true;
      else if (s.charCodeAt(at + 1) === LF) return at + 2;
    }
    return at + 1;
  }

  private countQuotedLines(piece: string): void {
    let lines = 0;
    for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) if (at > 0 || !this.quotedCr) lines++;
    for (let at = piece.indexOf('\r'); at !== -1; at = piece.indexOf('\r', at + 1)) if (piece.charCodeAt(at + 1) !== LF) lines++;
    // A CR at the end of the piece was counted; an LF that follows it in the next piece is not.
    if (piece.length > 0) this.quotedCr = piece.charCodeAt(piece.length - 1) === CR;
    this.line += lines;
  }

  /** Fails when the current record, read up to `at` (in characters from the start), is longer than allowed. */
  private checkLength(at: number): void {
    const length = at - this.recordStart;
    if (length <= this.maxRecord) return;
    const limit = size(this.maxRecord);
    if (this.state === QUOTED || this.state === QUOTE_AT_END) {
      throw new CliError(
        `line ${this.quoteLine}: a quoted field opened there is still open after ${limit}, the most a record may hold (--max-record-size): most likely its quote is never closed ` +
          `(a truncated file, or a stray " at the start of a field) and would swallow the rest of the file. ${this.advice()} ` +
          'If the field really is that long, raise --max-record-size.',
      );
    }
    throw new CliError(
      `line ${this.recordLine}: a record longer than ${limit}, the most a record may hold (--max-record-size); no survey export writes one. ` +
        'If it really is that long, raise --max-record-size; if a line end is missing, fix the file.',
    );
  }

  private advice(): string {
    return this.quoting ? 'Fix the file and run again, or read quotes as text with --quote none.' : 'Fix the file and run again.';
  }
}

function indexOr(s: string, char: string, from: number, none: number): number {
  const at = s.indexOf(char, from);
  return at === -1 ? none : at;
}

/**
 * Yields the records of a decoded text stream in batches (one per chunk that completes any),
 * header first. Nothing is read ahead: the next chunk is taken only when the caller asks for
 * the next batch.
 */
export async function* readTable(text: AsyncIterable<string>, settings: TableSettings): AsyncGenerator<string[][]> {
  const parser = new TableParser(settings);
  for await (const chunk of text) {
    const rows = parser.push(chunk);
    if (rows.length > 0) yield rows;
  }
  const last = parser.end();
  if (last.length > 0) yield last;
}
