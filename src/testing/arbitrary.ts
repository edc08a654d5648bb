/**
 * fast-check arbitraries for an instrument's answers: `wellbeing-instruments/testing/arbitrary`,
 * a subpath of its own because it is the one part of the verification kit that needs fast-check
 * (an optional peer dependency).
 *
 * @module testing/arbitrary
 */
import fc from 'fast-check';
import type { Answers } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';

/** Options for {@link arbitraryAnswers}. */
export interface ArbitraryAnswersOptions {
  /** Probability (0–1) that an item is left unanswered (`null`); default 0 (every item answered). */
  readonly missing?: number;
  /**
   * When true, every generated answer set has at least one bad value (not an option, a string,
   * a fraction, NaN, Infinity, a boolean or an object) on a random item.
   */
  readonly invalid?: boolean;
}

const badValues = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.5, 1e308),
  fc.string(),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
);

/**
 * Answers for `definition`, typed by its item ids and option values: valid, partly missing
 * (`missing`), or with at least one invalid value (`invalid`).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { phq9, score } from 'wellbeing-instruments';
 * import { arbitraryAnswers } from 'wellbeing-instruments/testing/arbitrary';
 * fc.assert(fc.property(arbitraryAnswers(phq9, { missing: 0.1 }), (answers) => {
 *   const r = score(phq9, answers);
 *   return r.scales.total.value === null || r.scales.total.value <= 27;
 * }));
 * ```
 */
export function arbitraryAnswers<D extends InstrumentDefinition>(definition: D, options: ArbitraryAnswersOptions = {}): fc.Arbitrary<Answers<D>> {
  const missing = options.missing ?? 0;
  const valueOf = (itemId: string) => {
    const item = definition.items.find((i) => i.id === itemId)!;
    const values = definition.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
    const valid = fc.constantFrom(...values);
    return missing > 0 ? fc.oneof({ arbitrary: valid, weight: Math.max(1, Math.round((1 - missing) * 100)) }, { arbitrary: fc.constant(null), weight: Math.max(1, Math.round(missing * 100)) }) : valid;
  };
  const valid = fc.record(Object.fromEntries(definition.items.map((item) => [item.id, valueOf(item.id)]))) as fc.Arbitrary<Record<string, unknown>>;
  if (options.invalid !== true) return valid as fc.Arbitrary<Answers<D>>;
  const itemIds = definition.items.map((i) => i.id);
  return fc
    .tuple(valid, fc.constantFrom(...itemIds), badValues)
    .filter(([, itemId, bad]) => {
      const item = definition.items.find((i) => i.id === itemId)!;
      const values: readonly unknown[] = definition.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
      return !values.includes(bad);
    })
    .map(([answers, itemId, bad]) => ({ ...answers, [itemId]: bad }) as unknown as Answers<D>);
}
