/**
 * Scale scores as R4 Observations.
 *
 * @module
 */
import type { ScoreResult } from '../schema/result.js';
import { cutoffSchemes } from '../schema/refs.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { bandSystem, codings, OBSERVATION_CATEGORY, scaleSystem, UCUM } from './codes.js';
import { isIntegerScale } from './scales.js';
import type { FhirCodeableConcept, FhirObservation, FhirReference } from './types.js';

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

/** HL7 v3 ObservationInterpretation, for a cut-off's positive or negative result. */
export const V3_INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';

/**
 * The cut-offs decided by this scale alone (their criterion, under the scheme the result used, is
 * one condition on the scale), with the result's value: each becomes a `POS`/`NEG` interpretation.
 */
function scaleCutoffs(definition: InstrumentDefinition, result: ScoreResult, scaleId: string): { id: string; label: string; value: boolean }[] {
  const chosen = result.provenance.cutoffSchemes as Readonly<Record<string, string | undefined>>;
  const values = result.cutoffs as Readonly<Record<string, boolean | null | undefined>>;
  return definition.cutoffs.flatMap((cutoff) => {
    const schemes = cutoffSchemes(cutoff);
    const scheme = schemes.find((s) => s.id === chosen[cutoff.id]) ?? schemes.find((s) => s.default === true) ?? schemes[0];
    const value = values[cutoff.id];
    if (scheme === undefined || typeof value !== 'boolean' || !('scale' in scheme.criterion) || scheme.criterion.scale !== scaleId) return [];
    return [{ id: cutoff.id, label: cutoff.label, value }];
  });
}

function interpretation(definition: InstrumentDefinition, result: ScoreResult, scaleId: string, band: { readonly id: string; readonly label: string; readonly scheme: string } | null): { interpretation?: FhirCodeableConcept[] } {
  const out: FhirCodeableConcept[] = [];
  if (band !== null) out.push({ coding: [{ system: bandSystem(definition, scaleId, band.scheme), code: band.id, display: band.label }], text: band.label });
  for (const c of scaleCutoffs(definition, result, scaleId)) {
    out.push({ coding: [c.value ? { system: V3_INTERPRETATION, code: 'POS', display: 'Positive' } : { system: V3_INTERPRETATION, code: 'NEG', display: 'Negative' }], text: `${c.label}: ${c.value ? 'positive' : 'negative'}` });
  }
  return out.length === 0 ? {} : { interpretation: out };
}

/**
 * Writes each scored scale of a result as a FHIR R4 Observation (status `final`, category
 * `survey`). The code is the scale's LOINC code where the definition has one (PHQ-9 total:
 * 44261-6), followed by the package coding
 * `https://wellbeing-instruments.dev/fhir/CodeSystem/<id>-scales|<scaleId>`. Integer-valued
 * scales (sums, item products) are `valueInteger`; every other value, and a prorated sum, is a
 * `valueQuantity` in UCUM `{score}` at full precision. The band of the result becomes the
 * `interpretation` (text = band label, coding in the package system
 * `…/CodeSystem/<id>-<scaleId>-<schemeId>`). Each cut-off decided by this scale alone (PHQ-9
 * `positive_screen`: total ≥ 10) adds an interpretation with the HL7 v3 ObservationInterpretation
 * code `POS` or `NEG` (text: the cut-off's label); a cut-off that cannot be decided, or that
 * combines several scales or items (MBI `burnout`), adds none. Bands get no v3 `H`/`N`/`L`
 * code: they are severity categories of a screening scale, not results against a reference
 * range, which is what those codes mean. A prorated score says so in `note`.
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
      ...interpretation(definition, result as ScoreResult, scale.id, band),
      ...(s.prorated
        ? { note: [{ text: `Prorated: ${s.answered} of ${s.expected} items answered; scored under score()'s prorate option, not the published rule.` }] }
        : {}),
      ...(options.derivedFrom === undefined || options.derivedFrom.length === 0 ? {} : { derivedFrom: options.derivedFrom }),
    });
  }
  return observations;
}
