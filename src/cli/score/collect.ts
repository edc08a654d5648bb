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
import { compareGroupValues, groupedSummarizer, type GroupedSummarizer, type GroupedSummary } from '../../cohort/grouped.js';
import { summarizer, type CohortSummary, type Summarizer } from '../../cohort/summarize.js';
import { outcomesFor } from '../../compare/outcomes.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import { prepareReading, type ReadingOptions } from '../commands/reading.js';
import { CliError } from '../errors.js';
import type { ScorePlan } from './plan.js';
import { run, type RowCells, type RunReport } from './run.js';

export interface Collected {
  readonly definition: InstrumentDefinition;
  readonly plan: ScorePlan;
  /** What the read found: rows, invalid rows by issue code, warnings. */
  readonly run: RunReport;
  /** The grouping columns, in the order `Wave.cells` keys them. */
  readonly columns: readonly string[];
  /** Valid rows per combination of grouping values (of the latest wave); see `Wave.cells`. */
  readonly cells: ReadonlyMap<string, number>;
  /** The summary of every valid row; with a wave column, of the latest wave's. */
  readonly summary: CohortSummary;
  /** With grouping levels: the grouped summary (of the latest wave, with a wave column). */
  readonly grouped: GroupedSummary | null;
  /** With a wave column: each wave in order (earliest first); rows without a wave value are in none. */
  readonly waves: readonly Wave[] | null;
  /** Rows without a value in the wave column (left out of every wave). */
  readonly withoutWave: number;
  /** Without a wave column: a column whose name and values look like survey waves (the figures pool them). */
  readonly waveLike: { readonly column: string; readonly values: readonly string[] } | null;
  /** With a wave column and `keepOutcomes`: each row's wave (null without one), to compare instruments within a wave. */
  readonly rowWaves: readonly (string | null)[] | null;
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

/** One survey wave: its value in the wave column, its summary and, with grouping, its grouped summary. */
export interface Wave {
  readonly wave: string;
  readonly summary: CohortSummary;
  readonly grouped: GroupedSummary | null;
  /**
   * Valid rows per combination of the grouping columns' values (keyed by their JSON, in the
   * order of `Collected.columns`), for checks such as respondents against headcount. Never shown:
   * it includes the groups `grouped` withholds.
   */
  readonly cells: ReadonlyMap<string, number>;
}

function finished(wave: string, c: { cells: Map<string, number>; plain: Summarizer | null; grouped: GroupedSummarizer | null }): Wave {
  const grouped = c.grouped?.summary() ?? null;
  return { wave, summary: grouped?.overall ?? c.plain!.summary(), grouped, cells: c.cells };
}

/** Column names that usually hold a survey wave (a year, a round). */
const WAVE_LIKE = /^(wave|survey_?(wave|year|round|cycle|period|id)|year|round|cycle|period|wave_?(id|number|no)?)$/i;

/** Checks that every column named exists, naming the columns there are otherwise. */
function checkColumns(flag: string, wanted: readonly string[], cells: RowCells): void {
  for (const c of wanted) {
    if (!cells.columns.includes(c)) throw new CliError(`${flag} ${c}: the file has no column "${c}" (columns: ${cells.columns.filter((x) => !/_\d+$/.test(x)).join(', ') || 'none besides items'})`);
  }
}

export interface CollectSettings {
  /** Keep every row's outcomes (for comparing instruments respondent by respondent). */
  readonly keepOutcomes: boolean;
  readonly progress: boolean;
  /** Grouping levels (each a list of columns, crossed) and the minimum group size. */
  readonly groups?: { readonly levels: readonly (readonly string[])[]; readonly minGroupSize: number } | undefined;
  /** The column holding each row's survey wave. */
  readonly wave?: string | undefined;
}

/** Reads `file` for instrument `id` and summarises it. */
export async function collect(id: string, file: string, options: ReadingOptions, settings: CollectSettings): Promise<Collected> {
  const { plan, read } = await prepareReading(id, file, options);
  const { definition } = plan;
  const groups = settings.groups;
  const columns = groups === undefined ? [] : [...new Set(groups.levels.flat())];
  // With groups, the grouped summary's overall is the plain summary: one set of tallies, not two.
  const make = () => ({
    cells: new Map<string, number>(),
    plain: groups === undefined ? summarizer(definition, plan.options) : null,
    grouped: groups === undefined ? null : groupedSummarizer(definition, { ...plan.options, levels: groups.levels, minGroupSize: groups.minGroupSize }),
  });
  /** Per wave (one entry, '', without a wave column). */
  const cohorts = new Map<string, { cells: Map<string, number>; plain: Summarizer | null; grouped: GroupedSummarizer | null }>();
  const outcomes = settings.keepOutcomes ? new RowOutcomes(definition.outcomes?.length ?? 0) : null;
  const rowWaves: (string | null)[] | null = settings.keepOutcomes && settings.wave !== undefined ? [] : null;
  let first = true;
  let withoutWave = 0;
  let waveLike: { column: string; values: Set<string> } | null = null;
  const report = await run({
    ...read,
    plan,
    sink: null,
    output: null,
    progress: settings.progress,
    observe(row, _record, cells) {
      if (first) {
        first = false;
        checkColumns('--by', columns, cells);
        if (settings.wave !== undefined) checkColumns('--wave', [settings.wave], cells);
        else {
          const column = cells.columns.find((c) => WAVE_LIKE.test(c.trim()));
          if (column !== undefined) waveLike = { column, values: new Set() };
        }
      }
      if (waveLike !== null && waveLike.values.size < 20) {
        const v = cells.get(waveLike.column);
        if (v !== null) waveLike.values.add(v);
      }
      const valid = row.valid && row.answers !== null;
      rowWaves?.push(cells.get(settings.wave!));
      // Invalid rows are left out of every figure, the comparison of instruments included.
      outcomes?.add(valid && row.result !== null ? outcomesFor(definition, row.result) : null);
      if (!valid) return;
      const wave = settings.wave === undefined ? '' : cells.get(settings.wave);
      if (wave === null) {
        withoutWave++;
        return;
      }
      let cohort = cohorts.get(wave);
      if (cohort === undefined) {
        cohort = make();
        cohorts.set(wave, cohort);
      }
      cohort.plain?.add(row.answers);
      if (cohort.grouped !== null) {
        const values = columns.map((c) => cells.get(c));
        const key = JSON.stringify(values);
        cohort.cells.set(key, (cohort.cells.get(key) ?? 0) + 1);
        cohort.grouped.add(row.answers, Object.fromEntries(columns.map((c, i) => [c, values[i]!])));
      }
    },
  });
  const order = [...cohorts.keys()].sort((a, b) => compareGroupValues([a], [b]));
  const waves = order.map((wave): Wave => {
    return finished(wave, cohorts.get(wave)!);
  });
  const latest = waves.at(-1) ?? finished('', make());
  const like = waveLike as { column: string; values: Set<string> } | null;
  return {
    definition,
    plan,
    run: report,
    columns,
    cells: latest.cells,
    summary: latest.summary,
    grouped: latest.grouped,
    waves: settings.wave === undefined ? null : waves,
    withoutWave,
    waveLike: like !== null && like.values.size >= 2 ? { column: like.column, values: [...like.values].sort((a, b) => compareGroupValues([a], [b])) } : null,
    outcomes,
    rowWaves,
  };
}
