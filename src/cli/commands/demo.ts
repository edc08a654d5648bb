/**
 * `demo`: scores the bundled synthetic clinician survey (sample/clinician-survey.csv, written by
 * scripts/sample.ts) for each of its instruments, through the same pipeline as `score`, and
 * prints one line per instrument: rows, invalid rows, rows with a score, the mean of the
 * headline scale and the prevalence of the headline cut-off, then the invalid rows found.
 */
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { getInstrument } from '../../catalogue.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { PACKAGE_VERSION } from '../../version.js';
import { planScore } from '../score/plan.js';
import { run, type RunReport } from '../score/run.js';
import { number, table, wrap } from '../text.js';

/** The sample, shipped beside dist/ (package.json "files"). */
export const SAMPLE = fileURLToPath(new URL('../sample/clinician-survey.csv', import.meta.url));

/**
 * The sample's instruments, each with the scale and cut-off the demo headlines: the scale that
 * carries severity and the cut-off that decides "positive" for the construct the instrument is
 * used for in clinician surveys (CBI: work-related burnout; MBI items: the burnout criterion).
 */
export const DEMO_INSTRUMENTS = [
  { id: 'phq9', scale: 'total', cutoff: 'positive_screen' },
  { id: 'gad7', scale: 'total', cutoff: 'positive_screen' },
  { id: 'who5', scale: 'percentage', cutoff: 'poor_wellbeing' },
  { id: 'cbi', scale: 'work', cutoff: 'work_high' },
  { id: 'mbi2', scale: 'emotional_exhaustion', cutoff: 'burnout' },
  { id: 'sib', scale: 'burnout', cutoff: 'burnout' },
] as const;

/** Per instrument: what the headline needs, gathered row by row while scoring. */
export interface DemoLine {
  readonly definition: InstrumentDefinition;
  readonly scale: string;
  readonly cutoff: string;
  readonly report: RunReport;
  readonly scored: number;
  readonly mean: number | null;
  readonly determinable: number;
  readonly positive: number;
}

/** Scores the sample for each demo instrument. */
export async function scoreSample(path = SAMPLE): Promise<DemoLine[]> {
  const lines: DemoLine[] = [];
  for (const { id, scale, cutoff } of DEMO_INSTRUMENTS) {
    const definition = getInstrument(id);
    const plan = planScore(definition, { prorate: false, bandSchemes: {}, cutoffSchemes: {}, labels: false, missing: [], map: {} });
    let scored = 0;
    let sum = 0;
    let determinable = 0;
    let positive = 0;
    const report = await run({
      input: path,
      from: 'csv',
      encoding: 'utf-8',
      plan,
      sink: null,
      output: null,
      progress: false,
      observe(row) {
        if (!row.valid || row.result === null) return;
        const value = row.result.scales[scale]!.value;
        if (value !== null) {
          scored++;
          sum += value;
        }
        const verdict = row.result.cutoffs[cutoff];
        if (verdict !== null && verdict !== undefined) {
          determinable++;
          if (verdict) positive++;
        }
      },
    });
    lines.push({ definition, scale, cutoff, report, scored, mean: scored === 0 ? null : sum / scored, determinable, positive });
  }
  return lines;
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
          l.cutoff,
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
    .description('score the bundled synthetic clinician survey and print a summary per instrument')
    .addHelpText('after', `\nThe sample is ${SAMPLE}; it is made up (scripts/sample.ts generates it from a fixed seed).`)
    .action(async () => {
      console.log(demoText(await scoreSample()));
    });
}
