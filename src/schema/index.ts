/**
 * The schema layer: definition and result types, their zod schemas, per-instrument answer
 * schemas and definition checks. Import from `wellbeing-instruments/schema`.
 *
 * @module schema
 */
export * from './types.js';
export * from './result.js';
export { InstrumentDefinitionSchema, InstrumentDefinitionShape, ScoreResultSchema } from './definition.js';
export { definitionProblems, evidenceProblems } from './problems.js';
export { defineInstrument, type DefineInstrumentResult, type DefinitionProblem } from './define.js';
export { answersSchema } from './answers.js';
export { withNotes } from './notes.js';
export { answersJsonSchema, type AnswersJsonSchema, type AnswerPropertySchema } from './answers-json.js';
