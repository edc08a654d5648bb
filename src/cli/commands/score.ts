/**
 * `score <id> [file|-]`: scores every row of a survey export and writes one output row per input
 * row, with the input's columns and the instrument's scores. See `score --help`.
 */
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { CliError, EXIT_INVALID_ROWS } from '../errors.js';
import { formatOfPath, INPUT_FORMATS, OUTPUT_FORMATS, type InputFormat, type OutputFormat } from '../io/formats.js';
import { checkNotInput, fileOutput, stdoutOutput, type Output } from '../io/output.js';
import { sinkFor } from '../io/sinks.js';
import { instrumentById } from '../instrument.js';
import { planScore, type ScorePlan } from '../score/plan.js';
import { run, type RunReport } from '../score/run.js';

export interface ScoreCommandOptions {
  output?: string;
  to?: OutputFormat;
  from?: InputFormat;
  delimiter?: string;
  headerRows?: number;
  encoding: string;
  map?: string;
  labels?: boolean;
  missing?: string;
  prorate?: boolean;
  scheme: Record<string, string>;
  cutoffScheme: Record<string, string>;
  prefix?: string;
  allowInvalid?: boolean;
  quiet?: boolean;
}

function headerRows(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new CliError(`--header-rows takes a whole number from 1, e.g. 3 for a Qualtrics export; got "${value}"`);
  return n;
}

/** Collects repeated `key=value` options into an object. */
export function pairs(flag: string): (value: string, previous: Record<string, string>) => Record<string, string> {
  return (value, previous) => {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) throw new CliError(`${flag} takes name=scheme, e.g. ${flag} ${flag === '--scheme' ? 'total=primary_care' : 'positive_screen=sensitive'}; got "${value}"`);
    return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1).trim() };
  };
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

/** Builds the plan from the command's options (shared with commands that score before they summarise). */
export async function planFromOptions(id: string, options: ScoreCommandOptions): Promise<ScorePlan> {
  const definition = instrumentById(id);
  return planScore(definition, {
    prorate: options.prorate === true,
    bandSchemes: options.scheme,
    cutoffSchemes: options.cutoffScheme,
    labels: options.labels === true,
    missing: options.missing === undefined ? [] : options.missing.split(','),
    map: options.map === undefined ? {} : await readMap(options.map),
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
  });
}

/** Prints what a run found on stderr; returns the exit code. */
export function report(report: RunReport, plan: ScorePlan, where: { input: string; output: string | null }, options: { quiet: boolean; allowInvalid: boolean }): number {
  const lines: string[] = [];
  const say = (line: string) => lines.push(line);
  for (const w of report.warnings) say(`warning: ${w}`);
  if (!options.quiet) {
    const valid = report.rows - report.invalid;
    say(`${plan.definition.shortName}: ${report.rows.toLocaleString('en')} row${report.rows === 1 ? '' : 's'} from ${where.input}${where.output === null ? '' : ` → ${where.output}`}: ${valid.toLocaleString('en')} valid${report.incomplete > 0 ? ` (${report.incomplete.toLocaleString('en')} without enough answers for every scale)` : ''}, ${report.invalid.toLocaleString('en')} invalid${report.blank > 0 ? ` (${report.blank.toLocaleString('en')} row${report.blank === 1 ? '' : 's'} without any value skipped)` : ''}`);
  }
  if (report.invalid > 0) {
    const issuesColumn = plan.columns.find((c) => c.kind === 'issues')!.name;
    if (!options.quiet || !options.allowInvalid) {
      say(`invalid rows by issue: ${[...report.codes].map(([code, n]) => `${code} ${n.toLocaleString('en')}`).join(', ')}`);
      say(`first invalid rows (records counted from 1 after the header; every issue is in the ${issuesColumn} column):`);
      for (const row of report.examples) {
        const where = `record ${row.record}${row.label === null ? '' : ` (${row.label.length > 40 ? `${row.label.slice(0, 40)}…` : row.label})`}`;
        for (const issue of row.issues.slice(0, 3)) say(`  ${where}: ${issue.code}: ${issue.message}`);
        if (row.issues.length > 3) say(`  ${where}: … ${row.issues.length - 3} more`);
      }
      if (report.labelHint !== null) say(`hint: ${report.labelHint}`);
    }
    if (!options.allowInvalid) say(`error: ${report.invalid.toLocaleString('en')} of ${report.rows.toLocaleString('en')} rows are invalid; their scores are empty. Fix the input, or pass --allow-invalid to accept this output (exit code 0).`);
  }
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  return report.invalid > 0 && !options.allowInvalid ? EXIT_INVALID_ROWS : 0;
}

export function scoreCommand(): Command {
  return new Command('score')
    .description('score every row of a CSV, TSV, JSON or NDJSON file; one output row per input row')
    .argument('<id>', 'instrument id, e.g. phq9 (see "list")')
    .argument('[file]', 'input file, or - for stdin', '-')
    .option('-o, --output <file>', 'output file (written atomically); - or none for stdout')
    .addOption(new Option('--to <format>', 'output format (default: from the output name, else csv)').choices(OUTPUT_FORMATS))
    .addOption(new Option('--from <format>', 'input format (default: from the file name; csv for stdin)').choices(INPUT_FORMATS))
    .option('--delimiter <char>', 'CSV field delimiter, e.g. ";" (default ",")')
    .option('--header-rows <n>', 'CSV/TSV header rows (default 1; a Qualtrics export has 3: names, question text, ImportId)', headerRows)
    .option('--encoding <name>', 'input encoding, e.g. windows-1252', 'utf-8')
    .option('--map <file>', 'JSON file mapping column names to item ids: {"Q1": "phq9_1", …}')
    .option('--labels', 'accept option labels ("Several days") as answers, as well as values')
    .option('--missing <codes>', 'comma-separated cell values meaning "not answered", e.g. NA,-99 (an empty cell always does)')
    .option('--prorate', 'opt in to proration for scales without a published missing-data rule (at least half the items answered)')
    .option('--scheme <scale=scheme>', 'band scheme for a scale, e.g. total=primary_care (repeatable)', pairs('--scheme'), {})
    .option('--cutoff-scheme <cutoff=scheme>', 'scheme for a cut-off, e.g. positive_screen=sensitive (repeatable)', pairs('--cutoff-scheme'), {})
    .option('--prefix <text>', 'prefix of the added columns (default: "<id>_")')
    .option('--allow-invalid', 'exit 0 even when rows are invalid (they are still marked)')
    .option('-q, --quiet', 'no progress line and no summary on stderr (warnings and errors still show)')
    .addHelpText(
      'after',
      `
Input: the header names the columns. Item columns are found by item id, ignoring case (phq9_1 …
phq9_10), or through --map. Every other column (respondent id, site, date) is passed through.
Blank lines are skipped; a UTF-8 byte-order mark, CRLF line ends and quoted fields are read.

Output: the input's columns, then per scale its value (and band id), per cut-off true, false or
empty (not determinable), per flag "positive", "unanswered" or empty, then <id>_valid and
<id>_issues. "show <id>" lists the columns. A row with any bad answer is invalid: its scores are
empty and its issues listed (codes from the engine, and wrong_field_count, malformed_record,
unexpected_field for rows that cannot be read). In CSV/TSV output, a copied cell that begins
with = + - @ (but is not a number) gets a leading ' so spreadsheets do not run it as a formula.

Exit codes: 0 every row valid (or --allow-invalid); 1 output written, some rows invalid;
2 nothing written (bad arguments, unreadable input, missing item columns, malformed CSV).

Examples:
  wellbeing-instruments score phq9 survey.csv -o scores.csv
  wellbeing-instruments score cbi export.tsv --labels --to json -o cbi.json
  wellbeing-instruments score phq9 qualtrics.csv --header-rows 3 --map phq9-map.json --labels
  wellbeing-instruments score phq9 redcap.csv --missing NA
  cat answers.ndjson | wellbeing-instruments score gad7 - --from ndjson --to ndjson`,
    )
    .action(async (id: string, file: string, options: ScoreCommandOptions) => {
      if (options.delimiter !== undefined && (options.delimiter.length !== 1 || /["\r\n]/.test(options.delimiter))) {
        throw new CliError(`--delimiter takes one character other than a quote or line break, e.g. ";"; got ${JSON.stringify(options.delimiter)} (for tabs use --from tsv)`);
      }
      const plan = await planFromOptions(id, options);
      const from = inputFormat(file, options.from);
      const toStdout = options.output === undefined || options.output === '-';
      const to: OutputFormat = options.to ?? (toStdout ? undefined : formatOfPath(options.output)) ?? 'csv';
      if (!toStdout) await checkNotInput(options.output!, file);
      const output: Output = toStdout ? stdoutOutput() : await fileOutput(options.output!);
      let result: RunReport;
      try {
        if (options.headerRows !== undefined && from !== 'csv' && from !== 'tsv') throw new CliError('--header-rows applies to CSV and TSV input');
        result = await run({ input: file, from, encoding: options.encoding, delimiter: options.delimiter, headerRows: options.headerRows, plan, sink: await sinkFor(to), output, progress: options.quiet !== true });
        await output.commit();
      } catch (error) {
        await output.abort();
        throw error;
      }
      process.exitCode = report(result, plan, { input: file === '-' ? 'stdin' : file, output: toStdout ? null : options.output! }, { quiet: options.quiet === true, allowInvalid: options.allowInvalid === true });
    });
}
