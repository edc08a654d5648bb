/**
 * Seeded random answer sets for the export tests: reproducible (a failure names its seed and
 * index), and weighted towards the cases scoring gets wrong: missing answers, every item
 * answered, extremes (every item at its lowest or highest option, where reverse keys show), and
 * any number of missing items, which crosses each missing-data threshold.
 */
import type { InstrumentDefinition } from '../src/schema/types.js';

/** Mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
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

export type AnswerSet = Record<string, number | null>;

/** `count` answer sets for a definition, the same for the same seed. */
export function answerSets(def: InstrumentDefinition, count: number, seed: number): AnswerSet[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const options = def.items.map((item) => def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value));
  const out: AnswerSet[] = [];
  for (let k = 0; k < count; k++) {
    const mode = random();
    const set: AnswerSet = {};
    if (mode < 0.4) {
      // about 15% missing
      def.items.forEach((item, i) => (set[item.id] = random() < 0.15 ? null : pick(options[i]!)));
    } else if (mode < 0.6) {
      // every item answered
      def.items.forEach((item, i) => (set[item.id] = pick(options[i]!)));
    } else if (mode < 0.8) {
      // extremes: all lowest, all highest, or each item at one end; a few missing
      const end = random();
      def.items.forEach((item, i) => {
        const low = Math.min(...options[i]!);
        const high = Math.max(...options[i]!);
        set[item.id] = random() < 0.05 ? null : end < 0.33 ? low : end < 0.66 ? high : random() < 0.5 ? low : high;
      });
    } else {
      // exactly m items missing, m uniform in 0…n: crosses every "at least k answered" threshold
      const missing = Math.floor(random() * (def.items.length + 1));
      const order = def.items.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const blank = new Set(order.slice(0, missing));
      def.items.forEach((item, i) => (set[item.id] = blank.has(i) ? null : pick(options[i]!)));
    }
    out.push(set);
  }
  return out;
}

/** Two scale values agree: both null, or both numbers within 1e-9. */
export function sameValue(expected: number | null, actual: number | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  return Math.abs(expected - actual) <= 1e-9;
}
