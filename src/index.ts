/**
 * wellbeing-instruments: validated well-being and burnout instruments as typed data, scored by
 * one engine.
 *
 * ```ts
 * import { phq9, score } from 'wellbeing-instruments';
 * const result = score(phq9, { phq9_1: 2, phq9_2: 1, … });
 * ```
 *
 * @module wellbeing-instruments
 */
export * from './instruments/index.js';
export {
  score,
  compileScorer,
  type Scorer,
  scoreOrThrow,
  ScoringError,
  DefinitionError,
  withItemText,
  parseAnswers,
  withCutoff,
  withBandScheme,
  type ItemTexts,
  type UserCutoff,
  type UserBandScheme,
  type WithCutoff,
  type WithBandScheme,
  type ParseAnswersOptions,
  type ParseAnswersResult,
} from './scoring/index.js';
export { catalogue, instruments, getInstrument, listInstruments, instrumentNotes, withShippedNotes, type InstrumentId } from './catalogue.js';
export { withNotes } from './schema/notes.js';
export { outcomes, outcomesFor, compare, severityOf, type OutcomeBenchmark, type OutcomeCriterion, type OutcomeOptions, type OutcomeResult } from './compare/index.js';
export { PACKAGE_VERSION } from './version.js';
export { answersJsonSchema, type AnswersJsonSchema, type AnswerPropertySchema } from './schema/answers-json.js';
export type * from './schema/types.js';
export type * from './schema/result.js';
