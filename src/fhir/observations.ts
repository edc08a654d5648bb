/**
 * Scale scores as R4 Observations.
 *
 * @module
 */
import type { ScoreResult } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { bandSystem, codings, OBSERVATION_CATEGORY, scaleSystem, UCUM } from './codes.js';
import { isIntegerScale } from './scales.js';
import type { FhirObservation, FhirReference } from './types.js';

/**
 * Options for {@link toFhirObservations}: the context every Observation shares.
 *
 * @example
 * ```ts
 * toFhirObservations(phq9, result, { subject: { reference: 'Patient/1' }, effectiveDateTime: '2026-11-22', derivedFrom: [{ reference: 'QuestionnaireResponse/7' }] });
 * ```
 */
export interface FhirObservationOptions {
  /** Whom the scores are about, e.g. `{ reference: 'Practitioner/123' }`. */
  readonly subject?: FhirReference;
  readonly encounter?: FhirReference;
  /** When the answers were given (FHIR dateTime). */
  readonly effectiveDateTime?: string;
  /** When the scores were made available (FHIR instant). */
  readonly issued?: string;
  readonly performer?: readonly FhirReference[];
  /** What the scores were computed from, e.g. `{ reference: 'QuestionnaireResponse/456' }`. */
  readonly derivedFrom?: readonly FhirReference[];
}

const SURVEY = [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }] as const;

/**
 * Writes each scored scale of a result as a FHIR R4 Observation (status `final`, category
 * `survey`). The code is the scale's LOINC code where the definition has one (PHQ-9 total:
 * 44261-6), followed by the package coding
 * `https://wellbeing-instruments.dev/fhir/CodeSystem/<id>-scales|<scaleId>`. Integer-valued
 * scales (sums, item products) are `valueInteger`; every other value, and a prorated sum, is a
 * `valueQuantity` in UCUM `{score}` at full precision. The band of the result becomes the
 * `interpretation` (text = band label, coding in the package system
 * `…/CodeSystem/<id>-<scaleId>-<schemeId>`). A prorated score says so in `note`.
 *
 * Scales whose value is `null` get no Observation: an Observation records something observed,
 * and the reason a scale could not be scored is in the result, not a measurement.
 *
 * The definition is passed alongside the result because a result carries ids, not the codes and
 * labels an Observation needs; the order (definition first) is that of every function in the
 * package.
 *
 * @param definition - the instrument the result is for.
 * @param result - from `score(definition, …)`.
 * @param options - subject, encounter, effective time, issued, performer, derivedFrom.
 * @throws {TypeError} when the result is from another instrument or definition version.
 *
 * @example
 * ```ts
 * import { phq9, score } from 'wellbeing-instruments';
 * import { toFhirObservations } from 'wellbeing-instruments/fhir';
 *
 * const result = score(phq9, [2, 2, 2, 2, 1, 1, 2, 0, 0, null]);
 * const [total] = toFhirObservations(phq9, result, { subject: { reference: 'Patient/1' }, effectiveDateTime: '2026-11-22' });
 * total?.code.coding?.[0]?.code;    // '44261-6'
 * total?.valueInteger;              // 12
 * total?.interpretation?.[0]?.text; // 'Moderate'
 * ```
 */
export function toFhirObservations<D extends InstrumentDefinition>(definition: D, result: ScoreResult<D>, options: FhirObservationOptions = {}): FhirObservation[] {
  if (result.instrument.id !== definition.id || result.instrument.version !== definition.version) {
    throw new TypeError(`toFhirObservations: the result is for ${result.instrument.id} ${result.instrument.version}, not ${definition.id} ${definition.version}`);
  }
  const scales = result.scales as Readonly<Record<string, ScoreResult['scales'][string] | undefined>>;
  const observations: FhirObservation[] = [];
  for (const scale of definition.scales) {
    const s = scales[scale.id];
    if (s === undefined || s.value === null) continue;
    const value = s.value;
    const band = s.band;
    observations.push({
      resourceType: 'Observation',
      status: 'final',
      category: SURVEY,
      code: {
        coding: [...codings(scale.codes), { system: scaleSystem(definition), code: scale.id, display: scale.label }],
        text: `${definition.shortName} ${scale.label}`,
      },
      ...(options.subject === undefined ? {} : { subject: options.subject }),
      ...(options.encounter === undefined ? {} : { encounter: options.encounter }),
      ...(options.effectiveDateTime === undefined ? {} : { effectiveDateTime: options.effectiveDateTime }),
      ...(options.issued === undefined ? {} : { issued: options.issued }),
      ...(options.performer === undefined || options.performer.length === 0 ? {} : { performer: options.performer }),
      ...(isIntegerScale(definition, scale) && Number.isInteger(value)
        ? { valueInteger: value }
        : { valueQuantity: { value, unit: 'score', system: UCUM, code: '{score}' } }),
      ...(band === null
        ? {}
        : { interpretation: [{ coding: [{ system: bandSystem(definition, scale.id, band.scheme), code: band.id, display: band.label }], text: band.label }] }),
      ...(s.prorated
        ? { note: [{ text: `Prorated: ${s.answered} of ${s.expected} items answered; scored under score()'s prorate option, not the published rule.` }] }
        : {}),
      ...(options.derivedFrom === undefined || options.derivedFrom.length === 0 ? {} : { derivedFrom: options.derivedFrom }),
    });
  }
  return observations;
}
