/**
 * `score <id> [file|-]`: scores every row of a survey export and writes one output row per input
 * row, with the input's columns and the instrument's scores. See `score --help`.
 */
import { Command, Option } from 'commander';
import { CliError, EXIT_INVALID_ROWS } from '../errors.js';
import { formatOfPath, OUTPUT_FORMATS, type OutputFormat } from '../io/formats.js';
import { checkNotInput, fileOutput, stdoutOutput, type Output } from '../io/output.js';
import { sinkFor } from '../io/sinks.js';
import type { ScorePlan } from '../score/plan.js';
import { run, type RunReport } from '../score/run.js';
import { prepareReading, readingOptions, type ReadingOptions } from './reading.js';
import { DEFINITION_HELP } from '../definitions.js';

export interface ScoreCommandOptions extends ReadingOptions {
  output?: string;
  to?: OutputFormat;
  allowInvalid?: boolean;
  quiet?: boolean;
  bom?: boolean;
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
      for (const hint of [report.labelHint, report.missingHint]) if (hint !== null) say(`hint: ${hint}`);
    }
    if (!options.allowInvalid) say(`error: ${report.invalid.toLocaleString('en')} of ${report.rows.toLocaleString('en')} rows are invalid; their scores are empty. Fix the input, or pass --allow-invalid to accept this output (exit code 0).`);
  }
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  return report.invalid > 0 && !options.allowInvalid ? EXIT_INVALID_ROWS : 0;
}

export function scoreCommand(): Command {
  const command = new Command('score')
    .description('score every row of a CSV, TSV, JSON or NDJSON file; one output row per input row')
    .argument('<id>', 'instrument id, e.g. phq9 (see "list")')
    .argument('[file]', 'input file, or - for stdin', '-')
    .option('--definition <file>', DEFINITION_HELP)
    .option('-o, --output <file>', 'output file (written atomically); - or none for stdout')
    .addOption(new Option('--to <format>', 'output format (default: from the output name, else csv)').choices(OUTPUT_FORMATS));
  return readingOptions(command)
    .option('--bom', 'start CSV/TSV output with a UTF-8 byte-order mark, so Excel reads accented text correctly (default: when the input starts with one)')
    .option('--allow-invalid', 'exit 0 even when rows are invalid (they are still marked)')
    .option('-q, --quiet', 'no progress line and no summary on stderr (warnings and errors still show)')
    .addHelpText(
      'after',
      `
Input: the header names the columns. Item columns are found by item id, ignoring case (phq9_1 …
phq9_10), or through --map (one map may serve several instruments: entries naming another
instrument's items are left out; an entry naming no instrument's item is an error). Every
other column (respondent id, site, date) is passed through. Blank lines are skipped. A
byte-order mark (UTF-8, UTF-16) sets the encoding; every line end (CRLF, LF, CR) ends a row;
CSV fields may be quoted with ", TSV fields only with --quote double. Columns holding this
package's own scores (a REDCap export's calc fields, phq9_total) are checked against the
computed scores.

Output: the input's columns, then per scale its value (and band id), per cut-off true, false or
empty (not determinable), per flag "positive", "unanswered" or empty, then <id>_valid and
<id>_issues. "show <id>" lists the columns. A row with any bad answer is invalid: its scores are
empty and its issues listed (codes from the engine, and wrong_field_count, malformed_record,
unexpected_field for rows that cannot be read). In CSV/TSV output, a copied cell or column name
whose first visible character is = + - @ (after any spaces, non-breaking or zero-width ones
included; plain numbers excepted) gets a leading ' so spreadsheets do not run it as a formula.
CSV/TSV output starts with a UTF-8 byte-order mark when the input does (or with --bom), so
Excel reads accented names correctly. -o keeps an existing file's permissions, owner and links,
and writes a FIFO or device directly.

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
      const { plan, read } = await prepareReading(id, file, options);
      const toStdout = options.output === undefined || options.output === '-';
      const to: OutputFormat = options.to ?? (toStdout ? undefined : formatOfPath(options.output)) ?? 'csv';
      if (options.bom === true && to !== 'csv' && to !== 'tsv') throw new CliError('--bom applies to CSV and TSV output (JSON has no byte-order mark)');
      if (!toStdout) await checkNotInput(options.output!, file);
      const output: Output = toStdout ? stdoutOutput() : await fileOutput(options.output!);
      let result: RunReport;
      try {
        result = await run({ ...read, plan, sink: await sinkFor(to), output, progress: options.quiet !== true, bom: options.bom });
        await output.commit();
      } catch (error) {
        await output.abort();
        throw error;
      }
      process.exitCode = report(result, plan, { input: file === '-' ? 'stdin' : file, output: toStdout ? null : options.output! }, { quiet: options.quiet === true, allowInvalid: options.allowInvalid === true });
    });
}
