/**
 * `summarize <id> <file> [--json]`: the cohort summary of one instrument over a survey export —
 * per scale descriptives, band counts and reliability; per cut-off prevalence with its Wilson
 * interval; item flags; the instrument's published benchmarks set against the cohort — as
 * terminal tables or as JSON (`summarize()` of `wellbeing-instruments/cohort`, plus what the
 * read found). The file is read as `score` reads it: same columns, same options, same issues.
 */
import { Command } from 'commander';
import { isWithheld, type BenchmarkComparison, type CohortSummary, type GroupedSummary } from '../../cohort/index.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { PACKAGE_VERSION } from '../../version.js';
import { EXIT_INVALID_ROWS } from '../errors.js';
import { collect } from '../score/collect.js';
import type { RunReport } from '../score/run.js';
import { table, wrap } from '../text.js';
import { groupingOptions, groupsOf, waveWarning, type GroupingOptions } from './grouping.js';
import { readingOptions, type ReadingOptions } from './reading.js';
import { DEFINITION_HELP } from '../definitions.js';

export interface SummarizeCommandOptions extends ReadingOptions, GroupingOptions {
  json?: boolean;
  allowInvalid?: boolean;
  quiet?: boolean;
}

/** A figure for a table: null as "—", else rounded to `digits`. */
const fixed = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '—' : v.toFixed(digits));
const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(100 * v).toFixed(1)}%`);
const interval = (ci: { readonly lower: number; readonly upper: number } | null, f: (v: number) => string) => (ci === null ? '—' : `${f(ci.lower)} to ${f(ci.upper)}`);
const count = (n: number) => n.toLocaleString('en');

function benchmarkLine(b: BenchmarkComparison): string[] {
  const who = `${b.population} (${b.country} ${b.year}, n ${count(b.n)})`;
  switch (b.kind) {
    case 'mean':
      return [
        who,
        `${b.scale} mean`,
        `${fixed(b.benchmark.mean)}${b.benchmark.sd === null ? '' : ` ± ${fixed(b.benchmark.sd)}`}`,
        `${fixed(b.cohort.mean)}${b.cohort.sd === null ? '' : ` ± ${fixed(b.cohort.sd)}`}`,
        b.difference === null ? '—' : `${b.difference >= 0 ? '+' : ''}${fixed(b.difference)} (${interval(b.ci, (v) => v.toFixed(2))})`,
        b.standardizedDifference === null ? '—' : `d ${fixed(b.standardizedDifference)}`,
      ];
    case 'prevalence':
      return [
        who,
        `${b.cutoff} prevalence`,
        percent(b.benchmark.prevalence),
        percent(b.cohort.prevalence),
        b.difference === null ? '—' : `${b.difference >= 0 ? '+' : ''}${(100 * b.difference).toFixed(1)} points (${interval(b.ci, (v) => (100 * v).toFixed(1))})`,
        '',
      ];
    case 'distribution':
      return [who, `${b.scale} distribution`, b.values.map((v) => `${v.value}: ${percent(v.benchmark)}`).join(' '), b.values.map((v) => `${v.value}: ${percent(v.cohort)}`).join(' '), '', ''];
  }
}

/** The summary as text for a terminal. */
export function summaryText(definition: InstrumentDefinition, summary: CohortSummary, run: RunReport, input: string): string {
  const out: string[] = [];
  out.push(`${definition.shortName} — ${definition.name} (definition ${definition.version}, wellbeing-instruments ${PACKAGE_VERSION})`);
  out.push(
    wrap(
      `${input}: ${count(run.rows)} row${run.rows === 1 ? '' : 's'}; ${count(run.rows - run.invalid)} valid, ${count(run.invalid)} invalid` +
        (run.invalid > 0 ? ` (${[...run.codes].map(([code, n]) => `${code} ${count(n)}`).join(', ')})` : '') +
        (run.invalid > 0 ? '; invalid rows are left out of every figure below' : '') +
        (run.blank > 0 ? `; ${count(run.blank)} blank row${run.blank === 1 ? '' : 's'} skipped` : '') +
        '.',
    ),
  );

  out.push('', 'Scales (missing = valid rows without enough answers for a value; a skipped answer is never counted as 0)');
  out.push(
    table(
      [
        ['scale', 'range', 'scored', 'missing', 'mean', 'SD', 'median', 'IQR', 'min–max', 'alpha (95% CI)', 'omega', 'n (alpha)'],
        ...definition.scales.map((s) => {
          const x = summary.scales[s.id]!;
          const d = x.descriptives;
          const r = x.reliability;
          return [
            s.id,
            `${s.range[0]}–${s.range[1]}`,
            count(x.scored),
            count(x.missing),
            fixed(d.mean),
            fixed(d.sd),
            fixed(d.median),
            d.q1 === null ? '—' : `${fixed(d.q1)}–${fixed(d.q3)}`,
            d.min === null ? '—' : `${fixed(d.min)}–${fixed(d.max)}`,
            r.alpha === null ? `— (${r.reasons.alpha ?? ''})` : `${fixed(r.alpha)} (${interval(r.alphaCi, (v) => v.toFixed(2))})`,
            fixed(r.omegaTotal),
            count(r.n),
          ];
        }),
      ],
      { align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] },
    ),
  );

  for (const s of definition.scales) {
    const bands = summary.scales[s.id]!.bands;
    if (bands === null) continue;
    const scheme = s.bandSchemes.find((b) => b.id === bands.scheme)!;
    out.push('', `Bands of ${s.id} (scheme ${bands.scheme}), of ${count(summary.scales[s.id]!.scored)} scored`);
    out.push(
      table(
        [
          ['band', 'from', 'count', 'share'],
          ...bands.counts.map((b) => {
            const band = scheme.bands.find((x) => x.id === b.id)!;
            return [`${b.label} (${b.id})`, `${band.minExclusive === true ? '>' : '≥'} ${band.min}`, count(b.count), percent(b.proportion)];
          }),
        ],
        { align: ['left', 'right', 'right', 'right'] },
      ),
    );
  }

  if (definition.cutoffs.length > 0) {
    out.push('', 'Cut-offs (prevalence over rows where the cut-off could be decided; Wilson 95% interval)');
    out.push(
      table(
        [
          ['cut-off', 'scheme', 'positive', 'decided', 'prevalence', '95% CI', 'undecided'],
          ...definition.cutoffs.map((c) => {
            const x = summary.cutoffs[c.id]!;
            return [c.id, x.scheme ?? '', count(x.positives), count(x.determinable), percent(x.prevalence), interval(x.ci, (v) => `${(100 * v).toFixed(1)}%`), count(x.notDeterminable)];
          }),
        ],
        { align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'] },
      ),
    );
  }

  const flags = Object.entries(summary.flags);
  if (flags.length > 0) {
    out.push('', 'Item flags (each needs individual follow-up, whatever the total)');
    for (const [id, f] of flags) out.push(`  ${id}: positive ${count(f.positive)}, item unanswered ${count(f.unanswered)}`);
  }

  if (summary.benchmarks.length > 0) {
    out.push('', 'Published benchmarks (other populations, for orientation; difference = this cohort − benchmark, 95% CI)');
    const groups = new Map<string, string[][]>();
    for (const b of summary.benchmarks) {
      const [who, ...figures] = benchmarkLine(b);
      groups.set(who!, [...(groups.get(who!) ?? []), figures]);
    }
    for (const [who, lines] of groups) {
      out.push(wrap(who, '    ', '  '));
      out.push(table([['figure', 'published', 'this cohort', 'difference (95% CI)', 'effect'], ...lines]).replace(/^/gm, '    '));
    }
  } else {
    out.push('', `No published benchmark is recorded for ${definition.shortName} (see docs/unverified.md).`);
  }
  out.push('', wrap('Reliability: Cronbach\'s alpha with Feldt\'s 95% interval and McDonald\'s omega total, on rows answering every item of the scale (reverse keys applied). "wellbeing-instruments summarize --json" gives every figure, with the reason wherever one is empty.'));
  return out.join('\n');
}

/** "*" when a 95 % interval of a difference excludes 0. */
const beyondChance = (ci: { readonly lower: number; readonly upper: number } | null) => (ci !== null && (ci.lower > 0 || ci.upper < 0) ? '*' : '');

/** The groups as text: per grouping, each group's n, each scale's mean and each cut-off's prevalence, marked where they differ from the rest beyond chance. */
export function groupsText(definition: InstrumentDefinition, grouped: GroupedSummary): string {
  const out: string[] = [];
  const withheld = { suppressed_small_group: `fewer than ${grouped.minGroupSize}`, suppressed_complementary: 'withheld to protect a small group' } as const;
  grouped.levels.forEach((level, l) => {
    out.push('', wrap(`By ${level.join(' × ')} (mean or prevalence; * differs from the rest of the organisation beyond chance: the 95% interval of the difference excludes 0)`));
    const header = ['group', 'n', ...definition.scales.map((s) => `${s.id} mean`), ...definition.cutoffs.map((c) => `${c.id} (95% CI)`)];
    const rows = grouped.groups
      .filter((g) => g.level === l)
      .map((g) => {
        const name = level.map((c) => g.by[c] ?? '(none)').join(' / ');
        if (g.summary === null || g.vsRest === null) return [name, `— (${withheld[g.reason!]})`, ...header.slice(2).map(() => '')];
        const summary = g.summary;
        const vs = g.vsRest;
        return [
          name,
          count(g.n!),
          ...definition.scales.map((s) => {
            const x = summary.scales[s.id]!;
            const d = vs.scales[s.id]!;
            return isWithheld(x) || isWithheld(d) ? '—' : `${fixed(x.descriptives.mean)}${beyondChance(d.ci)}`;
          }),
          ...definition.cutoffs.map((c) => {
            const x = summary.cutoffs[c.id]!;
            const d = vs.cutoffs[c.id]!;
            return isWithheld(x) || isWithheld(d) ? '—' : `${percent(x.prevalence)} (${interval(x.ci, (v) => `${(100 * v).toFixed(1)}%`)})${beyondChance(d.ci)}`;
          }),
        ];
      });
    out.push(table([header, ...rows], { align: header.map((_, i) => (i === 0 ? 'left' : 'right')) }));
  });
  out.push(
    '',
    wrap(
      grouped.breakdown === 'withheld'
        ? `Every group is withheld: the cohort is too small to show any group without a small one being worked out from the total.`
        : `Groups with fewer than ${grouped.minGroupSize} respondents are withheld (--min-group), and so are the next smallest where a withheld figure could otherwise be worked out by subtraction; "—" inside a shown group marks a figure resting on too few answers. Groups are listed by value (numbers first, then text; rows without a value last).`,
    ),
  );
  return out.join('\n');
}

export function summarizeCommand(): Command {
  const command = new Command('summarize')
    .alias('summarise')
    .description('summarise a cohort: scale statistics, band counts, prevalence with intervals, reliability, benchmarks')
    .argument('<id>', 'instrument id, e.g. phq9 (see "list")')
    .argument('<file>', 'input file (CSV, TSV, JSON, NDJSON), or - for stdin')
    .option('--definition <file>', DEFINITION_HELP)
    .option('--json', 'print the summary as JSON (every figure, with reasons for empty ones)');
  return groupingOptions(readingOptions(command))
    .option('--allow-invalid', 'exit 0 even when rows are invalid (they are counted either way)')
    .option('-q, --quiet', 'no progress line on stderr')
    .addHelpText(
      'after',
      `
The file is read exactly as "score" reads it (same columns, options and issue codes); invalid rows
are counted by issue and left out of every figure. Exit codes as for "score": 0 every row valid
(or --allow-invalid), 1 some rows invalid (the summary is still printed), 2 nothing could be read.
Unlike "score", the summary holds each row's scale values (8 bytes each) and, for reliability,
complete item answers in memory.

With --by, the summary is also given per group of those columns (--by department,role: every
combination; repeat --by for several groupings), each group's means and prevalences set against
the rest of the organisation (Welch and Newcombe 95% intervals). A figure resting on fewer than
--min-group respondents (default 5) is withheld, never shown as 0, and so are the next smallest
where it could be worked out by subtraction. The JSON is then { input, read, levels,
minGroupSize, breakdown, withheldBreakdowns, overall, groups: [{ by, level, n, suppressed, reason, summary,
vsRest }] }, described by the package's schema/grouped-summary.schema.json; it never holds a
respondent's id or answers.

Examples:
  wellbeing-instruments summarize cbi survey.csv
  wellbeing-instruments summarize phq9 redcap.csv --missing NA --json > phq9-summary.json
  wellbeing-instruments summarize cbi survey.csv --by department --by department,role`,
    )
    .action(async (id: string, file: string, options: SummarizeCommandOptions) => {
      const got = await collect(id, file, options, { keepOutcomes: false, progress: options.quiet !== true && options.json !== true, groups: groupsOf(options) });
      const input = file === '-' ? 'stdin' : file;
      const warning = waveWarning(got.waveLike, 'summarize');
      for (const w of [...got.run.warnings, ...(warning === null ? [] : [warning])]) process.stderr.write(`warning: ${w}\n`);
      const { rows, blank, invalid, incomplete, warnings } = got.run;
      const read = { rows, blank, invalid, incomplete, issues: Object.fromEntries(got.run.codes), warnings };
      const grouped = got.grouped;
      if (options.json === true) {
        const body = grouped === null ? { input, read, summary: got.summary } : { input, read, levels: grouped.levels, minGroupSize: grouped.minGroupSize, breakdown: grouped.breakdown, withheldBreakdowns: grouped.withheldBreakdowns, overall: grouped.overall, groups: grouped.groups };
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
      } else {
        process.stdout.write(`${summaryText(got.definition, got.summary, got.run, input)}\n`);
        if (grouped !== null) process.stdout.write(`${groupsText(got.definition, grouped)}\n`);
      }
      if (got.run.invalid > 0 && options.allowInvalid !== true) {
        for (const hint of [got.run.labelHint, got.run.missingHint]) if (hint !== null) process.stderr.write(`hint: ${hint}\n`);
        process.stderr.write(`error: ${count(got.run.invalid)} of ${count(got.run.rows)} rows are invalid and left out of the summary; run "score" to see each row's issues, or pass --allow-invalid (exit code 0).\n`);
        process.exitCode = EXIT_INVALID_ROWS;
      }
    });
}
