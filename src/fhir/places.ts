/**
 * How many decimal places a mean score is shown with (the `maxDecimalPlaces` extension on its
 * calculated item): the fewest, from 2, at which no reachable value of the scale rounds across
 * one of its band edges or cut-off thresholds, so a renderer that rounds to them never shows a
 * value on the wrong side of a threshold. The reachable values are enumerated exactly (every
 * number of answered items the missing-data rule allows, every sum of their scored options).
 *
 * @internal
 * @module
 */
import { criterionRefs, cutoffSchemes } from '../schema/refs.js';
import type { Criterion, InstrumentDefinition, Scale } from '../schema/types.js';
import { itemOf, scoredOptions } from './scales.js';

const MOST = 6;

/** Thresholds compared with a scale: its band edges and the values of cut-off conditions on it. */
function thresholds(def: InstrumentDefinition, scale: Scale): number[] {
  const out = scale.bandSchemes.flatMap((s) => s.bands.slice(1).map((b) => b.min));
  const visit = (c: Criterion): void => {
    if ('scale' in c) {
      if (c.scale === scale.id) out.push(c.value);
    } else if ('any' in c) c.any.forEach(visit);
    else if ('all' in c) c.all.forEach(visit);
  };
  for (const cutoff of def.cutoffs) for (const scheme of cutoffSchemes(cutoff)) if (criterionRefs(scheme.criterion).scales.includes(scale.id)) visit(scheme.criterion);
  return out;
}

/** Every value a mean scale can take: sums of the scored options of k answered items over k. */
function meanValues(def: InstrumentDefinition, scale: Scale): number[] | null {
  const options = scale.items.map((id) => scoredOptions(def, itemOf(def, id)).map((o) => o.scored));
  if (!options.every((o) => o.every(Number.isInteger))) return null;
  // sums[k] = the sums reachable with exactly k answered items.
  let sums: Set<number>[] = [new Set([0])];
  for (const values of options) {
    const next = sums.map((s) => new Set(s));
    next.push(new Set());
    sums.forEach((set, k) => set.forEach((x) => values.forEach((v) => next[k + 1]!.add(x + v))));
    sums = next;
    if (sums.reduce((n, s) => n + s.size, 0) > 200_000) return null;
  }
  const least = scale.missing.kind === 'min_answered' ? Math.max(1, scale.missing.min) : scale.items.length;
  const out: number[] = [];
  for (let k = least; k <= scale.items.length; k++) sums[k]!.forEach((x) => out.push(x / k));
  return out;
}

const round = (x: number, places: number): number => Number(x.toFixed(places));

/**
 * The `maxDecimalPlaces` of a mean scale (2 where nothing needs more), or null when the values
 * cannot be enumerated (then no extension is written).
 */
export function meanDecimalPlaces(def: InstrumentDefinition, scale: Scale): number | null {
  const values = meanValues(def, scale);
  if (values === null) return null;
  const edges = thresholds(def, scale);
  for (let places = 2; places <= MOST; places++) {
    // Rounding must not move a value onto or across an edge (either side of `>=` and `>`).
    if (values.every((v) => edges.every((t) => Math.sign(round(v, places) - t) === Math.sign(v - t)))) return places;
  }
  return null;
}
