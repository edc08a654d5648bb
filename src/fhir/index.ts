/**
 * FHIR R4: instruments as SDC Questionnaires whose calculated scores match `score()`, responses
 * back to answers, and scores as Observations.
 *
 * ```ts
 * import { phq9, score } from 'wellbeing-instruments';
 * import { toFhirQuestionnaire, fromFhirQuestionnaireResponse, toFhirObservations } from 'wellbeing-instruments/fhir';
 *
 * const { questionnaire } = toFhirQuestionnaire(phq9);          // give it to an SDC renderer
 * const { answers, issues } = fromFhirQuestionnaireResponse(phq9, responseJson);
 * const observations = toFhirObservations(phq9, score(phq9, answers), { subject: { reference: 'Patient/1' } });
 * ```
 *
 * @module wellbeing-instruments/fhir
 */
export { toFhirQuestionnaire, type FhirQuestionnaireExport, type FhirQuestionnaireOptions } from './questionnaire.js';
export { toFhirQuestionnaireResponse, type FhirQuestionnaireResponseExport, type FhirQuestionnaireResponseOptions } from './response.js';
export { fromFhirQuestionnaireResponse, type FhirResponseAnswers, type FhirResponseIssue, type FhirResponseIssueCode } from './read-response.js';
export { toFhirObservations, type FhirObservationOptions } from './observations.js';
export type { FhirExportNote, FhirExportNoteCode } from './notes.js';
export { FHIR_BASE } from './codes.js';
export type * from './types.js';
