/**
 * Per-instrument zod schemas for answers, for forms and API boundaries. `score()` does not use
 * them (it has its own checks, compiled once per definition); they accept exactly the answers
 * `score()` reports no issue for with `unknownKeys: 'report'` (a key that is no item is refused
 * here, where `score()` by default ignores it).
 *
 * @module
 */
import { z } from 'zod';
import type { Answers } from './result.js';
import type { InstrumentDefinition } from './types.js';

/**
 * A strict zod schema for one instrument's answers keyed by item id: every key optional, each
 * value one of the item's option values or `null`; unknown keys rejected.
 *
 * @example
 * ```ts
 * import { phq9 } from 'wellbeing-instruments';
 * import { answersSchema } from 'wellbeing-instruments/schema';
 * const parsed = answersSchema(phq9).parse(JSON.parse(body));
 * ```
 */
export function answersSchema<const D extends InstrumentDefinition>(definition: D): z.ZodType<Answers<D>> {
  const values = new Map(definition.responseScales.map((r) => [r.id, r.options.map((o) => o.value)]));
  const shape: Record<string, z.ZodType> = {};
  for (const item of definition.items) {
    const allowed = values.get(item.responseScale) ?? [];
    const literal = z.union(allowed.map((v) => z.literal(v)) as unknown as [z.ZodLiteral<number>, z.ZodLiteral<number>]);
    shape[item.id] = literal.nullable().optional().describe(item.topic);
  }
  return z.strictObject(shape) as unknown as z.ZodType<Answers<D>>;
}
