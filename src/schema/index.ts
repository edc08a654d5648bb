/**
 * The schema layer: definition and result types, their zod schemas, per-instrument answer
 * schemas and definition checks. Import from `wellbeing-instruments/schema`.
 *
 * @module schema
 */
export * from './types.js';
export * from './result.js';
export {
  InstrumentDefinitionSchema,
  InstrumentDefinitionShape,
  ScoreResultSchema,
  definitionProblems,
} from './definition.js';
export { answersSchema } from './answers.js';
