/**
 * SurveyJS results back into answers for `score()`.
 *
 * @module
 */
import { readRecord, type ImportedAnswers } from '../interop/answers.js';
import type { InstrumentDefinition } from '../schema/types.js';

/**
 * Turns SurveyJS results (`survey.data`, or the JSON a SurveyJS back end stored) for a survey
 * made by {@link toSurveyJs} into answers for `score()`.
 *
 * Values are the raw option values the survey's choices carry (numbers; a numeral such as `"2"`
 * is accepted too); a question left unanswered is absent, `null` or `''`. Keys that are not
 * item ids (the calculated scores, other questions of a larger survey) are ignored. A value that
 * is not one of the item's options is an issue, and the item is left out of the answers. Never
 * throws.
 *
 * @param definition - the instrument the survey was made from.
 * @param data - `survey.data`: an object keyed by question name.
 * @returns the answers and the issues found.
 *
 * @example
 * ```ts
 * import { phq9, score } from 'wellbeing-instruments';
 * import { fromSurveyJsData } from 'wellbeing-instruments/surveyjs';
 * survey.onComplete.add((sender) => {
 *   const { answers, issues } = fromSurveyJsData(phq9, sender.data);
 *   if (issues.length === 0) save(score(phq9, answers));
 * });
 * ```
 */
export function fromSurveyJsData<const D extends InstrumentDefinition>(definition: D, data: unknown): ImportedAnswers<D> {
  return readRecord(definition, data, 'SurveyJS');
}
