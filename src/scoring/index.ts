/**
 * The scoring layer: `score`, `scoreOrThrow`, `withItemText`.
 *
 * @module
 */
export { score } from './score.js';
export { scoreOrThrow, ScoringError } from './throw.js';
export { DefinitionError } from './compiled.js';
export { withItemText, type ItemTexts } from './text.js';
