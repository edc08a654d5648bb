/**
 * Histograms of a scale's values over its declared range, so that two cohorts' histograms of
 * the same scale line up bin for bin.
 *
 * @module
 */
import type { InstrumentDefinition, Scale } from '../schema/types.js';

/**
 * Counts of a scale's values.
 *
 * - `values`: one bin per reachable integer value (for sum scales of integer items whose range
 *   spans at most 60 points: PHQ-9 0…27, K10 10…50, the single-item measure 1…5), zeros included.
 * - `intervals`: equal-width bins over the declared range (10 unless `options.bins` says
 *   otherwise); each holds `from ≤ x < to`, the last also its upper edge.
 */
export type Histogram =
  | { readonly kind: 'values'; readonly bins: readonly { readonly value: number; readonly count: number }[] }
  | { readonly kind: 'intervals'; readonly bins: readonly { readonly from: number; readonly to: number; readonly count: number }[] };

/** Whether the scale only takes integer values: a sum (or product sum) of integer-valued items over an integer range. */
function integerValued(def: InstrumentDefinition, scale: Scale): boolean {
  if (scale.method.kind !== 'sum' && scale.method.kind !== 'product_sum') return false;
  if (!Number.isInteger(scale.range[0]) || !Number.isInteger(scale.range[1])) return false;
  return scale.items.every((id) => {
    // A checked definition names only its own items and response scales.
    const item = def.items.find((i) => i.id === id)!;
    return def.responseScales.find((r) => r.id === item.responseScale)!.options.every((o) => Number.isInteger(o.value));
  });
}

/** The bin layout of a scale: its integer values, or `count` equal intervals over its range. */
export function binsFor(def: InstrumentDefinition, scale: Scale, count: number | undefined): { readonly values: boolean; readonly edges: Float64Array } {
  const [min, max] = scale.range;
  if (count === undefined && integerValued(def, scale) && max - min <= 60) {
    return { values: true, edges: Float64Array.from({ length: max - min + 1 }, (_, i) => min + i) };
  }
  const n = Math.max(1, Math.floor(count ?? 10));
  // min + (max − min) i / n rather than min + i × width: 1 + 4 × 2 / 10 is exactly 1.8, where 1 + 2 × 0.4 is not.
  return { values: false, edges: Float64Array.from({ length: n + 1 }, (_, i) => (i === n ? max : min + ((max - min) * i) / n)) };
}

/** Counts sorted values into the layout from {@link binsFor}. */
export function histogramOf(sorted: Float64Array, layout: { readonly values: boolean; readonly edges: Float64Array }): Histogram {
  const { edges } = layout;
  if (layout.values) {
    const counts = new Array<number>(edges.length).fill(0);
    const min = edges[0]!;
    for (const v of sorted) {
      const i = Math.round(v - min);
      counts[Math.max(0, Math.min(edges.length - 1, i))]!++;
    }
    return { kind: 'values', bins: counts.map((count, i) => ({ value: edges[i]!, count })) };
  }
  const bins = edges.length - 1;
  const counts = new Array<number>(bins).fill(0);
  // Values are sorted: walk the edges once.
  let b = 0;
  for (const v of sorted) {
    while (b < bins - 1 && v >= edges[b + 1]!) b++;
    counts[b]!++;
  }
  return { kind: 'intervals', bins: counts.map((count, i) => ({ from: edges[i]!, to: edges[i + 1]!, count })) };
}
