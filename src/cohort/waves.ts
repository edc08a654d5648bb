/**
 * `compareCohorts()`: the change between two survey waves, overall and per group.
 *
 * @module
 */
import type { InstrumentDefinition } from '../schema/types.js';
import { compareGroupValues, isWithheld, type GroupedSummary, type GroupKey, type SuppressionReason } from './grouped.js';
import { newcombeDifference, welchInterval, type Interval } from './intervals.js';
import type { CohortSummary, CutoffSummary, ScaleSummary } from './summarize.js';
import type { StatReason } from './types.js';

/** A scale's mean in two waves: `difference` = after − before, with Welch's 95 % interval. */
export interface ScaleChange {
  readonly before: { readonly n: number; readonly mean: number | null; readonly sd: number | null };
  readonly after: { readonly n: number; readonly mean: number | null; readonly sd: number | null };
  readonly difference: number | null;
  readonly ci: Interval | null;
  readonly df: number | null;
  readonly reasons: { readonly difference?: StatReason | SuppressionReason; readonly ci?: StatReason | SuppressionReason };
}

/** A cut-off's prevalence in two waves: `difference` = after − before (proportions), with Newcombe's hybrid score 95 % interval. */
export interface CutoffChange {
  readonly before: { readonly n: number; readonly positives: number; readonly prevalence: number | null };
  readonly after: { readonly n: number; readonly positives: number; readonly prevalence: number | null };
  readonly difference: number | null;
  readonly ci: Interval | null;
  readonly reasons: { readonly difference?: StatReason | SuppressionReason; readonly ci?: StatReason | SuppressionReason };
}

/** {@link compareCohorts} of two summaries: every scale and cut-off of the instrument. */
export interface CohortComparison {
  readonly instrument: { readonly id: string; readonly version: string };
  readonly scales: { readonly [id: string]: ScaleChange | { readonly withheld: SuppressionReason } };
  readonly cutoffs: { readonly [id: string]: CutoffChange | { readonly withheld: SuppressionReason } };
}

/** {@link compareCohorts} of two grouped summaries: overall, and each group found in both waves. */
export interface GroupedComparison {
  readonly overall: CohortComparison;
  /** Groups of either wave, in the groups' order; `comparison` null (with `reason`) where a wave withholds the group or lacks it. */
  readonly groups: readonly {
    readonly by: GroupKey;
    readonly level: number;
    readonly comparison: CohortComparison | null;
    readonly reason: SuppressionReason | 'not_in_both_waves' | null;
  }[];
}

type Comparable = Pick<CohortSummary, 'instrument' | 'cutoffs' | 'scales'> | { readonly instrument: CohortSummary['instrument']; readonly scales: Readonly<Record<string, ScaleSummary | { readonly withheld: SuppressionReason }>>; readonly cutoffs: Readonly<Record<string, CutoffSummary | { readonly withheld: SuppressionReason }>> };

function scaleChange(a: ScaleSummary, b: ScaleSummary): ScaleChange {
  const da = a.descriptives;
  const db = b.descriptives;
  const before = { n: da.n, mean: da.mean, sd: da.sd };
  const after = { n: db.n, mean: db.mean, sd: db.sd };
  if (da.mean === null || db.mean === null) return { before, after, difference: null, ci: null, df: null, reasons: { difference: 'no_values', ci: 'no_values' } };
  const difference = db.mean - da.mean;
  if (da.sd === null || db.sd === null) return { before, after, difference, ci: null, df: null, reasons: { ci: 'fewer_than_two_values' } };
  const w = welchInterval(db.mean, db.sd, db.n, da.mean, da.sd, da.n);
  return w === null ? { before, after, difference, ci: null, df: null, reasons: { ci: 'zero_variance' } } : { before, after, difference, ci: w.ci, df: w.df, reasons: {} };
}

function cutoffChange(a: CutoffSummary, b: CutoffSummary): CutoffChange {
  const before = { n: a.determinable, positives: a.positives, prevalence: a.prevalence };
  const after = { n: b.determinable, positives: b.positives, prevalence: b.prevalence };
  const d = newcombeDifference(b.positives, b.determinable, a.positives, a.determinable);
  return d === null ? { before, after, difference: null, ci: null, reasons: { difference: 'no_values', ci: 'no_values' } } : { before, after, difference: d.difference, ci: d.ci, reasons: {} };
}

function compareSummaries(before: Comparable, after: Comparable): CohortComparison {
  if (before.instrument.id !== after.instrument.id) throw new RangeError(`cannot compare waves of different instruments ("${before.instrument.id}" and "${after.instrument.id}")`);
  const scales: Record<string, CohortComparison['scales'][string]> = {};
  for (const [id, a] of Object.entries(before.scales)) {
    const b = after.scales[id];
    if (b === undefined) continue;
    if (isWithheld(a)) scales[id] = { withheld: a.withheld };
    else if (isWithheld(b)) scales[id] = { withheld: b.withheld };
    else scales[id] = scaleChange(a, b);
  }
  const cutoffs: Record<string, CohortComparison['cutoffs'][string]> = {};
  for (const [id, a] of Object.entries(before.cutoffs)) {
    const b = after.cutoffs[id];
    if (b === undefined) continue;
    if (isWithheld(a)) cutoffs[id] = { withheld: a.withheld };
    else if (isWithheld(b)) cutoffs[id] = { withheld: b.withheld };
    else if (a.scheme !== b.scheme) throw new RangeError(`cut-off ${id} uses scheme "${String(a.scheme)}" in one wave and "${String(b.scheme)}" in the other`);
    else cutoffs[id] = cutoffChange(a, b);
  }
  return { instrument: { id: after.instrument.id, version: after.instrument.version }, scales, cutoffs };
}

/**
 * The change from one survey wave to the next: per scale the mean difference (after − before)
 * with Welch's 95 % interval, per cut-off the prevalence difference with Newcombe's hybrid
 * score interval (method 10 of Newcombe 1998). The two waves are treated as independent
 * samples (an anonymous survey cannot pair respondents across waves).
 *
 * Given two grouped summaries (`summarizeBy()`), compares overall and each group present in
 * both; a group withheld in either wave, or a figure withheld in either, stays withheld.
 *
 * @param before - the earlier wave's summary.
 * @param after - the later wave's summary (of the same instrument, with the same cut-off schemes).
 * @throws {RangeError} when the summaries are of different instruments or cut-off schemes.
 *
 * @example
 * ```ts
 * import { cbi } from 'wellbeing-instruments';
 * import { compareCohorts, summarize } from 'wellbeing-instruments/cohort';
 * const change = compareCohorts(summarize(cbi, rows2025), summarize(cbi, rows2026));
 * change.cutoffs.work_high; // { difference: −0.06, ci: { lower: −0.11, upper: −0.01 }, … }
 * ```
 */
export function compareCohorts<D extends InstrumentDefinition>(before: GroupedSummary<D>, after: GroupedSummary<D>): GroupedComparison;
export function compareCohorts<D extends InstrumentDefinition>(before: CohortSummary<D>, after: CohortSummary<D>): CohortComparison;
export function compareCohorts(before: CohortSummary | GroupedSummary, after: CohortSummary | GroupedSummary): CohortComparison | GroupedComparison {
  const grouped = (x: CohortSummary | GroupedSummary): x is GroupedSummary => 'overall' in x;
  if (!grouped(before) || !grouped(after)) {
    if (grouped(before) || grouped(after)) throw new RangeError('compare two summaries of the same kind: both from summarize(), or both from summarizeBy()');
    return compareSummaries(before, after);
  }
  const keyOf = (level: number, by: GroupKey) => JSON.stringify([level, Object.entries(by)]);
  const earlier = new Map(before.groups.map((g) => [keyOf(g.level, g.by), g]));
  const later = new Map(after.groups.map((g) => [keyOf(g.level, g.by), g]));
  const keys = [...new Set([...earlier.keys(), ...later.keys()])];
  const groups = keys.map((key) => {
    const a = earlier.get(key);
    const b = later.get(key);
    const g = (b ?? a)!;
    if (a === undefined || b === undefined) return { by: g.by, level: g.level, comparison: null, reason: 'not_in_both_waves' as const };
    if (a.summary === null || b.summary === null) return { by: g.by, level: g.level, comparison: null, reason: (a.reason ?? b.reason)! };
    return { by: g.by, level: g.level, comparison: compareSummaries(a.summary, b.summary), reason: null };
  });
  groups.sort((x, y) => x.level - y.level || compareGroupValues(Object.values(x.by), Object.values(y.by)));
  return { overall: compareSummaries(before.overall, after.overall), groups };
}
