/**
 * Canonical URLs and codings shared by the FHIR exports: the package's own code systems, the
 * extensions used, and how an option becomes a `Coding`.
 *
 * @module
 */
import type { InstrumentDefinition, ResponseOption } from '../schema/types.js';
import { decimalText } from './decimal.js';
import type { FhirCoding } from './types.js';

/**
 * Base of every canonical URL this package mints (Questionnaires and code systems). The code
 * systems never move with `options.url`: they name this package's codes wherever the
 * Questionnaire is hosted, so responses from any copy read back the same.
 *
 * @example
 * ```ts
 * `${FHIR_BASE}/CodeSystem/who5-frequency`; // the code system of the WHO-5 options
 * ```
 */
export const FHIR_BASE = 'https://wellbeing-instruments.dev/fhir';

/** Extension URLs written by the exports. */
export const EXT = {
  /** Option score, from the FHIR extensions pack (the successor of `ordinalValue`). */
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  /** Option score as R4 core defines it; older renderers read only this one. */
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  designNote: 'http://hl7.org/fhir/StructureDefinition/designNote',
  calculatedExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  /** Decimal places a renderer shows (core extension, used by SDC forms). */
  maxDecimalPlaces: 'http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces',
} as const;

export const LOINC = 'http://loinc.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const UCUM = 'http://unitsofmeasure.org';

/** Canonical URL of the Questionnaire exported for a definition. */
export const questionnaireUrl = (def: InstrumentDefinition): string => `${FHIR_BASE}/Questionnaire/${def.id}`;

/** The package code system of one response scale's options (code = the raw value as text). */
export const answerSystem = (def: InstrumentDefinition, responseScaleId: string): string => `${FHIR_BASE}/CodeSystem/${def.id}-${responseScaleId}`;

/** The package code system of an instrument's scales (code = scale id). */
export const scaleSystem = (def: InstrumentDefinition): string => `${FHIR_BASE}/CodeSystem/${def.id}-scales`;

/** The package code system of one band scheme of a scale (code = band id). */
export const bandSystem = (def: InstrumentDefinition, scaleId: string, schemeId: string): string => `${FHIR_BASE}/CodeSystem/${def.id}-${scaleId}-${schemeId}`;

/** linkId of the hidden item that carries a scale's calculated score. */
export const scaleLinkId = (def: InstrumentDefinition, scaleId: string): string => `${def.id}_score_${scaleId}`;

/**
 * The coding an option is answered with: its terminology code where the definition has one
 * (LOINC answer codes on the PHQ and GAD options), otherwise the package code system of its
 * response scale with the raw value as the code.
 */
export function optionCoding(def: InstrumentDefinition, responseScaleId: string, option: ResponseOption): FhirCoding {
  if (option.code !== undefined) return { system: option.code.system, code: option.code.code, display: option.code.display ?? option.label };
  return { system: answerSystem(def, responseScaleId), code: decimalText(option.value), display: option.label };
}

/** The definition's codings as FHIR codings (copies, so exported resources share nothing with the definition). */
export const codings = (codes: InstrumentDefinition['codes']): FhirCoding[] =>
  (codes ?? []).map((c) => (c.display === undefined ? { system: c.system, code: c.code } : { system: c.system, code: c.code, display: c.display }));
