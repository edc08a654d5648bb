/** Seeded random answer sets for the interop tests: reproducible, with missing answers and extremes. */
import type { InstrumentDefinition } from '../src/schema/types.js';

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed per instrument id, so each instrument gets its own reproducible stream. */
export const seedOf = (id: string): number => [...id].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);

const optionValues = (def: InstrumentDefinition, itemId: string): number[] => {
  const item = def.items.find((i) => i.id === itemId)!;
  return def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
};

/**
 * The k-th answer set of a seeded stream (raw values keyed by item id; unanswered items absent):
 *
 * - k mod 20 = 0, 1, 2: every item at its lowest raw value, at its highest, or alternating
 *   (extremes; with reverse-keyed items these are not the scale's extremes);
 * - k mod 10 = 5: about half the items missing (scales near their missing-data thresholds);
 * - k mod 4 = 3: every item answered;
 * - otherwise: each item missing with probability 0.15.
 */
export function answerSet(def: InstrumentDefinition, k: number, random: () => number): Record<string, number> {
  const answers: Record<string, number> = {};
  const mode = k % 20 <= 2 ? (['min', 'max', 'alternate'] as const)[k % 20]! : k % 10 === 5 ? 'half' : k % 4 === 3 ? 'all' : 'some';
  def.items.forEach((item, i) => {
    const values = optionValues(def, item.id);
    const low = Math.min(...values);
    const high = Math.max(...values);
    if (mode === 'min') answers[item.id] = low;
    else if (mode === 'max') answers[item.id] = high;
    else if (mode === 'alternate') answers[item.id] = i % 2 === 0 ? low : high;
    else if (mode === 'all' || random() >= (mode === 'half' ? 0.5 : 0.15)) answers[item.id] = values[Math.floor(random() * values.length)]!;
  });
  return answers;
}
