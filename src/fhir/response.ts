/**
 * Answers as an R4 QuestionnaireResponse to the exported Questionnaire.
 *
 * @module
 */
import type { AnswersInput, Issue } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { compile } from '../scoring/compile.js';
import { readAnswers } from '../scoring/read.js';
import { optionCoding, questionnaireUrl } from './codes.js';
import type { FhirQuestionnaireResponse, FhirQuestionnaireResponseItem, FhirReference } from './types.js';

/**
 * Options for {@link toFhirQuestionnaireResponse}.
 *
 * @example
 * ```ts
 * toFhirQuestionnaireResponse(phq9, answers, { subject: { reference: 'Patient/1' }, authored: '2026-11-22T10:00:00Z' });
 * ```
 */
export interface FhirQuestionnaireResponseOptions {
  /** Canonical of the Questionnaire answered; default `<package Questionnaire URL>|<definition version>`. */
  readonly questionnaire?: string;
  /** Default `completed`. */
  readonly status?: FhirQuestionnaireResponse['status'];
  readonly subject?: FhirReference;
  readonly author?: FhirReference;
  /** When the answers were given (FHIR dateTime, e.g. `2026-11-22T10:00:00Z`). */
  readonly authored?: string;
}

/**
 * What {@link toFhirQuestionnaireResponse} returns.
 *
 * @example
 * ```ts
 * const { response, issues }: FhirQuestionnaireResponseExport = toFhirQuestionnaireResponse(phq9, answers);
 * if (issues.length > 0) throw new Error(issues.map((i) => i.message).join('; '));
 * ```
 */
export interface FhirQuestionnaireResponseExport {
  readonly response: FhirQuestionnaireResponse;
  /**
   * Problems with the answers, exactly as `score()` reports them (same codes and messages). An
   * item whose answer is not valid is left out of the response, so check this before storing it.
   */
  readonly issues: readonly Issue[];
}

/**
 * Writes answers as a QuestionnaireResponse to the Questionnaire of {@link toFhirQuestionnaire}:
 * one item per answered question (linkId = item id) with the option's coding as `valueCoding`,
 * the same coding the Questionnaire offers. Unanswered items are left out (and `item` with them
 * when nothing is answered: FHIR JSON has no empty arrays). Answers are checked
 * as `score()` checks them; an invalid answer is left out and reported in `issues`, never
 * written as something else.
 *
 * @param definition - the instrument answered.
 * @param answers - keyed by item id or an array in item order, as `score()` takes them.
 * @param options - `questionnaire` canonical, `status`, `subject`, `author`, `authored`.
 * @throws {DefinitionError} only when the definition itself is inconsistent (never for answers).
 *
 * @example
 * ```ts
 * import { phq9 } from 'wellbeing-instruments';
 * import { fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from 'wellbeing-instruments/fhir';
 *
 * const { response, issues } = toFhirQuestionnaireResponse(phq9, { phq9_1: 2, phq9_2: 1 }, { subject: { reference: 'Patient/1' } });
 * issues;                                              // []
 * response.item?.[0]?.answer?.[0]?.valueCoding?.code;  // 'LA6570-1' (More than half the days)
 * fromFhirQuestionnaireResponse(phq9, response).answers; // { phq9_1: 2, phq9_2: 1 }
 * ```
 */
export function toFhirQuestionnaireResponse<D extends InstrumentDefinition>(
  definition: D,
  answers: AnswersInput<D>,
  options: FhirQuestionnaireResponseOptions = {},
): FhirQuestionnaireResponseExport {
  const c = compile(definition);
  const read = readAnswers(c, answers);
  const items: FhirQuestionnaireResponseItem[] = [];
  definition.items.forEach((item, i) => {
    const option = read.answers[i]!;
    if (option < 0) return;
    const rs = definition.responseScales.find((r) => r.id === item.responseScale)!;
    items.push({ linkId: item.id, answer: [{ valueCoding: optionCoding(definition, rs.id, rs.options[option]!) }] });
  });
  const response: FhirQuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: options.questionnaire ?? `${questionnaireUrl(definition)}|${definition.version}`,
    status: options.status ?? 'completed',
    ...(options.subject === undefined ? {} : { subject: options.subject }),
    ...(options.authored === undefined ? {} : { authored: options.authored }),
    ...(options.author === undefined ? {} : { author: options.author }),
    ...(items.length > 0 ? { item: items } : {}),
  };
  return { response, issues: read.issues };
}
