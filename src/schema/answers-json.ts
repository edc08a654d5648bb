/**
 * JSON Schema (draft 2020-12) for one instrument's answers, for forms and services written in
 * other languages. Built directly from the definition (no zod), so it costs a bundle nothing
 * beyond this file; it accepts exactly the keyed answers `score()` accepts as valid.
 *
 * @module
 */
import type { InstrumentDefinition } from './types.js';

/**
 * One item's answer: one of its option values, or `null` when not answered.
 *
 * @example
 * ```ts
 * answersJsonSchema(phq9).properties.phq9_1;
 * // { title: 'Loss of interest or pleasure', description: 'Item 1: 0 = Not at all; …', enum: [0, 1, 2, 3, null] }
 * ```
 */
export interface AnswerPropertySchema {
  /** The item's topic (in this package's words; item wording is licensed separately). */
  readonly title: string;
  readonly description: string;
  /** The raw option values (before reverse keying), then `null`. */
  readonly enum: readonly (number | null)[];
}

/**
 * The JSON Schema {@link answersJsonSchema} returns.
 *
 * @example
 * ```ts
 * const schema: AnswersJsonSchema = answersJsonSchema(gad7);
 * schema.additionalProperties; // false
 * ```
 */
export interface AnswersJsonSchema {
  readonly $schema: 'https://json-schema.org/draft/2020-12/schema';
  readonly title: string;
  readonly description: string;
  readonly type: 'object';
  /** One property per item id; every property optional (an absent key is unanswered). */
  readonly properties: Readonly<Record<string, AnswerPropertySchema>>;
  readonly additionalProperties: false;
}

/**
 * A JSON Schema (draft 2020-12) for an instrument's answers keyed by item id: each item one of
 * its raw option values (the published key's values, before reverse keying) or `null`; every
 * item optional; no other properties. It agrees with `score(definition, answers, { unknownKeys:
 * 'report' })`: answers valid under the schema score without any issue, and any other object (a
 * value that is not an option, a string, a prototype key, or a key that is no item) gives issues.
 * It is stricter than `score()`'s default on keys that are no item, which `score()` ignores (a
 * form's answers should have none; a record with other fields should be read with `score()` or
 * `parseAnswers()`). The array form `score()` also accepts is not covered.
 *
 * The same schemas ship as files, `wellbeing-instruments/schema/answers/<id>.schema.json`, for
 * code that does not run JavaScript.
 *
 * @example
 * ```ts
 * import { Ajv2020 } from 'ajv/dist/2020.js';
 * import { phq9 } from 'wellbeing-instruments';
 * import { answersJsonSchema } from 'wellbeing-instruments/schema';
 * const validate = new Ajv2020().compile(answersJsonSchema(phq9));
 * validate({ phq9_1: 2, phq9_2: null }); // true
 * validate({ phq9_1: '2' });             // false
 * ```
 */
export function answersJsonSchema(definition: InstrumentDefinition): AnswersJsonSchema {
  const options = new Map(definition.responseScales.map((r) => [r.id, r.options]));
  const properties: Record<string, AnswerPropertySchema> = {};
  for (const item of definition.items) {
    const opts = options.get(item.responseScale) ?? [];
    properties[item.id] = {
      title: item.topic,
      description: `Item ${item.number}${item.reverse === true ? ' (reverse-keyed by score(); send the raw value)' : ''}: ${opts.map((o) => `${o.value} = ${o.label}`).join('; ')}; null = not answered.`,
      enum: [...opts.map((o) => o.value), null],
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${definition.shortName} answers`,
    description: `Answers to the ${definition.name} (${definition.shortName}), definition ${definition.version}, keyed by item id: each the raw option value of the published scoring key, or null (or absent) when not answered.`,
    type: 'object',
    properties,
    additionalProperties: false,
  };
}
