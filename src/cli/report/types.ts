/** What {@link renderReport} takes: everything the report shows, gathered by the command. */
import type { OutcomesSummary } from '../../cohort/outcomes.js';
import type { CohortSummary } from '../../cohort/summarize.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import type { RunReport } from '../score/run.js';

/** One instrument read from the file. */
export interface ReportInstrument {
  readonly definition: InstrumentDefinition;
  readonly summary: CohortSummary;
  /** What reading the file found: rows, invalid rows by issue code and the first examples, blank rows, warnings. */
  readonly run: RunReport;
  /** The scoring options the rows were scored with (as given on the command line). */
  readonly options: {
    readonly bandSchemes: Readonly<Record<string, string>>;
    readonly cutoffSchemes: Readonly<Record<string, string>>;
    readonly prorate: boolean;
  };
}

export interface ReportInput {
  readonly title: string;
  /** The input file's name, as the user gave it. */
  readonly source: string;
  readonly generatedAt: Date;
  /** The package version that scored the data. */
  readonly version: string;
  readonly instruments: readonly ReportInstrument[];
  /** Constructs side by side across instruments, respondent by respondent; null when not computed. */
  readonly outcomes: OutcomesSummary | null;
}
