/**
 * Reading a survey export for a cohort summary (`summarize`, `report`, `demo`): the file goes
 * through the same pipeline as `score` (same column matching, cell reading and issue codes,
 * nothing written), and each valid row is added to a {@link summarizer}, which keeps only compact
 * numbers per row. Invalid rows (a bad answer, a wrong field count, a malformed record) are
 * counted by issue code in `run` and left out of the summary, as `score` leaves their scores
 * empty: the summary's figures are those of the scored file's columns.
 */
import { summarizer, type CohortSummary } from '../../cohort/summarize.js';
import type { ScoreResult } from '../../schema/result.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { prepareReading, type ReadingOptions } from '../commands/reading.js';
import type { ScorePlan } from './plan.js';
import { run, type RunReport } from './run.js';

export interface Collected {
  readonly definition: InstrumentDefinition;
  readonly plan: ScorePlan;
  /** What the read found: rows, invalid rows by issue code, warnings. */
  readonly run: RunReport;
  readonly summary: CohortSummary;
  /** Per input row, in order: its score result, or null for a row that could not be read as answers; null unless `keepResults`. */
  readonly results: (ScoreResult | null)[] | null;
}

export interface CollectSettings {
  /** Keep every row's score result (for comparing instruments respondent by respondent); costs memory per row. */
  readonly keepResults: boolean;
  readonly progress: boolean;
  /** Leave out `--map` entries naming another instrument's items (several instruments from one file). */
  readonly ownItemsOnly?: boolean;
}

/** Reads `file` for instrument `id` and summarises it. */
export async function collect(id: string, file: string, options: ReadingOptions, settings: CollectSettings): Promise<Collected> {
  const { plan, read } = await prepareReading(id, file, options, { ownItemsOnly: settings.ownItemsOnly === true });
  const cohort = summarizer(plan.definition, plan.options);
  const results: (ScoreResult | null)[] | null = settings.keepResults ? [] : null;
  const report = await run({
    ...read,
    plan,
    sink: null,
    output: null,
    progress: settings.progress,
    observe(row) {
      if (row.valid && row.answers !== null) cohort.add(row.answers);
      results?.push(row.result);
    },
  });
  return { definition: plan.definition, plan, run: report, summary: cohort.summary(), results };
}
