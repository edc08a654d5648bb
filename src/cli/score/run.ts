/**
 * The scoring pipeline shared by `score` and `demo` (and, later, `summarize` and `report`):
 * read an input stream in batches, score each row, hand the output rows to a sink and write
 * them, waiting for the output to drain. Nothing is held but the current batch, so memory does
 * not grow with the file.
 *
 * Every input row (CSV/TSV record, JSON element, NDJSON line) yields exactly one output row and
 * one call of `observe`, in input order; extra header rows (`--header-rows`) are copied to CSV/TSV
 * output without being scored, and rows of nothing but blanks are counted and skipped.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { CliError } from '../errors.js';
import { watchBom } from '../io/bom.js';
import { Decode } from '../io/decode.js';
import type { InputFormat } from '../io/formats.js';
import type { Output } from '../io/output.js';
import { jsonArrayReader, readNdjson } from '../io/records.js';
import type { Sink } from '../io/sinks.js';
import { readTable, tableSettings, type QuoteMode } from '../io/table.js';
import { progress as progressLine } from '../progress.js';
import { checkClash, resolveTable } from './columns.js';
import type { ScorePlan } from './plan.js';
import { ReportedScores } from './reported.js';
import { RowScorer, type ScoredRow } from './rows.js';
import { runRecords } from './run-records.js';
import { Tally, type InvalidRow } from './tally.js';

export type { InvalidRow } from './tally.js';

export interface RunOptions {
  /** A file path, or `-` for stdin. */
  readonly input: string;
  readonly from: InputFormat;
  readonly encoding: string;
  /** Field delimiter for CSV (default `,`); TSV always uses a tab. */
  readonly delimiter?: string | undefined;
  /** Whether CSV/TSV fields may be quoted with `"` (default: `double` for CSV, `none` for TSV). */
  readonly quote?: QuoteMode | undefined;
  /** The longest CSV/TSV record or NDJSON line read, in characters (default `DEFAULT_MAX_RECORD`). */
  readonly maxRecord?: number | undefined;
  /**
   * CSV/TSV rows at the top that are headers (default 1): the first names the columns, the rest
   * (a Qualtrics export's question text and ImportId rows) are copied to CSV/TSV output with
   * empty score cells, and are neither scored nor counted.
   */
  readonly headerRows?: number | undefined;
  readonly plan: ScorePlan;
  /** Output format and destination; both null to score without writing (demo, summaries). */
  readonly sink: Sink | null;
  readonly output: Output | null;
  /**
   * Start CSV/TSV output with a UTF-8 byte-order mark: always when true, never when false, and
   * when the input starts with one (UTF-8 or UTF-16) when undefined.
   */
  readonly bom?: boolean | undefined;
  /** Show a progress line on stderr (when it is a terminal). */
  readonly progress: boolean;
  /** Called once per input row, in order, after the row is scored; `cells` reads the row's other columns (grouping, wave). */
  readonly observe?: (row: ScoredRow, record: number, cells: RowCells) => void;
}

/** The current input row's columns by name (the same object for every row; read it during `observe`). */
export interface RowCells {
  /** The header (CSV/TSV) or the first record's keys (JSON, NDJSON). */
  readonly columns: readonly string[];
  /** The cell of a column, as text; null when the column is absent or the cell empty. */
  get(column: string): string | null;
}

/** RowCells over CSV/TSV rows: a column's index is looked up once. */
export class TableCells implements RowCells {
  row: readonly string[] = [];
  private readonly at = new Map<string, number>();

  constructor(readonly columns: readonly string[]) {
    columns.forEach((c, i) => {
      if (!this.at.has(c)) this.at.set(c, i);
    });
  }

  get(column: string): string | null {
    const i = this.at.get(column);
    const v = i === undefined ? undefined : this.row[i];
    return v === undefined || v.trim() === '' ? null : v;
  }
}

export interface RunReport {
  readonly rows: number;
  /** CSV/TSV rows skipped for having no value: lines of spaces and delimiters (empty lines are not counted). */
  readonly blank: number;
  readonly invalid: number;
  /** Valid rows where some scale has no value for lack of answers (missing is never 0). */
  readonly incomplete: number;
  /** The first invalid rows (at most ten). */
  readonly examples: readonly InvalidRow[];
  /** Invalid rows per issue code. */
  readonly codes: ReadonlyMap<string, number>;
  /** Things the user should know that did not stop the run (reported columns, absent items). */
  readonly warnings: readonly string[];
  /** Set when invalid answers look like option labels: a hint to pass `--labels`. */
  readonly labelHint: string | null;
  /** Set when invalid answers look like missing-data codes (`NA`, `-99`): a hint to pass `--missing`. */
  readonly missingHint: string | null;
}

async function openInput(input: string): Promise<{ stream: Readable; size: number | null; name: string }> {
  if (input === '-') return { stream: process.stdin, size: null, name: 'stdin' };
  const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(error.code === 'ENOENT' ? `${input}: no such file` : `${input}: ${error.message}`);
  });
  if (info.isDirectory()) throw new CliError(`${input} is a directory`);
  return { stream: createReadStream(input, { highWaterMark: 1 << 16 }), size: info.isFile() ? info.size : null, name: input };
}

/** A row with nothing but blanks (a blank line, or a spreadsheet's empty row of delimiters). */
function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/** Runs the pipeline; the caller commits or aborts the output. */
export async function run(options: RunOptions): Promise<RunReport> {
  const { plan, sink, output } = options;
  const { stream, size, name } = await openInput(options.input);
  const decode = new Decode(options.encoding);
  // The JSON reader loads its parser first: from here to the first batch nothing is awaited, so
  // the parser is listening before the first byte is decoded.
  const readJson = options.from === 'json' ? await jsonArrayReader() : null;
  pipeline(stream, decode, (error: Error | null) => {
    if (error) decode.destroy(error);
  });
  // After the pipe: a 'data' listener on its own would start the flow before anything reads it.
  const inputBom = watchBom(stream);
  const bar = progressLine(options.progress, size);
  // Without an observer nothing reads the engine's result, so valid rows may take the fast path.
  const scorer = new RowScorer(plan, { results: options.observe !== undefined });
  const tally = new Tally(plan);
  const warnings: string[] = [];
  const scoreNames = plan.columns.map((c) => c.name);
  const noScores = scoreNames.map(() => null);
  let started = false;
  const write = async (chunk: string | Uint8Array) => {
    if (output === null || chunk.length === 0) return;
    if (!started) {
      started = true;
      // By now the first input chunk has been read (the header or first record comes from it).
      if (sink?.fixedColumns === true && (options.bom ?? inputBom.seen)) await output.write('\ufeff');
    }
    await output.write(chunk);
  };

  try {
    if (options.from === 'csv' || options.from === 'tsv') {
      const settings = tableSettings(options.from, options);
      const delimiter = settings.delimiter;
      let header: string[] | null = null;
      let itemColumns: Int32Array = new Int32Array(0);
      let labelColumn = -1;
      let rowCells = new TableCells([]);
      let extraHeaders = (options.headerRows ?? 1) - 1;
      let reported: ReportedScores | null = null;
      for await (const rows of readTable(decode, settings)) {
        let start = 0;
        if (header === null) {
          header = rows[0]!;
          start = 1;
          if (header.some((h) => h.includes('\u0000'))) {
            throw new CliError(`the header of ${name} holds NUL characters: the file looks like UTF-16 without a byte-order mark; name its encoding, e.g. --encoding utf-16le`);
          }
          const layout = resolveTable(header, plan, name, delimiter);
          itemColumns = layout.itemColumns;
          warnings.push(...layout.warnings);
          checkClash(header, scoreNames, sink, plan.definition);
          reported = ReportedScores.find(plan, header, false);
          labelColumn = header.findIndex((_, c) => !itemColumns.includes(c));
          rowCells = new TableCells(header);
          if (sink !== null) await write(sink.start(header, scoreNames));
        }
        const width = header.length;
        const cells = plan.cells;
        const observe = options.observe;
        for (let r = start; r < rows.length; r++) {
          const row = rows[r]!;
          if ((row.length === 1 || row[0] === '') && isBlank(row)) {
            tally.blank++;
            continue;
          }
          if (extraHeaders > 0) {
            extraHeaders--;
            if (sink?.fixedColumns === true) sink.row(row, noScores);
            continue;
          }
          if (tally.rows < 2 && options.headerRows === undefined && row.some((cell) => cell.startsWith('{"ImportId"') || cell.startsWith('"{""ImportId""'))) {
            const quoted = settings.quote === 'none' && row.some((cell) => cell.startsWith('"{""ImportId""'));
            warnings.push(`this looks like a Qualtrics export, whose second and third rows are headers (question text, ImportId): pass --header-rows 3${quoted ? ' --quote double' : ''}`);
          }
          let scored: ScoredRow;
          if (row.length === width) {
            const answers = scorer.begin();
            for (let i = 0; i < itemColumns.length; i++) {
              const c = itemColumns[i]!;
              if (c >= 0) answers[i] = cells.read(i, row[c]);
            }
            scored = scorer.finish();
          } else {
            scored = scorer.invalid([
              {
                code: 'wrong_field_count',
                message:
                  `${row.length} field${row.length === 1 ? '' : 's'} where the header has ${width}: a truncated line, a missing or extra delimiter, or an unquoted delimiter inside a field` +
                  (settings.quote === 'none' && row.some((cell) => cell.includes('"')) ? '; if the file quotes fields that hold tabs or line breaks (as Excel does), read it with --quote double' : ''),
              },
            ]);
          }
          tally.rows++;
          if (!scored.complete) {
            if (scored.valid) tally.incomplete++;
            else tally.addInvalid(scored, labelColumn >= 0 && row[labelColumn] !== undefined ? `${header[labelColumn]}=${row[labelColumn]}` : null);
          }
          reported?.check(row, scored, tally.rows);
          rowCells.row = row;
          observe?.(scored, tally.rows, rowCells);
          sink?.row(row, scored.values);
        }
        if (sink !== null) await write(sink.take());
        bar.update(decode.bytes, tally.rows);
      }
      if (reported !== null) warnings.push(...reported.warnings());
      if (header === null) throw new CliError(`${name} is empty: expected a header row naming the columns (${plan.definition.items[0]!.id}, …) and one row per respondent`);
    } else {
      await runRecords(readJson !== null ? readJson(decode) : readNdjson(decode, options.maxRecord), options, name, scorer, tally, warnings, write);
    }
    if (sink !== null) await write(sink.end());
  } finally {
    bar.done();
    decode.destroy();
  }
  return { rows: tally.rows, blank: tally.blank, invalid: tally.invalid, incomplete: tally.incomplete, examples: tally.examples, codes: tally.codes, warnings, labelHint: tally.labelHint, missingHint: tally.missingHint };
}

