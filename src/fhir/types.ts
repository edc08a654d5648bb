/**
 * The parts of FHIR R4 resources this layer writes, as TypeScript types (a subset of R4: only
 * the elements the exports use). Written here rather than taken from a FHIR types package so
 * that the package keeps no runtime or type dependency; any full R4 type (e.g. `@types/fhir`)
 * accepts these objects.
 *
 * @module
 */

/** R4 `Coding`. */
export interface FhirCoding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
  readonly extension?: readonly FhirExtension[];
}

/** R4 `CodeableConcept`. */
export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

/** R4 `Reference` (the literal and logical forms). */
export interface FhirReference {
  readonly reference?: string;
  readonly type?: string;
  readonly identifier?: { readonly system?: string; readonly value?: string };
  readonly display?: string;
}

/** R4 `Expression` (used by the SDC calculatedExpression extension). */
export interface FhirExpression {
  readonly description?: string;
  readonly name?: string;
  readonly language: 'text/fhirpath';
  readonly expression: string;
}

/** R4 `Extension`, with the value types this layer writes. */
export interface FhirExtension {
  readonly url: string;
  readonly valueBoolean?: boolean;
  readonly valueDecimal?: number;
  readonly valueMarkdown?: string;
  readonly valueExpression?: FhirExpression;
}

/** R4 `Quantity`. */
export interface FhirQuantity {
  readonly value: number;
  readonly unit?: string;
  readonly system?: string;
  readonly code?: string;
}

/** R4 `Questionnaire.item.answerOption`. */
export interface FhirAnswerOption {
  readonly valueCoding: FhirCoding;
  readonly extension?: readonly FhirExtension[];
}

/** R4 `Questionnaire.item`. */
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

/** R4 `Questionnaire`. */
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

/** R4 `QuestionnaireResponse.item.answer` (the value types this layer writes or reads). */
export interface FhirQuestionnaireResponseAnswer {
  readonly valueCoding?: FhirCoding;
  readonly valueInteger?: number;
  readonly valueDecimal?: number;
  readonly extension?: readonly FhirExtension[];
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

/** R4 `QuestionnaireResponse.item`. */
export interface FhirQuestionnaireResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly FhirQuestionnaireResponseAnswer[];
  readonly item?: readonly FhirQuestionnaireResponseItem[];
}

/** R4 `QuestionnaireResponse`. */
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

/** R4 `Observation`, as written for one scale score. */
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
