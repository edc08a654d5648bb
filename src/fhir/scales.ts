/**
 * What the exports need to know about a definition's items and scales: each option's scored
 * value (after reverse keying, computed as the engine computes it) and whether a scale's value
 * is always an integer (FHIR `integer`) or not (`decimal`).
 *
 * @module
 */
import type { InstrumentDefinition, Item, ResponseOption, ResponseScale, Scale } from '../schema/types.js';

/** Thrown for a definition the exports cannot read (unknown response scale or scale id). */
function fail(def: InstrumentDefinition, message: string): never {
  throw new TypeError(`${def.id}: ${message}`);
}

/** The response scale an item uses. */
export function responseScaleOf(def: InstrumentDefinition, item: Item): ResponseScale {
  return def.responseScales.find((r) => r.id === item.responseScale) ?? fail(def, `item ${item.id} uses unknown response scale ${item.responseScale}`);
}

/** Each option of an item with the value the engine scores for it: `min + max − value` when reverse-keyed. */
export function scoredOptions(def: InstrumentDefinition, item: Item): { readonly option: ResponseOption; readonly scored: number }[] {
  const options = responseScaleOf(def, item).options;
  const values = options.map((o) => o.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // The same floating-point expression as the engine's compile step, so the scored values agree digit for digit.
  return options.map((option) => ({ option, scored: item.reverse === true ? low + high - option.value : option.value }));
}

export function itemOf(def: InstrumentDefinition, id: string): Item {
  return def.items.find((i) => i.id === id) ?? fail(def, `unknown item ${id}`);
}

export function scaleOf(def: InstrumentDefinition, id: string): Scale {
  return def.scales.find((s) => s.id === id) ?? fail(def, `unknown scale ${id}`);
}

/**
 * Whether every value the scale can take is an integer: sums and item products of integer
 * scored values, linear and composite scales with integer factors over integer bases, and
 * lookups whose every target is an integer. Means are never integer-typed.
 */
export function isIntegerScale(def: InstrumentDefinition, scale: Scale, seen: ReadonlySet<string> = new Set()): boolean {
  if (seen.has(scale.id)) fail(def, `scale ${scale.id} derives from itself`);
  const next = new Set(seen).add(scale.id);
  const m = scale.method;
  switch (m.kind) {
    case 'mean':
      return false;
    case 'sum':
    case 'product_sum':
      return scale.items.every((id) => scoredOptions(def, itemOf(def, id)).every((o) => Number.isInteger(o.scored)));
    case 'linear':
      return Number.isInteger(m.multiply) && Number.isInteger(m.add) && isIntegerScale(def, scaleOf(def, m.of), next);
    case 'lookup':
      return m.table.every(([, to]) => Number.isInteger(to));
    case 'composite':
      return Number.isInteger(m.add) && m.terms.every((t) => Number.isInteger(t.weight) && isIntegerScale(def, scaleOf(def, t.scale), next));
  }
}
