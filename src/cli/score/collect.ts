/**
 * Reading a survey export for a cohort summary (`summarize`, `report`, `demo`): the file goes
 * through the same pipeline as `score` (same column matching, cell reading and issue codes,
 * nothing written), and each valid row is added to a {@link summarizer}, which keeps only compact
 * numbers per row. Invalid rows (a bad answer, a wrong field count, a malformed record) are
 * counted by issue code in `run` and left out of the summary, as `score` leaves their scores
 * empty: the summary's figures are those of the scored file's columns.
 */
import { Column } from '../../cohort/column.js';
import type { TalliedOutcome } from '../../cohort/outcomes.js';
import { summarizer, type CohortSummary } from '../../cohort/summarize.js';
import { outcomesFor } from '../../compare/outcomes.js';
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
  /** Each row's outcomes (construct, positive, severity), kept compactly; null unless `keepOutcomes`. */
  readonly outcomes: RowOutcomes | null;
}

/**
 * The harmonised outcomes (see `outcomesFor`) of every input row, in order, for comparing
 * instruments respondent by respondent: 8 bytes per row and 16 per outcome, not a result object
 * per row. Invalid rows have none.
 */
export class RowOutcomes {
  /** Per row: 1 when the row was valid, then per outcome its `positive` (1, 0, NaN for null) and severity (NaN for null). */
  private readonly data: Column;
  /** What every row's outcomes share (construct, instrument, criterion), taken from the first valid row. */
  private shared: readonly TalliedOutcome[] | null = null;

  constructor(private readonly width: number) {
    this.data = new Column(1 + 2 * width);
  }

  get rows(): number {
    return this.data.rows;
  }

  add(outcomes: readonly TalliedOutcome[] | null): void {
    const at = this.data.grow();
    const b = this.data.buffer;
    b[at] = outcomes === null ? 0 : 1;
    if (outcomes === null) return;
    this.shared ??= outcomes.map(({ construct, instrument, criterion }) => ({ construct, instrument, criterion, positive: null, severity: null }));
    for (let k = 0; k < this.width; k++) {
      const o = outcomes[k]!;
      b[at + 1 + 2 * k] = o.positive === null ? Number.NaN : o.positive ? 1 : 0;
      b[at + 2 + 2 * k] = o.severity ?? Number.NaN;
    }
  }

  /** Row `row`'s outcomes, or null for an invalid row (or a row past the end). */
  at(row: number): TalliedOutcome[] | null {
    if (row >= this.data.rows || this.shared === null) return null;
    const b = this.data.buffer;
    const at = row * (1 + 2 * this.width);
    if (b[at] !== 1) return null;
    return this.shared.map((o, k) => {
      const positive = b[at + 1 + 2 * k]!;
      const severity = b[at + 2 + 2 * k]!;
      return { ...o, positive: Number.isNaN(positive) ? null : positive === 1, severity: Number.isNaN(severity) ? null : severity };
    });
  }
}

export interface CollectSettings {
  /** Keep every row's outcomes (for comparing instruments respondent by respondent). */
  readonly keepOutcomes: boolean;
  readonly progress: boolean;
}

/** Reads `file` for instrument `id` and summarises it. */
export async function collect(id: string, file: string, options: ReadingOptions, settings: CollectSettings): Promise<Collected> {
  const { plan, read } = await prepareReading(id, file, options);
  const cohort = summarizer(plan.definition, plan.options);
  const { definition } = plan;
  const outcomes = settings.keepOutcomes ? new RowOutcomes(definition.outcomes?.length ?? 0) : null;
  const report = await run({
    ...read,
    plan,
    sink: null,
    output: null,
    progress: settings.progress,
    observe(row) {
      const valid = row.valid && row.answers !== null;
      if (valid) cohort.add(row.answers);
      // Invalid rows are left out of every figure, the comparison of instruments included.
      outcomes?.add(valid && row.result !== null ? outcomesFor(definition, row.result) : null);
    },
  });
  return { definition, plan, run: report, summary: cohort.summary(), outcomes };
}
