/**
 * `report <file> [--instrument <id>…] [-o report.html]`: a self-contained HTML report of a survey
 * export — per instrument, each scale's distribution as a chart with its cut-offs, bands and
 * benchmark means, prevalence with Wilson intervals, band counts, reliability, invalid rows by
 * issue, benchmarks and sources; then the constructs side by side across instruments. The file
 * is read as `score` reads it, once per instrument. See `report --help`.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { OutcomeTally, type OutcomesSummary } from '../../cohort/outcomes.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { PACKAGE_VERSION } from '../../version.js';
import { CliError, EXIT_INVALID_ROWS } from '../errors.js';
import { instrumentById } from '../instrument.js';
import { checkNotInput, fileOutput } from '../io/output.js';
import { instrumentsIn } from '../report/detect.js';
import { costSection, parseCost } from '../report/cost.js';
import { renderReport, type ReportInput, type ReportInstrument } from '../report/render.js';
import { collect, type RowOutcomes, type Wave } from '../score/collect.js';
import { groupingOptions, groupsOf, waveWarning, type GroupingOptions } from './grouping.js';
import { checkHeadcount, readHeadcount, type Headcount } from './headcount.js';
import { inputFormat, readingOptions, type ReadingOptions } from './reading.js';
import { DEFINITION_HELP } from '../definitions.js';

export interface ReportCommandOptions extends ReadingOptions, GroupingOptions {
  wave?: string;
  headcount?: string;
  cost?: string;
  instrument: string[];
  output: string;
  title?: string;
  allowInvalid?: boolean;
  quiet?: boolean;
}

/** Collects repeated and comma-separated `--instrument` values. */
function ids(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/**
 * The `--scheme` / `--cutoff-scheme` entries for one instrument of several: `id.name=scheme`
 * entries for this instrument, and plain `name=scheme` entries where this instrument has that
 * scale (cut-off) with that scheme. An entry no instrument takes is a usage error.
 */
export function schemesFor(
  definition: InstrumentDefinition,
  entries: Readonly<Record<string, string>>,
  has: (d: InstrumentDefinition, name: string, scheme: string) => boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, scheme] of Object.entries(entries)) {
    const dot = key.indexOf('.');
    if (dot > 0) {
      if (key.slice(0, dot).toLowerCase() === definition.id) out[key.slice(dot + 1)] = scheme;
    } else if (has(definition, key, scheme)) {
      out[key] = scheme;
    }
  }
  return out;
}

const hasBandScheme = (d: InstrumentDefinition, scale: string, scheme: string) => d.scales.some((s) => s.id === scale && s.bandSchemes.some((b) => b.id === scheme));
const hasCutoffScheme = (d: InstrumentDefinition, cutoff: string, scheme: string) => d.cutoffs.some((c) => c.id === cutoff && (c.schemes ?? []).some((s) => s.id === scheme));

function checkSchemesUsed(flag: string, entries: Readonly<Record<string, string>>, definitions: readonly InstrumentDefinition[], has: typeof hasBandScheme): void {
  for (const [key, scheme] of Object.entries(entries)) {
    const dot = key.indexOf('.');
    const used = dot > 0 ? definitions.some((d) => d.id === key.slice(0, dot).toLowerCase()) : definitions.some((d) => has(d, key, scheme));
    if (!used) throw new CliError(`${flag} ${key}=${scheme}: no instrument of this report has ${dot > 0 ? `"${key.slice(0, dot)}"` : `a ${flag === '--scheme' ? 'scale' : 'cut-off'} "${key}" with scheme "${scheme}"`} (write ${flag} <id>.<name>=<scheme> for one instrument; "show <id>" lists the schemes)`);
  }
}

/** Column names `--map` maps (best effort: a bad map file is reported when the file is read). */
async function mapOf(path: string | undefined): Promise<Record<string, string>> {
  if (path === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) : {};
  } catch {
    return {};
  }
}

/**
 * The constructs side by side: per row (respondent), the outcomes of every instrument the row
 * is valid for; rows valid for none are not respondents of the comparison (as
 * `summarizeOutcomes` over their valid results would count them).
 */
function compareInstruments(perInstrument: readonly RowOutcomes[], keep: (row: number) => boolean): OutcomesSummary {
  const tally = new OutcomeTally();
  const rows = Math.max(0, ...perInstrument.map((o) => o.rows));
  for (let row = 0; row < rows; row++) {
    if (!keep(row)) continue;
    const valid = perInstrument.map((o) => o.at(row)).filter((o) => o !== null);
    if (valid.length > 0) tally.add(valid.flat());
  }
  return tally.summary();
}

/** A wave's name from its file: the base name without its extension. */
const waveName = (file: string) => basename(file).replace(/\.[^.]+$/, '');

/**
 * Reads the file for each instrument and gathers what the report shows. Given several files,
 * each is a survey wave, earliest first: the figures are the last file's, the earlier ones give
 * the change and the trend.
 */
export async function gatherReport(
  files: string | readonly string[],
  definitions: readonly InstrumentDefinition[],
  options: ReadingOptions,
  settings: {
    readonly title: string;
    readonly progress: boolean;
    readonly say: (line: string) => void;
    /** `--by` groupings and `--min-group`. */
    readonly groups?: { readonly levels: readonly (readonly string[])[]; readonly minGroupSize: number } | undefined;
    /** `--wave`: the column holding each row's wave. */
    readonly wave?: string | undefined;
    /** `--headcount`: read and checked against the groupings. */
    readonly headcount?: Headcount | undefined;
    /** `--cost`: the cost model's inputs beyond the survey's prevalence. */
    readonly cost?: string | undefined;
  },
): Promise<ReportInput> {
  const all = typeof files === 'string' ? [files] : files;
  const file = all.at(-1)!;
  if (all.length > 1 && settings.wave !== undefined) throw new CliError('give the waves either as several files or as --wave <column> of one file, not both');
  checkSchemesUsed('--scheme', options.scheme, definitions, hasBandScheme);
  checkSchemesUsed('--cutoff-scheme', options.cutoffScheme, definitions, hasCutoffScheme);
  const instruments: ReportInstrument[] = [];
  const perInstrument: RowOutcomes[] = [];
  let rowWaves: readonly (string | null)[] | null = null;
  let warnedWave = false;
  for (const definition of definitions) {
    const scheme = schemesFor(definition, options.scheme, hasBandScheme);
    const cutoffScheme = schemesFor(definition, options.cutoffScheme, hasCutoffScheme);
    const reading = { ...options, scheme, cutoffScheme };
    const earlier: Wave[] = [];
    for (const before of all.slice(0, -1)) {
      const got = await collect(definition.id, before, reading, { keepOutcomes: false, progress: settings.progress, groups: settings.groups });
      earlier.push({ wave: waveName(before), summary: got.summary, grouped: got.grouped, cells: got.cells });
    }
    const got = await collect(definition.id, file, reading, { keepOutcomes: true, progress: settings.progress, groups: settings.groups, wave: settings.wave });
    const waves = all.length > 1 ? [...earlier, { wave: waveName(file), summary: got.summary, grouped: got.grouped, cells: got.cells }] : got.waves;
    perInstrument.push(got.outcomes!);
    rowWaves ??= got.rowWaves;
    const { run } = got;
    for (const w of run.warnings) settings.say(`warning: ${definition.id}: ${w}`);
    const waveLike = waveWarning(got.waveLike, 'report');
    if (waveLike !== null && !warnedWave) {
      warnedWave = true;
      settings.say(`warning: ${waveLike}`);
    }
    if (got.withoutWave > 0) settings.say(`warning: ${definition.id}: ${got.withoutWave.toLocaleString('en')} valid row${got.withoutWave === 1 ? ' has' : 's have'} no ${settings.wave} and ${got.withoutWave === 1 ? 'is' : 'are'} in no wave`);
    if (settings.headcount !== undefined && instruments.length === 0) {
      const missing = checkHeadcount(settings.headcount, got.columns, got.cells, got.summary.rows);
      if (missing.length > 0) settings.say(`warning: --headcount ${settings.headcount.source} has no headcount for ${missing.join('; ')}`);
    }
    const codes = run.invalid > 0 ? ` (${[...run.codes].map(([code, n]) => `${code} ${n.toLocaleString('en')}`).join(', ')})` : '';
    for (const hint of [run.labelHint, run.missingHint]) if (hint !== null) settings.say(`hint: ${definition.id}: ${hint}`);
    settings.say(`${definition.shortName}: ${run.rows.toLocaleString('en')} rows, ${(run.rows - run.invalid).toLocaleString('en')} valid, ${run.invalid.toLocaleString('en')} invalid${codes}`);
    instruments.push({ definition, summary: got.summary, grouped: got.grouped, waves, run, options: { bandSchemes: scheme, cutoffSchemes: cutoffScheme, prorate: options.prorate === true } });
  }
  const latest = instruments[0]?.waves?.at(-1)?.wave;
  const waves = rowWaves;
  const waveBy = settings.wave ?? (all.length > 1 ? 'input file' : undefined);
  const organised = settings.groups !== undefined || waveBy !== undefined || settings.headcount !== undefined || settings.cost !== undefined;
  const cost = settings.cost === undefined ? null : costSection(parseCost(settings.cost), instruments, settings.headcount?.total ?? null);
  return {
    title: settings.title,
    // The files' names, not the machine's paths to them.
    source: all.map((f) => basename(f)).join(', '),
    generatedAt: new Date(),
    version: PACKAGE_VERSION,
    instruments,
    outcomes: compareInstruments(perInstrument, (row) => waves === null || latest === undefined || waves[row] === latest),
    organisation: organised
      ? { levels: settings.groups?.levels ?? [], minGroupSize: settings.groups?.minGroupSize ?? 5, wave: waveBy ?? null, headcount: settings.headcount ?? null, cost }
      : null,
  };
}

/** Renders the report and writes it atomically; returns its size in bytes. */
export async function writeReport(path: string, input: ReportInput): Promise<number> {
  const text = await renderReport(input);
  const output = await fileOutput(path);
  try {
    await output.write(text);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
  return Buffer.byteLength(text);
}

export function reportCommand(): Command {
  const command = new Command('report')
    .description('write a self-contained HTML report: charts with cut-offs and benchmarks, prevalence with intervals, bands, reliability, instruments side by side')
    .argument('<files...>', 'input file (CSV, TSV, JSON, NDJSON); several files are survey waves, earliest first')
    .option('--definition <file>', DEFINITION_HELP)
    .addOption(new Option('-i, --instrument <ids>', 'instrument id(s), repeatable or comma-separated, e.g. phq9,gad7').argParser(ids).default([], 'every instrument with item columns in the file'))
    .option('-o, --output <file>', 'the HTML file to write (atomically)', 'report.html')
    .option('--title <text>', 'the report\'s title (default: "Well-being survey report: <file name>")')
    .option('--wave <column>', 'the column holding each row\'s survey wave (e.g. survey_year): each wave is summarised on its own, the latest in front, with the change since the previous one and a trend')
    .option('--headcount <file>', 'CSV of clinicians employed per group of one --by grouping ("site,headcount"), for response rates')
    .option('--cost <key=value,…>', 'estimate the cost of burnout-related turnover (Shanafelt, Goh & Sinsky 2017) from the survey\'s burnout prevalence: clinicians=N (default: the headcount total), turnover=0.07, risk=2, replacement=500000, target=40%, programme=1000000, measure=<instrument id>');
  return groupingOptions(readingOptions(command))
    .option('--allow-invalid', 'exit 0 even when rows are invalid (they are counted and listed in the report either way)')
    .option('-q, --quiet', 'no progress and no per-instrument lines on stderr (warnings and errors still show)')
    .addHelpText(
      'after',
      `
The file is read as "score" reads it, once per instrument (same columns, options and issue codes).
One --map serves several instruments (as for score and summarize): each takes the entries naming
its own items; an entry naming no instrument's item is an error.
--scheme and --cutoff-scheme apply to every instrument that has the scale (cut-off) and scheme;
write --scheme phq9.total=<scheme> for one instrument only.

The report is one HTML file that opens offline and prints: no script, no web font, no request.
Invalid rows are counted and listed by issue in the report and left out of every figure.

Exit codes: 0 report written, every row valid (or --allow-invalid); 1 report written, some rows
invalid; 2 nothing written (bad arguments, unreadable input, missing item columns).

With --by, --wave, --headcount or --cost the report opens with a summary for leaders: per
construct the prevalence and its change since the previous wave, the groups that differ from the
rest of the organisation beyond chance, the response rate, the cost of burnout and the safety
answers (a count for the whole organisation, never per group, never a name). Groups with fewer
than --min-group respondents (default 5) are withheld, with enough others that none can be
worked out by subtraction. A file with a wave-like column (survey_year, wave, …) and no --wave
gets a warning: its waves are pooled.

Several files are survey waves, earliest first (named by their file names): the figures are the
last file's, the earlier ones give the change since the previous wave and, from three, a trend.

Examples:
  wellbeing-instruments report survey.csv
  wellbeing-instruments report survey-2024.csv survey-2025.csv survey-2026.csv --by department
  wellbeing-instruments report survey.csv --instrument phq9,gad7,cbi -o wellbeing-2026.html
  wellbeing-instruments report waves.csv --by site --by department --wave survey_year --headcount headcount-site.csv --cost target=30%,programme=250000

--cost estimates what burnout-related turnover costs (the worksheet of Shanafelt, Goh & Sinsky,
JAMA Intern Med 2017): from the prevalence of the first burnout cut-off in the report (or
measure=<id>) with its Wilson interval carried through, the paper's national defaults for
turnover (7 %), relative risk (2) and replacement cost ($500,000) unless given, and savings and
return for target= and programme=. Every assumption is shown beside the estimate.
  wellbeing-instruments report qualtrics.csv --header-rows 3 --map map.json --title "Spring survey"`,
    )
    .action(async (files: string[], options: ReportCommandOptions) => {
      const file = files.at(-1)!;
      for (const f of files) {
        if (f === '-') throw new CliError('report reads the file once per instrument, so it cannot read stdin; save the data to a file first');
        const info = await stat(f).catch(() => null);
        if (info === null) throw new CliError(`${f}: no such file`);
        await checkNotInput(options.output, f);
      }
      const say = (line: string) => {
        if (options.quiet !== true || line.startsWith('warning:')) process.stderr.write(`${line}\n`);
      };
      let definitions: InstrumentDefinition[];
      if (options.instrument.length > 0) {
        definitions = [...new Set(options.instrument.map(instrumentById))];
      } else {
        definitions = await instrumentsIn(file, inputFormat(file, options.from), options, await mapOf(options.map));
        say(`instruments found in ${file}: ${definitions.map((d) => d.id).join(', ')} (choose with --instrument)`);
      }
      const groups = groupsOf(options);
      const headcount = options.headcount === undefined ? undefined : await readHeadcount(options.headcount, groups?.levels ?? []);
      if (options.cost !== undefined) parseCost(options.cost);
      const input = await gatherReport(files, definitions, options, { title: options.title ?? `Well-being survey report: ${basename(file)}`, progress: options.quiet !== true, say, groups, wave: options.wave, headcount, cost: options.cost });
      const bytes = await writeReport(options.output, input);
      say(`report: ${options.output} (${Math.round(bytes / 1024).toLocaleString('en')} kB)`);
      const invalid = input.instruments.filter((i) => i.run.invalid > 0);
      if (invalid.length > 0 && options.allowInvalid !== true) {
        const counts = invalid.map((i) => `${i.definition.shortName} ${i.run.invalid.toLocaleString('en')}`).join(', ');
        process.stderr.write(`error: invalid rows (${counts}) are listed in the report and left out of its figures; fix the input, or pass --allow-invalid (exit code 0).\n`);
        process.exitCode = EXIT_INVALID_ROWS;
      }
    });
}
