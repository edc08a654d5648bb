/** Helpers for building answer sets in tests. */
import type { InstrumentDefinition } from '../src/schema/types.js';

/**
 * Answers (keyed by item id) whose *scored* values (after reverse keying) on `items` add up to
 * `target`, filling items greedily from the first. Works for integer option values 0/1-based.
 */
export function withScoredSum(def: InstrumentDefinition, items: readonly string[], target: number): Record<string, number> {
  const out: Record<string, number> = {};
  let left = target;
  for (const id of items) {
    const item = def.items.find((i) => i.id === id)!;
    const values = def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const scored = Math.max(low, Math.min(high, left - (items.length - items.indexOf(id) - 1) * low));
    out[id] = item.reverse === true ? low + high - scored : scored;
    left -= scored;
  }
  if (left !== 0) throw new Error(`cannot reach ${target} on ${items.join(',')}`);
  return out;
}

/** The same value for every listed item. */
export function all(items: readonly string[], value: number | null): Record<string, number | null> {
  return Object.fromEntries(items.map((id) => [id, value]));
}

/** Item ids `prefix_from` … `prefix_to`. */
export function ids(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}_${from + i}`);
}
