/**
 * The scoring layer: `score`, `compileScorer`, `scoreOrThrow`, `parseAnswers`, `withItemText`.
 *
 * @module
 */
export { score } from './score.js';
export { compileScorer, type Scorer } from './generate.js';
export { parseAnswers, type ParseAnswersOptions, type ParseAnswersResult } from './parse.js';
export { scoreOrThrow, ScoringError } from './throw.js';
export { DefinitionError } from './compiled.js';
export { withItemText, type ItemTexts } from './text.js';
export { withBandScheme, withCutoff, type UserBandScheme, type UserCutoff, type WithBandScheme, type WithCutoff } from './custom.js';
