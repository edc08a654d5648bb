/**
 * `summarize()`: one instrument over a cohort of respondents.
 *
 * @module
 */
import type { AnswersInput, CutoffId, IssueCode, ScaleId, ScoreOptions, ScoreResult } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { compile } from '../scoring/compile.js';
import { toNumber } from '../scoring/exact.js';
import { readAnswers } from '../scoring/read.js';
import { bandOf, computeScales, cutoffValue } from '../scoring/score.js';
import { compareDistribution, compareMean, comparePrevalence, type BenchmarkComparison } from './benchmarks.js';
import { describeSorted, type Descriptives } from './describe.js';
import { binsFor, histogramOf, type Histogram } from './histogram.js';
import { wilsonInterval, type Interval } from './intervals.js';
import { reliabilityOfMatrix, type Reliability } from './reliability.js';
import { Column } from './column.js';
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
  /** Counts per band of the scheme used; null for a scale without bands. */
  readonly bands: BandCounts | null;
  readonly reliability: Reliability;
}

/** Prevalence of one cut-off. */
export interface CutoffSummary {
  /** The named scheme used, or null for a cut-off with one criterion. */
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

function isResult(row: unknown): row is ScoreResult {
  return typeof row === 'object' && row !== null && !Array.isArray(row) && 'provenance' in row && 'scales' in row && 'instrument' in row && 'cutoffs' in row;
}

/** Per scale with items: how to read a complete case into its columns. */
interface ItemPlan {
  readonly scale: number;
  readonly itemIds: readonly string[];
  /** Item index (definition order) behind each column; for products, the pair's second item in `second`. */
  readonly first: Int32Array;
  readonly second: Int32Array | null;
  readonly data: Column;
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
 * - **descriptives** (see {@link describe}): mean; SD with divisor n − 1 (two-pass); quartiles and
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
 *   band or cut-off schemes than `options` name, or `options` names a scheme that does not exist.
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
  const c = compile(definition);
  const scales = definition.scales;
  const expectedBands = scales.map((s) => {
    const wanted = (options?.bandSchemes as Record<string, string | undefined> | undefined)?.[s.id];
    if (wanted !== undefined && !s.bandSchemes.some((b) => b.id === wanted)) throw new RangeError(`options.bandSchemes: scale "${s.id}" has no band scheme "${wanted}"`);
    return wanted ?? s.bandSchemes.find((b) => b.default === true)?.id ?? s.bandSchemes[0]?.id ?? null;
  });
  const expectedCutoffSchemes = definition.cutoffs.map((co) => {
    const wanted = (options?.cutoffSchemes as Record<string, string | undefined> | undefined)?.[co.id];
    if (wanted !== undefined && !co.schemes?.some((s) => s.id === wanted)) throw new RangeError(`options.cutoffSchemes: cut-off "${co.id}" has no scheme "${wanted}"`);
    return co.schemes === undefined ? null : (wanted ?? co.schemes.find((s) => s.default === true)?.id ?? co.schemes[0]!.id);
  });
  for (const id of Object.keys(options?.bandSchemes ?? {})) if (!scales.some((s) => s.id === id)) throw new RangeError(`options.bandSchemes names unknown scale "${id}"`);
  for (const id of Object.keys(options?.cutoffSchemes ?? {})) if (!definition.cutoffs.some((co) => co.id === id)) throw new RangeError(`options.cutoffSchemes names unknown cut-off "${id}"`);

  const values = scales.map(() => new Column(1));
  const missingInsufficient = new Array<number>(scales.length).fill(0);
  const missingInvalid = new Array<number>(scales.length).fill(0);
  const prorated = new Array<number>(scales.length).fill(0);
  const bandCounts = scales.map(() => new Map<string, number>());
  const positives = new Array<number>(definition.cutoffs.length).fill(0);
  const determinable = new Array<number>(definition.cutoffs.length).fill(0);
  const issueCounts: Partial<Record<IssueCode, number>> = {};

  // Scored (reverse-keyed) value of each option of each item.
  const itemValues = c.items.map((item) => Float64Array.from(item.scored, toNumber));
  const plans: ItemPlan[] = [];
  scales.forEach((s, index) => {
    const m = s.method;
    if (m.kind === 'product_sum') {
      const first = Int32Array.from(m.pairs, ([a]) => c.itemIndex.get(a)!);
      const second = Int32Array.from(m.pairs, ([, b]) => c.itemIndex.get(b)!);
      plans.push({ scale: index, itemIds: m.pairs.map(([a, b]) => `${a}×${b}`), first, second, data: new Column(first.length) });
    } else if (m.kind === 'sum' || m.kind === 'mean') {
      const first = Int32Array.from(s.items, (id) => c.itemIndex.get(id)!);
      plans.push({ scale: index, itemIds: s.items, first, second: null, data: new Column(first.length) });
    }
  });
  const scaleIds = scales.map((s) => s.id);
  const cutoffIds = definition.cutoffs.map((co) => co.id);
  // What score() would use with these options, compiled: position of each scale's state, its band scheme, each cut-off's criterion.
  const prorate = options?.prorate === true;
  const order = c.scaleOrder.map((s) => s.index);
  const schemes = expectedBands.map((id, i) => (id === null ? null : c.scaleInfo[i]!.bands.get(id)!));
  const criteria = c.cutoffs.map((co, i) => (co.schemes === null ? c.defaults.criteria[i]! : co.schemes.get(expectedCutoffSchemes[i]!)!.criterion));
  const memo: (boolean | null | undefined)[] | null = c.cutoffsReferCutoffs ? new Array(c.cutoffs.length) : null;
  const flagPositive = new Array<number>(c.flags.length).fill(0);
  const flagUnanswered = new Array<number>(c.flags.length).fill(0);

  let count = 0;
  let fromResults = 0;
  let rowsWithIssues = 0;
  for (const row of rows) {
    count++;
    if (isResult(row)) {
      fromResults++;
      if (row.instrument.id !== definition.id) throw new RangeError(`row ${count - 1} is a result of "${row.instrument.id}", not of "${definition.id}"`);
      checkSchemes(definition, row, expectedBands, expectedCutoffSchemes, count - 1);
      if (!row.valid) {
        rowsWithIssues++;
        for (const issue of row.issues) issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
      }
      const resultScales = row.scales as Record<string, ScoreResult['scales'][string] | undefined>;
      for (let s = 0; s < scaleIds.length; s++) {
        const sr = resultScales[scaleIds[s]!];
        if (sr === undefined || sr.value === null) {
          if (sr?.reason === 'invalid_answers') missingInvalid[s]!++;
          else missingInsufficient[s]!++;
          continue;
        }
        values[s]!.push(sr.value);
        if (sr.prorated) prorated[s]!++;
        if (sr.band !== null) bandCounts[s]!.set(sr.band.id, (bandCounts[s]!.get(sr.band.id) ?? 0) + 1);
      }
      const cutoffs = row.cutoffs as Record<string, boolean | null | undefined>;
      for (let k = 0; k < cutoffIds.length; k++) {
        const v = cutoffs[cutoffIds[k]!];
        if (v === true || v === false) {
          determinable[k]!++;
          if (v) positives[k]!++;
        }
      }
      for (const f of row.flags) {
        const k = c.flags.findIndex((x) => x.positive.id === f.id);
        if (k >= 0) (f.status === 'positive' ? flagPositive : flagUnanswered)[k]!++;
      }
      continue;
    }

    // Answers: the steps of score() without building a result object per row.
    const read = readAnswers(c, row);
    if (read.issues.length > 0) {
      rowsWithIssues++;
      for (const issue of read.issues) issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
    }
    const answers = read.answers;
    const states = computeScales(c, answers, read.unusable, prorate);
    for (let s = 0; s < order.length; s++) {
      const st = states[order[s]!]!;
      if (st.reason !== undefined) {
        if (st.reason === 'invalid_answers') missingInvalid[s]!++;
        else missingInsufficient[s]!++;
        continue;
      }
      values[s]!.push(toNumber(st));
      if (st.prorated) prorated[s]!++;
      const scheme = schemes[s];
      if (scheme !== null && scheme !== undefined) {
        const id = bandOf(st, scheme).id;
        bandCounts[s]!.set(id, (bandCounts[s]!.get(id) ?? 0) + 1);
      }
    }
    if (memo !== null) memo.fill(undefined);
    for (let k = 0; k < criteria.length; k++) {
      const v = cutoffValue(k, states, answers, criteria, memo);
      if (v !== null) {
        determinable[k]!++;
        if (v) positives[k]!++;
      }
    }
    for (let k = 0; k < c.flags.length; k++) {
      const flag = c.flags[k]!;
      const option = answers[flag.item]!;
      if (option < 0) flagUnanswered[k]!++;
      else if (flag.fires[option] === true) flagPositive[k]!++;
    }
    for (const plan of plans) {
      const { first, second } = plan;
      const width = first.length;
      let complete = true;
      for (let j = 0; j < width; j++) {
        if (answers[first[j]!]! < 0 || (second !== null && answers[second[j]!]! < 0)) {
          complete = false;
          break;
        }
      }
      if (!complete) continue;
      const at = plan.data.grow();
      const buffer = plan.data.buffer;
      for (let j = 0; j < width; j++) {
        const a = first[j]!;
        let v = itemValues[a]![answers[a]!]!;
        if (second !== null) {
          const b = second[j]!;
          v *= itemValues[b]![answers[b]!]!;
        }
        buffer[at + j] = v;
      }
    }
  }

  const sortedValues = values.map((v) => v.values().sort());
  const scaleSummaries: Record<string, ScaleSummary> = {};
  scales.forEach((scale, s) => {
    const sorted = sortedValues[s]!;
    const plan = plans.find((p) => p.scale === s);
    let rel: Reliability;
    if (plan === undefined) rel = unavailable('derived_scale', []);
    else if (count - fromResults === 0) rel = unavailable('no_item_data', plan.itemIds);
    else rel = reliabilityOfMatrix(plan.data.values(), plan.data.rows, plan.itemIds);
    const schemeId = expectedBands[s];
    const scheme = schemeId === null ? undefined : scale.bandSchemes.find((b) => b.id === schemeId);
    const n = sorted.length;
    scaleSummaries[scale.id] = {
      scored: n,
      missing: missingInsufficient[s]! + missingInvalid[s]!,
      missingBy: { insufficient_answers: missingInsufficient[s]!, invalid_answers: missingInvalid[s]! },
      prorated: prorated[s]!,
      descriptives: describeSorted(sorted),
      histogram: histogramOf(sorted, binsFor(definition, scale, options?.bins)),
      bands:
        scheme === undefined
          ? null
          : { scheme: scheme.id, counts: scheme.bands.map((b) => ({ id: b.id, label: b.label, count: bandCounts[s]!.get(b.id) ?? 0, proportion: n === 0 ? null : (bandCounts[s]!.get(b.id) ?? 0) / n })) },
      reliability: rel,
    };
  });

  const cutoffSummaries: Record<string, CutoffSummary> = {};
  definition.cutoffs.forEach((co, k) => {
    const d = determinable[k]!;
    const p = positives[k]!;
    cutoffSummaries[co.id] = {
      scheme: expectedCutoffSchemes[k]!,
      determinable: d,
      notDeterminable: count - d,
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
      benchmarks.push(comparePrevalence({ ...b, cutoff: b.cutoff, prevalence: b.prevalence }, determinable[k]!, positives[k]!));
    } else if (b.scale !== undefined) {
      const s = scales.findIndex((x) => x.id === b.scale);
      if (b.mean !== undefined) benchmarks.push(compareMean({ ...b, scale: b.scale, mean: b.mean }, scaleSummaries[b.scale]!.descriptives));
      else if (b.distribution !== undefined) benchmarks.push(compareDistribution({ ...b, scale: b.scale, distribution: b.distribution }, sortedValues[s]!));
    }
  }

  return {
    instrument: c.defaults.instrument as CohortSummary<D>['instrument'],
    rows: count,
    fromAnswers: count - fromResults,
    fromResults,
    rowsWithIssues,
    issues: issueCounts,
    scales: scaleSummaries as CohortSummary<D>['scales'],
    cutoffs: cutoffSummaries as CohortSummary<D>['cutoffs'],
    flags: Object.fromEntries(c.flags.map((f, k) => [f.positive.id, { positive: flagPositive[k]!, unanswered: flagUnanswered[k]! }])),
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

/** A result row must use the band and cut-off schemes the summary reports. */
function checkSchemes(def: InstrumentDefinition, result: ScoreResult, bands: readonly (string | null)[], cutoffSchemes: readonly (string | null)[], index: number): void {
  const used = result.provenance.bandSchemes as Record<string, string | null | undefined>;
  def.scales.forEach((s, i) => {
    const u = used[s.id] ?? null;
    if (bands[i] !== null && u !== null && u !== bands[i]) throw new RangeError(`row ${index} was scored with band scheme "${u}" for ${s.id}; the summary uses "${bands[i]}" (options.bandSchemes)`);
  });
  def.cutoffs.forEach((co, i) => {
    const u = result.provenance.cutoffSchemes[co.id];
    if (cutoffSchemes[i] !== null && u !== undefined && u !== cutoffSchemes[i]) throw new RangeError(`row ${index} was scored with scheme "${u}" for cut-off ${co.id}; the summary uses "${cutoffSchemes[i]}" (options.cutoffSchemes)`);
  });
}
