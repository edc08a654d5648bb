/**
 * What a FHIR Questionnaire export of a definition leaves out or can only approximate, stated per
 * definition so that nothing is silently different from `score()`.
 *
 * @module
 */
import type { InstrumentDefinition } from '../schema/types.js';
import { isIntegerScale, responseScaleOf, scaleOf } from './scales.js';

/**
 * Machine-readable kinds of {@link FhirExportNote}.
 *
 * @example
 * ```ts
 * toFhirQuestionnaire(who5).notes.map((n) => n.code);
 * // ['item_text_not_included', 'instructions_not_included', 'cutoffs_not_calculated']
 * ```
 */
export type FhirExportNoteCode =
  | 'item_text_not_included'
  | 'instructions_not_included'
  | 'cutoffs_not_calculated'
  | 'flags_not_calculated'
  | 'bands_not_calculated'
  | 'decimal_option_values'
  | 'lookup_on_decimal_base';

/**
 * Something the export cannot express, or expresses differently from `score()`, and what it does instead.
 *
 * @example
 * ```ts
 * toFhirQuestionnaire(phq9).notes[0];
 * // { code: 'cutoffs_not_calculated', message: 'Cut-offs (positive_screen) are not calculated in the Questionnaire …' }
 * ```
 */
export interface FhirExportNote {
  readonly code: FhirExportNoteCode;
  /** The scale, item or cut-off the note is about, when it is about one. */
  readonly subject?: string;
  /** A sentence a person can act on. */
  readonly message: string;
}

/** The notes for one definition (see {@link FhirExportNoteCode}). */
export function questionnaireNotes(def: InstrumentDefinition): FhirExportNote[] {
  const notes: FhirExportNote[] = [];
  const withoutText = def.items.filter((i) => !(def.licence.itemText && i.text !== undefined)).map((i) => i.id);
  if (withoutText.length > 0) {
    notes.push({
      code: 'item_text_not_included',
      message: `${withoutText.length} of ${def.items.length} items carry no wording (${def.licence.holder} owns it and this package does not ship it): their text is the item's topic in this package's own words, marked with a designNote extension. Attach licensed wording with withItemText() before exporting.`,
    });
  }
  if (def.instructions === undefined || !def.licence.itemText) {
    notes.push({
      code: 'instructions_not_included',
      message: def.licence.itemText
        ? 'No instructions item: the definition has no published instructions; add a display item if your form needs one.'
        : `No instructions item: the instructions' wording belongs to ${def.licence.holder} and is not shipped.`,
    });
  }
  if (def.cutoffs.length > 0) {
    notes.push({
      code: 'cutoffs_not_calculated',
      message: `Cut-offs (${def.cutoffs.map((c) => c.id).join(', ')}) are not calculated in the Questionnaire (only scale scores are); score the response with fromFhirQuestionnaireResponse() and score().`,
    });
  }
  if (def.flags.length > 0) {
    notes.push({
      code: 'flags_not_calculated',
      message: `Item flags (${def.flags.map((f) => `${f.id} on ${f.item}`).join(', ')}) are not calculated in the Questionnaire; score() reports them, including an unanswered safety item.`,
    });
  }
  if (def.scales.some((s) => s.bandSchemes.length > 0)) {
    notes.push({
      code: 'bands_not_calculated',
      message: 'Bands are not calculated in the Questionnaire; toFhirObservations() writes the band of each score as the Observation interpretation.',
    });
  }
  for (const rs of def.responseScales) {
    if (rs.options.some((o) => !Number.isInteger(o.value)) && def.items.some((i) => responseScaleOf(def, i).id === rs.id)) {
      notes.push({
        code: 'decimal_option_values',
        subject: rs.id,
        message: `Response scale ${rs.id} has non-integer values: answers carry them as codes (${rs.options.map((o) => o.value).join(', ')}) and valueDecimal, never valueInteger; FHIRPath engines add decimals in floating point, so a calculated score can differ from score()'s exact value in the last digits (below 1e-9).`,
      });
    }
  }
  for (const scale of def.scales) {
    if (scale.method.kind === 'lookup' && !isIntegerScale(def, scaleOf(def, scale.method.of))) {
      notes.push({
        code: 'lookup_on_decimal_base',
        subject: scale.id,
        message: `Scale ${scale.id} looks up a non-integer base (${scale.method.of}); FHIRPath compares decimals at the engine's precision (fhirpath.js: 8 decimal places), so the table row is found by that comparison, not by score()'s exact one.`,
      });
    }
  }
  return notes;
}
