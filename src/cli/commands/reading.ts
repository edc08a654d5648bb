/**
 * The options every command that reads a survey export shares (score, summarize, report; the
 * same options mean the same in each, so a command line that works for one works for all): input format and encoding, header rows, how columns map to items and how
 * cells become answers, and the scoring options. `readingOptions` declares them on a command;
 * `prepareReading` turns the parsed options into a scoring plan and the reader's settings.
 */
import { readFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { CliError } from '../errors.js';
import { formatOfPath, INPUT_FORMATS, type InputFormat } from '../io/formats.js';
import { DEFAULT_MAX_RECORD, QUOTE_MODES, type QuoteMode } from '../io/table.js';
import { instruments } from '../../catalogue.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { instrumentById } from '../instrument.js';
import { planScore, type ScorePlan } from '../score/plan.js';
import type { RunOptions } from '../score/run.js';

export interface ReadingOptions {
  from?: InputFormat;
  delimiter?: string;
  quote?: QuoteMode;
  maxRecordSize?: number;
  headerRows?: number;
  encoding: string;
  map?: string;
  labels?: boolean;
  missing?: string;
  prorate?: boolean;
  scheme: Record<string, string>;
  cutoffScheme: Record<string, string>;
  prefix?: string;
}

function headerRows(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new CliError(`--header-rows takes a whole number from 1, e.g. 3 for a Qualtrics export; got "${value}"`);
  return n;
}

/** `--max-record-size` in MiB → characters. */
function maxRecordSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 512) throw new CliError(`--max-record-size takes a whole number of MiB from 1 to 512, e.g. 16; got "${value}"`);
  return n * (1 << 20);
}

/** Collects repeated `key=value` options into an object. */
export function pairs(flag: string): (value: string, previous: Record<string, string>) => Record<string, string> {
  return (value, previous) => {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) throw new CliError(`${flag} takes name=scheme, e.g. ${flag} ${flag === '--scheme' ? 'total=primary_care' : 'positive_screen=sensitive'}; got "${value}"`);
    return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1).trim() };
  };
}

/** Declares the reading options on a command. */
export function readingOptions(command: Command): Command {
  return command
    .addOption(new Option('--from <format>', 'input format (default: from the file name, else csv)').choices(INPUT_FORMATS))
    .option('--delimiter <char>', 'CSV field delimiter, e.g. ";" (default ",")')
    .addOption(new Option('--quote <mode>', 'double: a field may be quoted with " (CSV default); none: " is text (TSV default)').choices(QUOTE_MODES))
    .option('--max-record-size <MiB>', `longest CSV/TSV record or NDJSON line read, in MiB of text (default ${DEFAULT_MAX_RECORD / (1 << 20)}); an unclosed quote is reported within it`, maxRecordSize)
    .option('--header-rows <n>', 'CSV/TSV header rows (default 1; a Qualtrics export has 3: names, question text, ImportId)', headerRows)
    .option('--encoding <name>', 'input encoding, e.g. windows-1252 (a UTF-8 or UTF-16 byte-order mark overrides it)', 'utf-8')
    .option('--map <file>', 'JSON file mapping column names to item ids: {"Q1": "phq9_1", …}')
    .option('--labels', 'accept option labels ("Several days") as answers, as well as values')
    .option('--missing <codes>', 'comma-separated cell values meaning "not answered", e.g. NA,-99 (an empty cell always does)')
    .option('--prorate', 'opt in to proration for scales without a published missing-data rule (at least half the items answered)')
    .option('--scheme <scale=scheme>', 'band scheme for a scale, e.g. total=primary_care (repeatable)', pairs('--scheme'), {})
    .option('--cutoff-scheme <cutoff=scheme>', 'scheme for a cut-off, e.g. positive_screen=sensitive (repeatable)', pairs('--cutoff-scheme'), {})
    .option('--prefix <text>', 'prefix of the columns score adds (default: "<id>_"); every command takes it, so one set of options serves score, summarize and report');
}

async function readMap(path: string): Promise<Record<string, string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`--map ${path}: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
    throw new CliError(`--map ${path}: expected a JSON object of column name → item id, e.g. {"Q1": "phq9_1", "Q2": "phq9_2"}`);
  }
  return parsed as Record<string, string>;
}

/** The input format: --from, else the file's extension, else CSV for stdin. */
export function inputFormat(file: string, from: InputFormat | undefined): InputFormat {
  const format = from ?? formatOfPath(file) ?? (file === '-' ? 'csv' : undefined);
  if (format === undefined) throw new CliError(`cannot tell the format of ${file} from its name; add --from ${INPUT_FORMATS.join('|')}`);
  return format;
}

/**
 * The `--map` entries for one instrument, by one rule for every command: an entry naming one of
 * its items is used; one naming another catalogued instrument's item is left out (one map may
 * serve every instrument of a file); one naming no instrument's item is a usage error.
 */
export function mapFor(definition: InstrumentDefinition, map: Readonly<Record<string, string>>, path: string): Record<string, string> {
  const own = new Set(definition.items.map((i) => i.id));
  const out: Record<string, string> = {};
  for (const [column, item] of Object.entries(map)) {
    if (own.has(item)) out[column] = item;
    else if (!instruments.some((d) => d.items.some((i) => i.id === item))) {
      throw new CliError(`--map ${path}: "${item}" (for column "${column}") is not an item of ${definition.id} (items: ${definition.items.map((i) => i.id).join(', ')}) nor of another instrument`);
    }
  }
  return out;
}

/** Checks the reading options and builds the scoring plan and the reader's settings for `run`. */
export async function prepareReading(
  id: string,
  file: string,
  options: ReadingOptions,
): Promise<{ plan: ScorePlan; read: Pick<RunOptions, 'input' | 'from' | 'encoding' | 'delimiter' | 'quote' | 'maxRecord' | 'headerRows'> }> {
  if (options.delimiter !== undefined && (options.delimiter.length !== 1 || /["\r\n]/.test(options.delimiter))) {
    throw new CliError(`--delimiter takes one character other than a quote or line break, e.g. ";"; got ${JSON.stringify(options.delimiter)} (for tabs use --from tsv)`);
  }
  const from = inputFormat(file, options.from);
  if (options.headerRows !== undefined && from !== 'csv' && from !== 'tsv') throw new CliError('--header-rows applies to CSV and TSV input');
  if (options.quote !== undefined && from !== 'csv' && from !== 'tsv') throw new CliError('--quote applies to CSV and TSV input');
  const definition = instrumentById(id);
  const map = options.map === undefined ? {} : mapFor(definition, await readMap(options.map), options.map);
  const plan = planScore(definition, {
    prorate: options.prorate === true,
    bandSchemes: options.scheme,
    cutoffSchemes: options.cutoffScheme,
    labels: options.labels === true,
    missing: options.missing === undefined ? [] : options.missing.split(','),
    map,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
  });
  return {
    plan,
    read: { input: file, from, encoding: options.encoding, delimiter: options.delimiter, quote: options.quote, maxRecord: options.maxRecordSize, headerRows: options.headerRows },
  };
}
