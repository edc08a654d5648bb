/** What {@link renderReport} takes: everything the report shows, gathered by the command. */
import type { GroupedSummary } from '../../cohort/grouped.js';
import type { OutcomesSummary } from '../../cohort/outcomes.js';
import type { CohortSummary } from '../../cohort/summarize.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import type { Wave } from '../score/collect.js';
import type { RunReport } from '../score/run.js';
import type { Markup } from './html.js';

/** One instrument read from the file. */
export interface ReportInstrument {
  readonly definition: InstrumentDefinition;
  /** The summary of the valid rows (of the latest wave, with `--wave`). */
  readonly summary: CohortSummary;
  /** With `--by`: per group (of the latest wave, with `--wave`). */
  readonly grouped?: GroupedSummary | null;
  /** With `--wave`: every wave, earliest first. */
  readonly waves?: readonly Wave[] | null;
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
  /** With `--by`, `--wave`, `--headcount` or `--cost`: what the summary for leaders needs. */
  readonly organisation?: ReportOrganisation | null;
}

/** The organisation's settings and figures beyond each instrument's. */
export interface ReportOrganisation {
  /** The groupings (`--by`), each a list of columns crossed; empty without `--by`. */
  readonly levels: readonly (readonly string[])[];
  readonly minGroupSize: number;
  /** The wave column (`--wave`), or null. */
  readonly wave: string | null;
  /** Headcount per group of one grouping (`--headcount`): keyed by the JSON of the group's values in `columns` order. */
  readonly headcount: { readonly source: string; readonly columns: readonly string[]; readonly total: number; readonly groups: ReadonlyMap<string, number> } | null;
  /** The cost section's body (`--cost`), or null. */
  readonly cost: Markup | null;
}
