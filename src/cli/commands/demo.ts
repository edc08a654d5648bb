/**
 * `demo`: scores the bundled synthetic clinician survey (sample/clinician-survey.csv, written by
 * scripts/sample.ts) for each of its instruments, through the same pipeline as `score`, and
 * prints one line per instrument: rows, invalid rows, rows with a score, the mean of the
 * headline scale and the prevalence of the headline cut-off, then the invalid rows found. It
 * also writes the HTML report of the sample (`demo-report.html`, as `report` would).
 *
 * Each instrument's headline is its first declared outcome (`definition.outcomes`): the scale
 * that carries severity and the cut-off that decides "positive" for the construct.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { getInstrument } from '../../catalogue.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { PACKAGE_VERSION } from '../../version.js';
import { headline } from '../report/overview.js';
import type { ReportInput } from '../report/types.js';
import type { RunReport } from '../score/run.js';
import { number, table, wrap } from '../text.js';
import { gatherReport, writeReport } from './report.js';

/** The sample, shipped beside dist/ (package.json "files"). */
export const SAMPLE = fileURLToPath(new URL('../sample/clinician-survey.csv', import.meta.url));

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

/** Scores the sample for each of its instruments: the demo's lines and the report's input. */
export async function scoreSample(path = SAMPLE): Promise<{ lines: DemoLine[]; input: ReportInput }> {
  const definitions = SAMPLE_IDS.map((id) => getInstrument(id));
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

export function demoCommand(): Command {
  return new Command('demo')
    .description('score the bundled synthetic clinician survey, print a summary per instrument and write its HTML report')
    .option('-o, --output <file>', 'where to write the HTML report', 'demo-report.html')
    .option('--no-report', 'print the summary only; write no report')
    .addHelpText('after', `\nThe sample is ${SAMPLE}; it is made up (scripts/sample.ts generates it from a fixed seed).\nThe report is what "wellbeing-instruments report" writes for it: open it in a browser.`)
    .action(async (options: { output: string; report: boolean }) => {
      const { lines, input } = await scoreSample();
      console.log(demoText(lines));
      if (options.report) {
        const bytes = await writeReport(options.output, input);
        console.log(`\nReport of the sample (${Math.round(bytes / 1024)} kB, opens offline): ${resolve(options.output)}`);
        console.log(`Make one for your own data:\n  wellbeing-instruments report survey.csv -o report.html`);
      }
    });
}
