/**
 * Where a scale's chart draws its cut-off lines and band boundaries, derived from the
 * definition: every condition `{ scale, op, value }` written in a cut-off's criterion (under the
 * scheme the data were scored with) becomes a line on that scale's chart. Conditions reached only
 * through a reference to another cut-off (MBI "burnout" = emotional exhaustion high or …) are
 * drawn once, under the cut-off that states them.
 *
 * Position: on a scale of whole values, whose histogram has one bar per value, a line sits on
 * the boundary between the last bar that fails and the first that meets the condition (≥ 10 at
 * 9.5, so every bar right of it is positive, none is cut through); on a continuous scale it sits
 * at the value itself. Band boundaries follow the same rule.
 */
import type { BandScheme, ComparisonOperator, Criterion, Cutoff, InstrumentDefinition, ScaleCondition } from '../../schema/types.js';
import { undecidedScheme } from './evidence.js';
import { num } from './format.js';

export const OPERATOR: Readonly<Record<ComparisonOperator, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** A line on a scale's chart for one threshold, shared by every cut-off with the same condition. */
export interface CutoffLine {
  readonly op: ComparisonOperator;
  readonly value: number;
  /** Cut-off ids stating this condition. */
  readonly cutoffs: readonly string[];
  /** Where the line is drawn on the scale's axis. */
  readonly x: number;
  /** "≥ 10 positive_screen". */
  readonly label: string;
}

/** A band drawn as a region of the chart. */
export interface BandRegion {
  readonly id: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/** The criterion a cut-off uses under a scheme id (null: a cut-off with one criterion, or its default scheme). */
export function criterionOf(cutoff: Cutoff, scheme: string | null): Criterion {
  if (cutoff.criterion !== undefined) return cutoff.criterion;
  const chosen = cutoff.schemes.find((s) => s.id === scheme) ?? cutoff.schemes.find((s) => s.default === true) ?? cutoff.schemes[0]!;
  return chosen.criterion;
}

/** Conditions on scales written in a criterion itself (references to other cut-offs not followed). */
export function scaleConditions(c: Criterion): ScaleCondition[] {
  if ('scale' in c) return [c];
  if ('any' in c) return c.any.flatMap(scaleConditions);
  if ('all' in c) return c.all.flatMap(scaleConditions);
  return [];
}

/** Where a threshold is drawn: on a whole-valued scale, between the bars that fail and meet it. */
export function linePosition(op: ComparisonOperator, value: number, discrete: boolean): number {
  if (!discrete) return value;
  return op === '>=' || op === '<' ? Math.ceil(value) - 0.5 : Math.floor(value) + 0.5;
}

/**
 * The cut-off lines on one scale's chart.
 *
 * @param schemes - per cut-off id, the scheme the data were scored with (null for one criterion).
 * @param discrete - the histogram has one bar per whole value.
 */
export function cutoffLines(definition: InstrumentDefinition, scale: string, schemes: Readonly<Record<string, string | null>>, discrete: boolean): CutoffLine[] {
  const lines = new Map<string, { op: ComparisonOperator; value: number; cutoffs: string[] }>();
  for (const cutoff of definition.cutoffs) {
    if (undecidedScheme(cutoff, schemes[cutoff.id] ?? null)) continue; // it decided nothing: no line
    for (const c of scaleConditions(criterionOf(cutoff, schemes[cutoff.id] ?? null))) {
      if (c.scale !== scale) continue;
      const key = `${c.op} ${c.value}`;
      const line = lines.get(key) ?? { op: c.op, value: c.value, cutoffs: [] };
      if (!line.cutoffs.includes(cutoff.id)) line.cutoffs.push(cutoff.id);
      lines.set(key, line);
    }
  }
  return [...lines.values()]
    .sort((a, b) => a.value - b.value)
    .map((l) => ({ ...l, x: linePosition(l.op, l.value, discrete), label: `${OPERATOR[l.op]} ${num(l.value)} ${l.cutoffs.join(', ')}` }));
}

/** The bands of a scheme as regions over the scale's range (edges between bars on a whole-valued scale). */
export function bandRegions(scheme: BandScheme, range: readonly [number, number], discrete: boolean): BandRegion[] {
  const pad = discrete ? 0.5 : 0;
  const starts = scheme.bands.map((b, i) => (i === 0 ? range[0] - pad : linePosition(b.minExclusive === true ? '>' : '>=', b.min, discrete)));
  return scheme.bands.map((b, i) => ({ id: b.id, label: b.label, from: starts[i]!, to: i + 1 < starts.length ? starts[i + 1]! : range[1] + pad }));
}

/** The range a band covers, in words: "10–14", "≥ 20", "> 4.3–5". */
export function bandRangeText(scheme: BandScheme, index: number, range: readonly [number, number], wholeValues: boolean): string {
  const band = scheme.bands[index]!;
  const next = scheme.bands[index + 1];
  const from = `${band.minExclusive === true ? '> ' : ''}${num(band.min)}`;
  if (next === undefined) return `${from}–${num(range[1])}`;
  if (wholeValues && next.minExclusive !== true && Number.isInteger(next.min)) return `${from}–${num(next.min - 1)}`;
  return `${from} to ${next.minExclusive === true ? '' : 'under '}${num(next.min)}`;
}
