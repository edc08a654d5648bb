/**
 * The throwing variant of `score()`.
 *
 * @module
 */
import type { AnswersInput, Issue, ScoreOptions, UnknownAnswers, ValidScoreResult } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { score } from './score.js';

/** Thrown by {@link scoreOrThrow}; `issues` are the very objects `score()` would have returned. */
export class ScoringError extends Error {
  override readonly name = 'ScoringError';
  constructor(
    readonly instrument: string,
    readonly issues: readonly Issue[],
  ) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(`${instrument}: ${errors.length} invalid answer${errors.length === 1 ? '' : 's'}: ${errors.map((i) => i.message).join('; ')}`);
  }
}

/**
 * Like {@link score}, but throws a {@link ScoringError} carrying the issues when any answer is bad.
 * Unanswered items are not errors: a scale without enough answers is still `null`.
 *
 * @example
 * ```ts
 * import { gad7, scoreOrThrow } from 'wellbeing-instruments';
 * const r = scoreOrThrow(gad7, [0, 0, 1, 1, 0, 1, 0]); // total 3, minimal
 * ```
 */
export function scoreOrThrow<D extends InstrumentDefinition>(definition: D, answers: AnswersInput<D>, options?: ScoreOptions<D>): ValidScoreResult<D>;
/** {@link scoreOrThrow} for untrusted answers typed `unknown`. */
export function scoreOrThrow<D extends InstrumentDefinition, A>(definition: D, answers: UnknownAnswers<A>, options?: ScoreOptions<D>): ValidScoreResult<D>;
export function scoreOrThrow<D extends InstrumentDefinition>(definition: D, answers: unknown, options?: ScoreOptions<D>): ValidScoreResult<D> {
  const result = score(definition, answers, options);
  if (!result.valid) throw new ScoringError(definition.id, result.issues);
  return result;
}
