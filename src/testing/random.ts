/**
 * Seeded random answer sets for `checkScorer`, without fast-check (an optional peer that only
 * `arbitraryAnswers` needs): every item answered with one of its options, or left unanswered
 * with probability `missing`.
 *
 * @internal
 * @module
 */
import type { InstrumentDefinition } from '../schema/types.js';

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `runs` answer sets keyed by item id (null = unanswered), the same for the same seed. */
export function randomAnswers(definition: InstrumentDefinition, runs: number, missing: number, seed: number): Record<string, number | null>[] {
  const random = generator(seed);
  const values = definition.items.map((item) => definition.responseScales.find((r) => r.id === item.responseScale)?.options.map((o) => o.value) ?? []);
  return Array.from({ length: runs }, () =>
    Object.fromEntries(
      definition.items.map((item, i) => {
        const options = values[i]!;
        return [item.id, options.length === 0 || random() < missing ? null : options[Math.floor(random() * options.length)]!];
      }),
    ),
  );
}
