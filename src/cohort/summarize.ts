/**
 * `summarize()`: one instrument over a cohort of respondents.
 *
 * @module
 */
import type { AnswersInput, CutoffId, IssueCode, ScaleId, ScoreOptions, ScoreResult } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { compareDistribution, compareMean, comparePrevalence, type BenchmarkComparison } from './benchmarks.js';
import { describeSorted, type Descriptives } from './describe.js';
import { binsFor, histogramOf, type Histogram } from './histogram.js';
import { wilsonInterval, type Interval } from './intervals.js';
import { reliabilityOfMatrix, type Reliability } from './reliability.js';
import { isResult, Tally } from './tally.js';
import type { StatReason } from './types.js';

/** A row of {@link summarize}: answers (as `score()` takes them, checked at run time) or a score result. */
export type CohortRow<D extends InstrumentDefinition = InstrumentDefinition> = AnswersInput<D> | ScoreResult<D> | Readonly<Record<string, unknown>> | readonly unknown[];

/** Options of {@link summarize}: `score()`'s options for rows given as answers, and histogram bins. */
export interface SummarizeOptions<D extends InstrumentDefinition = InstrumentDefinition> extends ScoreOptions<D> {
  /** Equal-width histogram bins over each scale's range (default: one bin per value for small integer scales, else 10). */
  readonly bins?: number;
}

/** Counts of one band scheme's bands among the scored values. */
export interface BandCounts {
  readonly scheme: string;
  readonly counts: readonly { readonly id: string; readonly label: string; readonly count: number; readonly proportion: number | null }[];
}

/** Everything {@link summarize} reports for one scale. */
export interface ScaleSummary {
  /** Rows with a value for this scale. */
  readonly scored: number;
  /** Rows without one, in all and by reason (`insufficient_answers`: too few answered under the scale's rule; `invalid_answers`: a bad answer to one of its items). */
  readonly missing: number;
  readonly missingBy: { readonly insufficient_answers: number; readonly invalid_answers: number };
  /** Scored rows whose value was prorated (`options.prorate`). */
  readonly prorated: number;
  readonly descriptives: Descriptives;
  readonly histogram: Histogram;
  /** Counts per band of the scheme used; null for a scale without bands, or whose band schemes have no default and none was chosen. */
  readonly bands: BandCounts | null;
  readonly reliability: Reliability;
}

/** Prevalence of one cut-off. */
export interface CutoffSummary {
  /** The named scheme used, or null for a cut-off with one criterion (or with schemes, none default, none chosen: then it decides nothing). */
  readonly scheme: string | null;
  /** Rows where the cut-off is true or false. */
  readonly determinable: number;
  /** Rows where it is null (not enough answers). */
  readonly notDeterminable: number;
  readonly positives: number;
  /** positives / determinable. */
  readonly prevalence: number | null;
  /** Wilson's 95 % score interval (as R's `prop.test(x, n, correct = FALSE)`). */
  readonly ci: Interval | null;
  readonly reasons: { readonly prevalence?: StatReason; readonly ci?: StatReason };
}

/** The result of {@link summarize}. */
export interface CohortSummary<D extends InstrumentDefinition = InstrumentDefinition> {
  readonly instrument: { readonly id: D['id']; readonly version: string; readonly name: string };
  /** Rows given, and how many came as answers and as score results. */
  readonly rows: number;
  readonly fromAnswers: number;
  readonly fromResults: number;
  /** Rows with at least one issue (`valid: false`), and the issues by code. */
  readonly rowsWithIssues: number;
  readonly issues: { readonly [K in IssueCode]?: number };
  readonly scales: { readonly [K in ScaleId<D>]: ScaleSummary };
  readonly cutoffs: { readonly [K in CutoffId<D>]: CutoffSummary };
  /** Item flags (e.g. PHQ-9 item 9): rows where each fired, and rows where its item was unanswered. */
  readonly flags: { readonly [id: string]: { readonly positive: number; readonly unanswered: number } };
  /** One comparison per benchmark of the definition. */
  readonly benchmarks: readonly BenchmarkComparison[];
}

/**
 * Summarises one instrument over a cohort: per scale, how many were scored and why the rest
 * were not, descriptives, a histogram, band counts and reliability; per cut-off, prevalence
 * with its Wilson interval; and every published benchmark of the instrument set against the
 * cohort.
 *
 * Rows may be answers (as `score()` takes them; each is scored here with `options`) or score
 * results, mixed. Reliability needs item answers, so it uses the rows given as answers.
 *
 * Definitions of every figure:
 * - **descriptives** (see {@link descriptives}): mean; SD with divisor n − 1 (two-pass); quartiles and
 *   median by R's default quantile type 7; min; max. Null with a reason below 1 (SD: 2) values.
 * - **histogram**: one bin per value for small integer scales, else equal intervals (see {@link Histogram}).
 * - **prevalence**: positives / rows where the cut-off is determinable, Wilson 95 % interval.
 * - **reliability** (see {@link reliability}): on the complete cases of each item scale (every
 *   item answered validly), with reverse keys applied: Cronbach's alpha, Feldt's 95 % interval,
 *   McDonald's omega total (one factor, minres, 1 − Σψ / 1ᵀR1 as `psych::omega` reports it),
 *   alpha if item deleted, corrected item–total correlations. For a product-sum scale (MMD-HP)
 *   the components are the products of each pair; scales derived from other scales have none
 *   (`derived_scale`).
 * - **benchmarks** (see {@link BenchmarkComparison}): mean difference with Welch's 95 % interval
 *   and Cohen's d (pooled SD); prevalence difference with Newcombe's hybrid score interval; or
 *   the cohort's shares at each value of a published distribution.
 *
 * No figure is ever NaN: each undefined one is `null` with a reason.
 *
 * @param definition - the instrument.
 * @param rows - any iterable of answers and/or results of this instrument.
 * @param options - `score()` options (`prorate`, `bandSchemes`, `cutoffSchemes`) and `bins`.
 * @throws {RangeError} when a result row belongs to another instrument or was scored with other
 *   band or cut-off schemes than the summary uses (the defaults and what `options` names; a row
 *   scored without a scheme the summary uses, or with one where it uses none, counts as other), or
 *   `options` names a scheme that does not exist.
 *
 * @example
 * ```ts
 * import { phq9 } from 'wellbeing-instruments';
 * import { summarize } from 'wellbeing-instruments/cohort';
 * const s = summarize(phq9, rows); // rows: answers keyed by item id, e.g. parsed from a CSV
 * s.scales.total.descriptives.mean;
 * s.scales.total.reliability.alpha;          // Cronbach's alpha, as psych::alpha
 * s.cutoffs.positive_screen.prevalence;      // share with total ≥ 10
 * s.cutoffs.positive_screen.ci;              // Wilson 95 % interval
 * s.benchmarks.find((b) => b.id === 'de_general_2013'); // mean difference vs the German norm
 * ```
 */
export function summarize<D extends InstrumentDefinition>(definition: D, rows: Iterable<CohortRow<D>>, options?: SummarizeOptions<D>): CohortSummary<D> {
  const s = summarizer(definition, options);
  for (const row of rows) s.add(row);
  return s.summary();
}

/** An incremental {@link summarize}: rows are added one at a time, the summary is computed on demand. */
export interface Summarizer<D extends InstrumentDefinition = InstrumentDefinition> {
  /** Adds one row (answers or a score result of this instrument). */
  add(row: CohortRow<D>): void;
  /** Rows added so far. */
  readonly rows: number;
  /** The summary of the rows added so far; more rows may be added afterwards. */
  summary(): CohortSummary<D>;
}

/**
 * {@link summarize} for rows that arrive one at a time (a file read in chunks, a stream of survey
 * responses): the same figures, with only compact per-row numbers held (scale values and, for
 * reliability, the complete cases' item values in typed arrays), never the rows themselves.
 *
 * @param definition - the instrument.
 * @param options - as for {@link summarize}.
 * @throws {RangeError} as {@link summarize}: from `summarizer` for options naming a scheme that
 *   does not exist, from `add` for a result of another instrument or scored with other schemes.
 *
 * @example
 * ```ts
 * import { phq9 } from 'wellbeing-instruments';
 * import { summarizer } from 'wellbeing-instruments/cohort';
 * const s = summarizer(phq9);
 * for await (const answers of responses) s.add(answers);
 * s.summary().cutoffs.positive_screen.prevalence;
 * ```
 */
export function summarizer<D extends InstrumentDefinition>(definition: D, options?: SummarizeOptions<D>): Summarizer<D> {
  const t = new Tally(definition, options);
  return {
    add(row) {
      if (isResult(row)) t.addResult(row);
      else t.addAnswers(row);
    },
    get rows() {
      return t.rows;
    },
    summary: () => finish(definition, t, options),
  };
}

/** The summary of what a tally counted (also used per group by `summarizeBy`). @internal */
export function finish<D extends InstrumentDefinition>(definition: D, t: Tally, options: SummarizeOptions<D> | undefined): CohortSummary<D> {
  const scales = definition.scales;
  // Sorted copies: the summarizer may take more rows afterwards.
  const sortedValues = t.values.map((v) => v.values().slice().sort());
  const scaleSummaries: Record<string, ScaleSummary> = {};
  scales.forEach((scale, s) => {
    const sorted = sortedValues[s]!;
    const plan = t.plans.find((p) => p.scale === s);
    let rel: Reliability;
    if (plan === undefined) rel = unavailable('derived_scale', []);
    else if (t.rows - t.fromResults === 0) rel = unavailable('no_item_data', plan.itemIds);
    else rel = reliabilityOfMatrix(plan.data.values(), plan.data.rows, plan.itemIds);
    const scheme = scale.bandSchemes.find((b) => b.id === t.bandSchemes[s]); // none when the tally uses none (null)
    const n = sorted.length;
    const counts = t.bandCounts[s]!;
    scaleSummaries[scale.id] = {
      scored: n,
      missing: t.missingInsufficient[s]! + t.missingInvalid[s]!,
      missingBy: { insufficient_answers: t.missingInsufficient[s]!, invalid_answers: t.missingInvalid[s]! },
      prorated: t.prorated[s]!,
      descriptives: describeSorted(sorted),
      histogram: histogramOf(sorted, binsFor(definition, scale, options?.bins)),
      bands: scheme === undefined ? null : { scheme: scheme.id, counts: scheme.bands.map((b) => ({ id: b.id, label: b.label, count: counts.get(b.id) ?? 0, proportion: n === 0 ? null : (counts.get(b.id) ?? 0) / n })) },
      reliability: rel,
    };
  });

  const cutoffSummaries: Record<string, CutoffSummary> = {};
  definition.cutoffs.forEach((co, k) => {
    const d = t.determinable[k]!;
    const p = t.positives[k]!;
    cutoffSummaries[co.id] = {
      scheme: t.cutoffSchemes[k]!,
      determinable: d,
      notDeterminable: t.rows - d,
      positives: p,
      prevalence: d === 0 ? null : p / d,
      ci: wilsonInterval(p, d),
      reasons: d === 0 ? { prevalence: 'no_values', ci: 'no_values' } : {},
    };
  });

  const benchmarks: BenchmarkComparison[] = [];
  for (const b of definition.benchmarks) {
    if (b.cutoff !== undefined && b.prevalence !== undefined) {
      const k = definition.cutoffs.findIndex((co) => co.id === b.cutoff);
      benchmarks.push(comparePrevalence({ ...b, cutoff: b.cutoff, prevalence: b.prevalence }, t.determinable[k]!, t.positives[k]!));
    } else if (b.scale !== undefined) {
      const s = scales.findIndex((x) => x.id === b.scale);
      if (b.mean !== undefined) benchmarks.push(compareMean({ ...b, scale: b.scale, mean: b.mean }, scaleSummaries[b.scale]!.descriptives));
      else if (b.distribution !== undefined) benchmarks.push(compareDistribution({ ...b, scale: b.scale, distribution: b.distribution }, sortedValues[s]!));
    }
  }

  return {
    instrument: t.c.defaults.instrument as CohortSummary<D>['instrument'],
    rows: t.rows,
    fromAnswers: t.rows - t.fromResults,
    fromResults: t.fromResults,
    rowsWithIssues: t.rowsWithIssues,
    issues: t.issues,
    scales: scaleSummaries as CohortSummary<D>['scales'],
    cutoffs: cutoffSummaries as CohortSummary<D>['cutoffs'],
    flags: Object.fromEntries(t.c.flags.map((f, k) => [f.positive.id, { positive: t.flagPositive[k]!, unanswered: t.flagUnanswered[k]! }])),
    benchmarks,
  };
}

function unavailable(reason: StatReason, itemIds: readonly string[]): Reliability {
  return {
    n: 0,
    items: itemIds.length,
    alpha: null,
    alphaCi: null,
    omegaTotal: null,
    itemStats: itemIds.map((item) => ({ item, mean: null, sd: null, alphaIfDeleted: null, correctedItemTotal: null, loading: null, reasons: { mean: reason, sd: reason, alphaIfDeleted: reason, correctedItemTotal: reason, loading: reason } })),
    excluded: [],
    reasons: { alpha: reason, alphaCi: reason, omegaTotal: reason },
  };
}
