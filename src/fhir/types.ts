/**
 * The parts of FHIR R4 resources this layer writes, as TypeScript types (a subset of R4: only
 * the elements the exports use). Written here rather than taken from a FHIR types package so
 * that the package keeps no runtime or type dependency; any full R4 type (e.g. `@types/fhir`)
 * accepts these objects.
 *
 * @module
 */

/**
 * R4 `Coding`.
 *
 * @example
 * ```ts
 * const value: FhirCoding = { system: 'http://loinc.org', code: 'LA6568-5', display: 'Not at all' };
 * ```
 */
export interface FhirCoding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
  readonly extension?: readonly FhirExtension[];
}

/**
 * R4 `CodeableConcept`.
 *
 * @example
 * ```ts
 * const value: FhirCodeableConcept = { coding: [{ system: 'http://loinc.org', code: '44261-6' }], text: 'PHQ-9 Depression severity' };
 * ```
 */
export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

/**
 * R4 `Reference` (the literal and logical forms).
 *
 * @example
 * ```ts
 * const value: FhirReference = { reference: 'Practitioner/123' };
 * ```
 */
export interface FhirReference {
  readonly reference?: string;
  readonly type?: string;
  readonly identifier?: { readonly system?: string; readonly value?: string };
  readonly display?: string;
}

/**
 * R4 `Expression` (used by the SDC calculatedExpression extension).
 *
 * @example
 * ```ts
 * const value: FhirExpression = { language: 'text/fhirpath', expression: "%resource.item.where(linkId = 'sib_1').answer.count()" };
 * ```
 */
export interface FhirExpression {
  readonly description?: string;
  readonly name?: string;
  readonly language: 'text/fhirpath';
  readonly expression: string;
}

/**
 * R4 `Extension`, with the value types this layer writes.
 *
 * @example
 * ```ts
 * const value: FhirExtension = { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden', valueBoolean: true };
 * ```
 */
export interface FhirExtension {
  readonly url: string;
  readonly valueBoolean?: boolean;
  readonly valueDecimal?: number;
  readonly valueInteger?: number;
  readonly valueMarkdown?: string;
  readonly valueExpression?: FhirExpression;
}

/**
 * R4 `Quantity`.
 *
 * @example
 * ```ts
 * const value: FhirQuantity = { value: 2.5, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' };
 * ```
 */
export interface FhirQuantity {
  readonly value: number;
  readonly unit?: string;
  readonly system?: string;
  readonly code?: string;
}

/**
 * R4 `Questionnaire.item.answerOption`.
 *
 * @example
 * ```ts
 * toFhirQuestionnaire(phq9).questionnaire.item[1]?.answerOption?.[0];
 * // { extension: [itemWeight 0, ordinalValue 0], valueCoding: { system: 'http://loinc.org', code: 'LA6568-5', display: 'Not at all' } }
 * ```
 */
export interface FhirAnswerOption {
  readonly valueCoding: FhirCoding;
  readonly extension?: readonly FhirExtension[];
}

/**
 * R4 `Questionnaire.item`.
 *
 * @example
 * ```ts
 * toFhirQuestionnaire(phq9).questionnaire.item.find((i) => i.linkId === 'phq9_score_total')?.type; // 'integer'
 * ```
 */
export interface FhirQuestionnaireItem {
  readonly linkId: string;
  readonly text?: string;
  readonly type: 'display' | 'choice' | 'integer' | 'decimal';
  readonly code?: readonly FhirCoding[];
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly readOnly?: boolean;
  readonly answerOption?: readonly FhirAnswerOption[];
  readonly extension?: readonly FhirExtension[];
}

/**
 * R4 `Questionnaire`.
 *
 * @example
 * ```ts
 * const q: FhirQuestionnaire = toFhirQuestionnaire(phq9).questionnaire;
 * q.copyright; // the Pfizer notice
 * ```
 */
export interface FhirQuestionnaire {
  readonly resourceType: 'Questionnaire';
  readonly id?: string;
  readonly url?: string;
  readonly version?: string;
  readonly name?: string;
  readonly title?: string;
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  readonly language?: string;
  readonly description?: string;
  readonly copyright?: string;
  readonly code?: readonly FhirCoding[];
  readonly extension?: readonly FhirExtension[];
  readonly item: readonly FhirQuestionnaireItem[];
}

/**
 * R4 `QuestionnaireResponse.item.answer` (the value types this layer writes or reads).
 *
 * @example
 * ```ts
 * const value: FhirQuestionnaireResponseAnswer = { valueCoding: { system: 'http://loinc.org', code: 'LA6570-1' } };
 * ```
 */
export interface FhirQuestionnaireResponseAnswer {
  readonly valueCoding?: FhirCoding;
  readonly valueInteger?: number;
  readonly valueDecimal?: number;
  readonly extension?: readonly FhirExtension[];
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

/**
 * R4 `QuestionnaireResponse.item`.
 *
 * @example
 * ```ts
 * const value: FhirQuestionnaireResponseItem = { linkId: 'phq9_1', answer: [{ valueInteger: 2 }] };
 * ```
 */
export interface FhirQuestionnaireResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly FhirQuestionnaireResponseAnswer[];
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

/**
 * R4 `QuestionnaireResponse`.
 *
 * @example
 * ```ts
 * const { response } = toFhirQuestionnaireResponse(phq9, { phq9_1: 2 });
 * response.status; // 'completed'
 * ```
 */
export interface FhirQuestionnaireResponse {
  readonly resourceType: 'QuestionnaireResponse';
  readonly id?: string;
  readonly questionnaire?: string;
  readonly status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  readonly subject?: FhirReference;
  readonly authored?: string;
  readonly author?: FhirReference;
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

/**
 * R4 `Observation`, as written for one scale score.
 *
 * @example
 * ```ts
 * const [total] = toFhirObservations(phq9, score(phq9, answers));
 * total?.valueInteger;
 * ```
 */
export interface FhirObservation {
  readonly resourceType: 'Observation';
  readonly status: 'final';
  readonly category: readonly FhirCodeableConcept[];
  readonly code: FhirCodeableConcept;
  readonly subject?: FhirReference;
  readonly encounter?: FhirReference;
  readonly effectiveDateTime?: string;
  readonly issued?: string;
  readonly performer?: readonly FhirReference[];
  readonly valueInteger?: number;
  readonly valueQuantity?: FhirQuantity;
  readonly interpretation?: readonly FhirCodeableConcept[];
  /** R4 `Annotation`, text only. */
  readonly note?: readonly { readonly text: string }[];
  readonly derivedFrom?: readonly FhirReference[];
}
