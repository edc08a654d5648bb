/**
 * `summarizeBy()`: one instrument per group (department, role, site and their combinations),
 * each group against the rest of the organisation, with small groups withheld.
 *
 * @module
 */
import type { CutoffId, ScaleId } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import type { BenchmarkComparison } from './benchmarks.js';
import type { Descriptives } from './describe.js';
import { newcombeDifference, welchInterval, type Interval } from './intervals.js';
import { finish, type CohortRow, type CohortSummary, type CutoffSummary, type ScaleSummary, type SummarizeOptions } from './summarize.js';
import { mergeTallies } from './merge.js';
import { isFallback, suppress, type Constraint, type Suppression } from './suppress.js';
import { isResult, Tally } from './tally.js';
import type { StatReason } from './types.js';

/** How a group (or one of its figures) is withheld, or `false` when shown. */
export type GroupSuppression = false | 'small_group' | 'complementary';

/** A group: the value of each grouping column (`null` where the row gives none). */
export type GroupKey = Readonly<Record<string, string | null>>;

/** Why a figure of a group is withheld. */
export type SuppressionReason = 'suppressed_small_group' | 'suppressed_complementary';

/** A figure (a scale's, a cut-off's or a benchmark comparison's) withheld for confidentiality. */
export interface Withheld {
  readonly withheld: SuppressionReason;
}

/** Whether a group's figure is withheld. */
export function isWithheld(x: object): x is Withheld {
  return 'withheld' in x;
}

/** Options of {@link summarizeBy}: those of `summarize()`, the groupings to report and the minimum group size. */
export interface SummarizeByOptions<D extends InstrumentDefinition = InstrumentDefinition> extends SummarizeOptions<D> {
  /**
   * The groupings to report, each a list of grouping columns crossed (`[['department'],
   * ['department', 'role']]`: every department, then every department × role). Default: one
   * grouping crossing every column of the first group key, in its order.
   */
  readonly levels?: readonly (readonly string[])[];
  /** The fewest respondents a shown figure may rest on (default 5, the usual rule in workforce surveys). */
  readonly minGroupSize?: number;
}

/** A scale of a group against the rest of the organisation (every respondent outside the group). */
export interface ScaleVsRest {
  readonly rest: { readonly n: number; readonly mean: number | null; readonly sd: number | null };
  /** Group mean − rest mean. */
  readonly difference: number | null;
  /** Welch's 95 % interval, with its Welch–Satterthwaite df. */
  readonly ci: Interval | null;
  readonly df: number | null;
  readonly reasons: { readonly difference?: StatReason; readonly ci?: StatReason };
}

/** A cut-off of a group against the rest of the organisation. */
export interface CutoffVsRest {
  readonly rest: { readonly n: number; readonly positives: number; readonly prevalence: number | null };
  /** Group prevalence − rest prevalence (proportions). */
  readonly difference: number | null;
  /** Newcombe's hybrid score 95 % interval (method 10). */
  readonly ci: Interval | null;
  readonly reasons: { readonly difference?: StatReason; readonly ci?: StatReason };
}

/** A benchmark comparison withheld with its scale or cut-off. */
export interface WithheldBenchmark extends Withheld {
  readonly id: string;
  readonly kind: BenchmarkComparison['kind'];
}

/** The summary of a shown group: `summarize()`'s, with each scale, cut-off and comparison either shown or withheld. */
export interface GroupCohortSummary<D extends InstrumentDefinition = InstrumentDefinition> extends Omit<CohortSummary<D>, 'scales' | 'cutoffs' | 'benchmarks'> {
  readonly scales: { readonly [K in ScaleId<D>]: ScaleSummary | Withheld };
  readonly cutoffs: { readonly [K in CutoffId<D>]: CutoffSummary | Withheld };
  readonly benchmarks: readonly (BenchmarkComparison | WithheldBenchmark)[];
}

/** One group of one grouping. */
export interface GroupSummary<D extends InstrumentDefinition = InstrumentDefinition> {
  /** The grouping columns of this group's level and their values. */
  readonly by: GroupKey;
  /** Index of the grouping in `levels`. */
  readonly level: number;
  /** Rows in the group; null when the group is withheld. */
  readonly n: number | null;
  /** `small_group`: fewer rows than the minimum; `complementary`: withheld so that a small group cannot be worked out by subtraction. */
  readonly suppressed: GroupSuppression;
  readonly reason: SuppressionReason | null;
  /** Null when the group is withheld. */
  readonly summary: GroupCohortSummary<D> | null;
  /** Each scale and cut-off against the rest of the organisation; null when the group is withheld. */
  readonly vsRest: {
    readonly scales: { readonly [K in ScaleId<D>]: ScaleVsRest | Withheld };
    readonly cutoffs: { readonly [K in CutoffId<D>]: CutoffVsRest | Withheld };
  } | null;
}

/** The result of {@link summarizeBy}. */
export interface GroupedSummary<D extends InstrumentDefinition = InstrumentDefinition> {
  /** The whole cohort, exactly as `summarize()` gives it. */
  readonly overall: CohortSummary<D>;
  readonly levels: readonly (readonly string[])[];
  readonly minGroupSize: number;
  /**
   * `withheld` when the cohort is too small for its breakdown: no choice of groups to withhold
   * would keep a small group's size from being worked out (from the overall count and the
   * reasons themselves), so no group is listed at all (a listed group has at least one
   * respondent, which with the overall count can give sizes away). Otherwise `shown`.
   */
  readonly breakdown: 'shown' | 'withheld';
  /** The same per figure: scales and cut-offs withheld in every group (as `complementary`) because none could be shown safely. */
  readonly withheldBreakdowns: { readonly scales: readonly string[]; readonly cutoffs: readonly string[] };
  /** Every group of every level: levels in the order given, then groups by value (see {@link compareGroupValues}). */
  readonly groups: readonly GroupSummary<D>[];
}

/** An incremental {@link summarizeBy}: rows added one at a time with their group. */
export interface GroupedSummarizer<D extends InstrumentDefinition = InstrumentDefinition> {
  add(row: CohortRow<D>, group: GroupKey): void;
  readonly rows: number;
  summary(): GroupedSummary<D>;
}

/**
 * The order groups are listed in, one the reader can see: value by value along the grouping's
 * columns, numbers by their value before other text, text alphabetically (case and accents
 * ignored first, then compared exactly), rows without a value (`null`) last.
 */
export function compareGroupValues(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const nx = x.trim() === '' ? Number.NaN : Number(x);
    const ny = y.trim() === '' ? Number.NaN : Number(y);
    if (Number.isFinite(nx) && Number.isFinite(ny) && nx !== ny) return nx - ny;
    if (Number.isFinite(nx) !== Number.isFinite(ny)) return Number.isFinite(nx) ? -1 : 1;
    const loose = x.localeCompare(y, 'en', { sensitivity: 'base', numeric: true });
    if (loose !== 0) return loose;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * {@link summarizeBy} for rows that arrive one at a time, each with its group. Only tallies are
 * kept (one per combination of grouping values seen), never the rows.
 *
 * @param definition - the instrument.
 * @param options - as for {@link summarizeBy}.
 */
export function groupedSummarizer<D extends InstrumentDefinition>(definition: D, options?: SummarizeByOptions<D>): GroupedSummarizer<D> {
  const min = options?.minGroupSize ?? 5;
  if (!Number.isInteger(min) || min < 1) throw new RangeError(`minGroupSize must be a whole number of at least 1; got ${String(min)}`);
  // Checks the scoring options at once, as summarizer() does.
  new Tally(definition, options);
  let columns: readonly string[] | null = options?.levels === undefined ? null : [...new Set(options.levels.flat())];
  const cells = new Map<string, { readonly values: readonly (string | null)[]; readonly tally: Tally }>();
  let rows = 0;
  return {
    add(row, group) {
      columns ??= Object.keys(group);
      const values = columns.map((c) => group[c] ?? null);
      const key = JSON.stringify(values);
      let cell = cells.get(key);
      if (cell === undefined) {
        cell = { values, tally: new Tally(definition, options) };
        cells.set(key, cell);
      }
      if (isResult(row)) cell.tally.addResult(row);
      else cell.tally.addAnswers(row);
      rows++;
    },
    get rows() {
      return rows;
    },
    summary: () => groupedFinish(definition, columns ?? [], options?.levels ?? [columns ?? []], [...cells.values()], min, options),
  };
}

/**
 * Summarises one instrument overall and per group: every group of every grouping gets
 * `summarize()`'s figures for its rows, and each scale's mean and cut-off's prevalence against
 * the rest of the organisation (everyone outside the group): the difference with Welch's 95 %
 * interval for means, Newcombe's hybrid score interval (method 10 of Newcombe 1998) for
 * prevalences, so a reader sees which groups differ beyond chance (the interval excludes 0).
 *
 * Confidentiality: a figure resting on fewer than `minGroupSize` respondents (default 5) is
 * withheld, never shown as 0: a group with fewer rows has `n`, `summary` and `vsRest` null
 * (`suppressed: 'small_group'`); a scale with fewer scored values or a cut-off decided for fewer
 * rows in an otherwise shown group is `{ withheld: 'suppressed_small_group' }`. Then, per figure
 * and across every grouping (with the overall figure, and coarser groupings that contain finer
 * ones), more groups are withheld (`complementary`, the smallest first) until no withheld count
 * can be worked out by subtraction, even knowing the rule. Respondent ids and answers are never
 * part of the result.
 *
 * Groups are listed grouping by grouping in the order of `options.levels`, then by value (see
 * {@link compareGroupValues}); rows without a value for a column form a group with `null`.
 *
 * @param definition - the instrument.
 * @param rows - answers and/or score results, as for `summarize()`.
 * @param groupOf - each row's group: the value of every grouping column, e.g. `(row, i) => ({ department: people[i].department })`.
 * @param options - `summarize()`'s options, `levels` and `minGroupSize`.
 * @throws {RangeError} as `summarize()`, and for a `minGroupSize` that is not a whole number ≥ 1.
 *
 * @example
 * ```ts
 * import { phq9 } from 'wellbeing-instruments';
 * import { summarizeBy } from 'wellbeing-instruments/cohort';
 * const s = summarizeBy(phq9, answers, (_, i) => ({ department: staff[i].department }));
 * for (const g of s.groups) {
 *   if (g.vsRest === null) continue; // withheld: fewer than 5 respondents, or to protect one that has
 *   const d = g.vsRest.cutoffs.positive_screen;
 *   if (!isWithheld(d) && d.ci !== null && (d.ci.lower > 0 || d.ci.upper < 0)) console.log(g.by.department, 'differs');
 * }
 * ```
 */
export function summarizeBy<D extends InstrumentDefinition, R extends CohortRow<D>>(definition: D, rows: Iterable<R>, groupOf: (row: R, index: number) => GroupKey, options?: SummarizeByOptions<D>): GroupedSummary<D> {
  const s = groupedSummarizer(definition, options);
  let index = 0;
  for (const row of rows) s.add(row, groupOf(row, index++));
  return s.summary();
}

interface Cell {
  readonly values: readonly (string | null)[];
  readonly tally: Tally;
}

/** A group before suppression: its level, values, full summary. */
interface Draft {
  readonly level: number;
  readonly values: readonly (string | null)[];
  readonly summary: CohortSummary;
}

function merged(definition: InstrumentDefinition, cells: readonly Cell[], options: SummarizeOptions | undefined): Tally {
  return mergeTallies(
    cells.map((c) => c.tally),
    () => new Tally(definition, options),
  );
}

function groupedFinish<D extends InstrumentDefinition>(
  definition: D,
  columns: readonly string[],
  levels: readonly (readonly string[])[],
  cells: readonly Cell[],
  min: number,
  options: SummarizeByOptions<D> | undefined,
): GroupedSummary<D> {
  const overall: CohortSummary = finish(definition, merged(definition, cells, options), options);
  const drafts: Draft[] = [];
  levels.forEach((level, l) => {
    const at = level.map((c) => columns.indexOf(c));
    const groups = new Map<string, { values: (string | null)[]; cells: Cell[] }>();
    for (const cell of cells) {
      const values = at.map((i) => cell.values[i]!);
      const key = JSON.stringify(values);
      const g = groups.get(key) ?? { values, cells: [] };
      g.cells.push(cell);
      groups.set(key, g);
    }
    const sorted = [...groups.values()].sort((a, b) => compareGroupValues(a.values, b.values));
    for (const g of sorted) drafts.push({ level: l, values: g.values, summary: finish(definition, merged(definition, g.cells, options), options) });
  });

  const constraints = constraintsOf(levels, drafts);
  const rowsState = suppress(drafts.map((d) => d.summary.rows), constraints, min, 1);
  // A group withheld as a whole withholds all its figures: it is the first complement of each.
  const whole = rowsState.map((x) => x !== false);
  // A shown group's rows bound each of its figures' counts.
  const upper = drafts.map((d, i) => (rowsState[i] === false ? d.summary.rows : Number.POSITIVE_INFINITY));
  const scaleState = new Map(definition.scales.map((s) => [s.id, suppress(drafts.map((d) => d.summary.scales[s.id]!.scored), constraints, min, 0, whole, upper)]));
  const cutoffState = new Map(definition.cutoffs.map((c) => [c.id, suppress(drafts.map((d) => d.summary.cutoffs[c.id]!.determinable), constraints, min, 0, whole, upper)]));
  const reasonOf = (s: Suppression): SuppressionReason => (s === 'small_group' ? 'suppressed_small_group' : 'suppressed_complementary');

  const groups = drafts.map((d, i): GroupSummary<D> => {
    const by = Object.fromEntries(levels[d.level]!.map((c, k) => [c, d.values[k]!]));
    const whole = rowsState[i]!;
    if (whole !== false) return { by, level: d.level, n: null, suppressed: whole, reason: reasonOf(whole), summary: null, vsRest: null };
    const scaleOf = (id: string): Suppression => scaleState.get(id)![i]!;
    const cutoffOf = (id: string): Suppression => cutoffState.get(id)![i]!;
    const s = d.summary;
    const scales: Record<string, ScaleSummary | Withheld> = {};
    const scalesVsRest: Record<string, ScaleVsRest | Withheld> = {};
    for (const sc of definition.scales) {
      const state = scaleOf(sc.id);
      scales[sc.id] = state === false ? s.scales[sc.id]! : { withheld: reasonOf(state) };
      scalesVsRest[sc.id] = state === false ? scaleVsRest(s.scales[sc.id]!.descriptives, overall.scales[sc.id]!.descriptives) : { withheld: reasonOf(state) };
    }
    const cutoffs: Record<string, CutoffSummary | Withheld> = {};
    const cutoffsVsRest: Record<string, CutoffVsRest | Withheld> = {};
    for (const co of definition.cutoffs) {
      const state = cutoffOf(co.id);
      cutoffs[co.id] = state === false ? s.cutoffs[co.id]! : { withheld: reasonOf(state) };
      cutoffsVsRest[co.id] = state === false ? cutoffVsRest(s.cutoffs[co.id]!, overall.cutoffs[co.id]!) : { withheld: reasonOf(state) };
    }
    const benchmarks = s.benchmarks.map((b): BenchmarkComparison | WithheldBenchmark => {
      const state = 'cutoff' in b ? cutoffOf(b.cutoff) : scaleOf(b.scale);
      return state === false ? b : { id: b.id, kind: b.kind, withheld: reasonOf(state) };
    });
    return {
      by,
      level: d.level,
      n: s.rows,
      suppressed: false,
      reason: null,
      summary: { ...s, scales: scales as GroupCohortSummary<D>['scales'], cutoffs: cutoffs as GroupCohortSummary<D>['cutoffs'], benchmarks },
      vsRest: { scales: scalesVsRest as NonNullable<GroupSummary<D>['vsRest']>['scales'], cutoffs: cutoffsVsRest as NonNullable<GroupSummary<D>['vsRest']>['cutoffs'] },
    };
  });
  const breakdown = isFallback(rowsState) ? 'withheld' : 'shown';
  const withheldBreakdowns = { scales: [...scaleState].flatMap(([id, st]) => (isFallback(st) ? [id] : [])), cutoffs: [...cutoffState].flatMap(([id, st]) => (isFallback(st) ? [id] : [])) };
  // A listed group has at least one respondent: with the breakdown withheld, the list itself would
  // tell sizes (5 respondents and 5 listed department × role cells: one in each), so it goes too.
  return { overall: overall as CohortSummary<D>, levels, minGroupSize: min, breakdown, withheldBreakdowns, groups: breakdown === 'withheld' ? [] : groups };
}

/**
 * The additive structure: per level, the whole cohort is the sum of its groups; where one
 * level's columns are a strict subset of another's, each coarser group is the sum of the finer
 * groups inside it.
 */
function constraintsOf(levels: readonly (readonly string[])[], drafts: readonly Draft[]): Constraint[] {
  const out: Constraint[] = [];
  levels.forEach((_, l) => out.push({ parent: -1, children: drafts.flatMap((d, i) => (d.level === l ? [i] : [])) }));
  levels.forEach((coarse, a) => {
    levels.forEach((fine, b) => {
      if (a === b || coarse.length >= fine.length || !coarse.every((c) => fine.includes(c))) return;
      const at = coarse.map((c) => fine.indexOf(c));
      drafts.forEach((parent, p) => {
        if (parent.level !== a) return;
        const children = drafts.flatMap((d, i) => (d.level === b && at.every((k, j) => d.values[k] === parent.values[j]) ? [i] : []));
        out.push({ parent: p, children });
      });
    });
  });
  return out;
}

/**
 * Mean and SD of everyone outside a group, from the whole's and the group's: n_r = n − n_g,
 * m_r = (n m − n_g m_g) / n_r, and the sum of squared deviations
 * M2_r = M2 − M2_g − n_g n_r / n (m_g − m_r)² (Chan et al.'s pairwise update, solved for one part).
 */
export function restOf(whole: Descriptives, group: Descriptives): { n: number; mean: number | null; sd: number | null } {
  const n = whole.n;
  const ng = group.n;
  const nr = n - ng;
  if (nr <= 0 || whole.mean === null) return { n: Math.max(0, nr), mean: null, sd: null };
  if (ng === 0 || group.mean === null) return { n: nr, mean: whole.mean, sd: whole.sd };
  const mr = (n * whole.mean - ng * group.mean) / nr;
  if (nr < 2) return { n: nr, mean: mr, sd: null };
  const m2 = (whole.sd ?? 0) ** 2 * (n - 1);
  const m2g = (group.sd ?? 0) ** 2 * (ng - 1);
  const delta = group.mean - mr;
  const m2r = Math.max(0, m2 - m2g - ((ng * nr) / n) * delta * delta);
  return { n: nr, mean: mr, sd: Math.sqrt(m2r / (nr - 1)) };
}

function scaleVsRest(group: Descriptives, whole: Descriptives): ScaleVsRest {
  const rest = restOf(whole, group);
  if (group.mean === null || rest.mean === null) return { rest, difference: null, ci: null, df: null, reasons: { difference: 'no_values', ci: 'no_values' } };
  const difference = group.mean - rest.mean;
  if (group.sd === null || rest.sd === null) return { rest, difference, ci: null, df: null, reasons: { ci: 'fewer_than_two_values' } };
  const w = welchInterval(group.mean, group.sd, group.n, rest.mean, rest.sd, rest.n);
  return w === null ? { rest, difference, ci: null, df: null, reasons: { ci: 'zero_variance' } } : { rest, difference, ci: w.ci, df: w.df, reasons: {} };
}

function cutoffVsRest(group: CutoffSummary, whole: CutoffSummary): CutoffVsRest {
  const n = whole.determinable - group.determinable;
  const positives = whole.positives - group.positives;
  const rest = { n, positives, prevalence: n > 0 ? positives / n : null };
  const d = newcombeDifference(group.positives, group.determinable, positives, n);
  return d === null ? { rest, difference: null, ci: null, reasons: { difference: 'no_values', ci: 'no_values' } } : { rest, difference: d.difference, ci: d.ci, reasons: {} };
}
