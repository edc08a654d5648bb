/**
 * `demo`: scores the bundled synthetic clinician survey (sample/clinician-survey.csv, written by
 * scripts/sample.ts) for each of its instruments, through the same pipeline as `score`, and
 * prints one line per instrument: rows, invalid rows, rows with a score, the mean of the
 * headline scale and the prevalence of the headline cut-off, then the invalid rows found. It
 * also writes the HTML report of the sample's three waves (`demo-report.html`, as `report
 * sample/clinician-survey-waves.csv --by site --by department --wave survey_year --headcount
 * sample/headcount-site.csv --cost target=30%,programme=250000` would), whose first screen is
 * the summary for leaders.
 *
 * Each instrument's headline is its first declared outcome (`definition.outcomes`): the scale
 * that carries severity and the cut-off that decides "positive" for the construct.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { getInstrument, withShippedNotes } from '../../catalogue.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { PACKAGE_VERSION } from '../../version.js';
import { headline } from '../report/overview.js';
import type { ReportInput } from '../report/types.js';
import type { RunReport } from '../score/run.js';
import { number, table, wrap } from '../text.js';
import { readHeadcount } from './headcount.js';
import { gatherReport, writeReport } from './report.js';

/** The sample, shipped beside dist/ (package.json "files"). */
export const SAMPLE = fileURLToPath(new URL('../sample/clinician-survey.csv', import.meta.url));
/** The sample's three waves (2024–2026) and its headcount per site. */
export const SAMPLE_WAVES = fileURLToPath(new URL('../sample/clinician-survey-waves.csv', import.meta.url));
export const SAMPLE_HEADCOUNT = fileURLToPath(new URL('../sample/headcount-site.csv', import.meta.url));
/** The demo report's groupings: sites (with their headcount) and departments (one of them too small to show). */
const DEMO_LEVELS = [['site'], ['department']];

/** The instruments the sample holds (scripts/sample.ts `SAMPLE_INSTRUMENTS`), in its column order. */
export const SAMPLE_IDS = ['phq9', 'gad7', 'who5', 'cbi', 'mbi2', 'sib'] as const;

/** Per instrument: the headline figures of the sample. */
export interface DemoLine {
  readonly definition: InstrumentDefinition;
  readonly scale: string;
  readonly cutoff: string | null;
  readonly report: RunReport;
  readonly scored: number;
  readonly mean: number | null;
  readonly determinable: number;
  readonly positive: number;
}

/** The organisation report of the sample's waves, by site and department, with the site headcount. */
export async function sampleReport(): Promise<ReportInput> {
  const definitions = SAMPLE_IDS.map((id) => withShippedNotes(getInstrument(id)));
  const groups = { levels: DEMO_LEVELS, minGroupSize: 5 };
  return gatherReport(SAMPLE_WAVES, definitions, { encoding: 'utf-8', scheme: {}, cutoffScheme: {} }, {
    title: `Demo: a synthetic survey of clinicians, 2024–2026 (made up, not real people)`,
    progress: false,
    say: () => {},
    groups,
    wave: 'survey_year',
    headcount: await readHeadcount(SAMPLE_HEADCOUNT, DEMO_LEVELS),
    // A made-up programme: burnout down to 30 % for $250,000 a year.
    cost: 'target=30%,programme=250000',
  });
}

/** Scores the sample for each of its instruments: the demo's lines and the report's input. */
export async function scoreSample(path = SAMPLE): Promise<{ lines: DemoLine[]; input: ReportInput }> {
  const definitions = SAMPLE_IDS.map((id) => withShippedNotes(getInstrument(id)));
  const input = await gatherReport(path, definitions, { encoding: 'utf-8', scheme: {}, cutoffScheme: {} }, {
    title: `Demo: a synthetic survey of clinicians (made up, not real people)`,
    progress: false,
    say: () => {},
  });
  const lines = input.instruments.map(({ definition, summary, run }): DemoLine => {
    const { scale, cutoff } = headline(definition);
    const s = summary.scales[scale]!;
    const c = cutoff === null ? null : summary.cutoffs[cutoff]!;
    return { definition, scale, cutoff, report: run, scored: s.scored, mean: s.descriptives.mean, determinable: c?.determinable ?? 0, positive: c?.positives ?? 0 };
  });
  return { lines, input };
}

/** The demo's text. */
export function demoText(lines: readonly DemoLine[], path = SAMPLE): string {
  const rows = lines[0]?.report.rows ?? 0;
  const out: string[] = [
    `wellbeing-instruments ${PACKAGE_VERSION} — demo: a synthetic survey of ${rows} clinicians (made up, not real people)`,
    `sample: ${path}`,
    '',
    table(
      [
        ['instrument', 'measures', 'rows', 'invalid', 'scored', 'mean', 'of scale', 'positive', 'prevalence', 'cut-off'],
        ...lines.map((l) => [
          l.definition.shortName,
          l.definition.constructs.join(', ').replaceAll('_', ' '),
          String(l.report.rows),
          String(l.report.invalid),
          String(l.scored),
          l.mean === null ? '—' : number(l.mean),
          l.scale,
          `${l.positive}/${l.determinable}`,
          l.determinable === 0 ? '—' : `${((100 * l.positive) / l.determinable).toFixed(1)}%`,
          l.cutoff ?? '—',
        ]),
      ],
      { align: ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'right', 'right'] },
    ),
    '',
    wrap('"scored" counts rows with a value: a skipped answer is never counted as 0, so a scale without enough answers has none. Prevalence is over rows where the cut-off could be decided.'),
  ];
  const invalid = lines.flatMap((l) => l.report.examples.map((e) => ({ l, e })));
  if (invalid.length > 0) {
    out.push('', 'Invalid rows are reported and left unscored, never read as missing:');
    for (const { l, e } of invalid) for (const issue of e.issues) out.push(wrap(`${l.definition.shortName}, record ${e.record}${e.label === null ? '' : ` (${e.label})`}: ${issue.code}: ${issue.message}`, '    ', '  '));
  }
  out.push('', 'Score the sample yourself (one output row per input row, with every column kept):', `  wellbeing-instruments score phq9 ${JSON.stringify(path)} -o phq9-scores.csv`);
  return out.join('\n');
}

/** A few lines from the organisation report: the trend of the burnout headline, the groups withheld and standing out, the response. */
export function organisationText(input: ReportInput): string {
  const out: string[] = ['The sample’s three waves (2024–2026), by site and department:'];
  for (const ri of input.instruments) {
    const { cutoff } = headline(ri.definition);
    if (cutoff === null || ri.definition.id !== 'sib') continue;
    const trend = (ri.waves ?? []).map((w) => {
      const c = w.summary.cutoffs[cutoff]!;
      return `${w.wave} ${c.prevalence === null ? '—' : `${(100 * c.prevalence).toFixed(1)}%`}`;
    });
    out.push(wrap(`burnout (${ri.definition.shortName}): ${trend.join(', ')}`, '    ', '  '));
  }
  const grouped = input.instruments[0]?.grouped;
  if (grouped != null) {
    const withheld = grouped.groups.filter((g) => g.suppressed !== false);
    out.push(wrap(`withheld in 2026 (${input.instruments[0]!.definition.shortName}): ${withheld.map((g) => `${Object.values(g.by).join(' / ')} (${g.suppressed === 'small_group' ? `fewer than ${grouped.minGroupSize} respondents` : 'so a smaller one cannot be worked out'})`).join(', ') || 'none'}`, '    ', '  '));
  }
  const hc = input.organisation?.headcount;
  const first = input.instruments[0];
  if (hc != null && first !== undefined) out.push(`  response: ${first.summary.rows} of ${hc.total} employed (${((100 * first.summary.rows) / hc.total).toFixed(1)}%)`);
  if (input.organisation?.cost != null) out.push('  cost of burnout-related turnover, with its assumptions: in the report’s summary for leaders');
  return out.join('\n');
}

export function demoCommand(): Command {
  return new Command('demo')
    .description('score the bundled synthetic clinician survey, print a summary per instrument and write its HTML report')
    .option('-o, --output <file>', 'where to write the HTML report', 'demo-report.html')
    .option('--no-report', 'print the summary only; write no report')
    .addHelpText('after', `\nThe sample is ${SAMPLE}; it is made up (scripts/sample.ts generates it from a fixed seed).\nThe report is what "wellbeing-instruments report" writes for it: open it in a browser.`)
    .action(async (options: { output: string; report: boolean }) => {
      const { lines } = await scoreSample();
      console.log(demoText(lines));
      if (options.report) {
        const input = await sampleReport();
        console.log(`\n${organisationText(input)}`);
        const bytes = await writeReport(options.output, input);
        console.log(`\nReport of the sample's three waves by site and department (${Math.round(bytes / 1024)} kB, opens offline): ${resolve(options.output)}`);
        console.log(`Make one for your own data:\n  wellbeing-instruments report survey.csv --by department --wave survey_year --headcount headcount.csv -o report.html`);
      }
    });
}
