/**
 * A definition as an R4 Questionnaire following the SDC implementation guide.
 *
 * @module
 */
import type { InstrumentDefinition, Item, Scale } from '../schema/types.js';
import { PACKAGE_VERSION } from '../version.js';
import { codings, EXT, optionCoding, questionnaireUrl, scaleLinkId } from './codes.js';
import { scaleExpression } from './expression.js';
import { questionnaireNotes, type FhirExportNote } from './notes.js';
import { meanDecimalPlaces } from './places.js';
import { isIntegerScale, responseScaleOf, scoredOptions } from './scales.js';
import type { FhirExtension, FhirQuestionnaire, FhirQuestionnaireItem } from './types.js';

/**
 * Options for {@link toFhirQuestionnaire}.
 *
 * @example
 * ```ts
 * toFhirQuestionnaire(who5, { url: 'https://fhir.example.org/Questionnaire/who5', status: 'draft' });
 * ```
 */
export interface FhirQuestionnaireOptions {
  /**
   * Canonical URL of the Questionnaire, when you host it under your own; default
   * `https://wellbeing-instruments.dev/fhir/Questionnaire/<id>`. Answer code systems keep the
   * package's URLs either way.
   */
  readonly url?: string;
  /** Publication status; default `active`. */
  readonly status?: FhirQuestionnaire['status'];
}

/**
 * What {@link toFhirQuestionnaire} returns: the resource and what it could not express.
 *
 * @example
 * ```ts
 * const { questionnaire, notes }: FhirQuestionnaireExport = toFhirQuestionnaire(who5);
 * for (const note of notes) console.warn(note.message);
 * ```
 */
export interface FhirQuestionnaireExport {
  readonly questionnaire: FhirQuestionnaire;
  /** What the Questionnaire leaves out or computes differently from `score()`; empty when nothing. */
  readonly notes: readonly FhirExportNote[];
}

/** A computable name (`[A-Z][A-Za-z0-9_]*`) from the short name, e.g. `PHQ-9` → `PHQ9`. */
function computableName(def: InstrumentDefinition): string {
  const name = def.shortName.replace(/[^A-Za-z0-9_]/g, '');
  return /^[A-Za-z]/.test(name) ? name[0]!.toUpperCase() + name.slice(1) : `Instrument${def.id.toUpperCase()}`;
}

const weight = (value: number): FhirExtension[] => [
  { url: EXT.itemWeight, valueDecimal: value },
  { url: EXT.ordinalValue, valueDecimal: value },
];

function questionItem(def: InstrumentDefinition, item: Item): FhirQuestionnaireItem {
  const rs = responseScaleOf(def, item);
  const wording = def.licence.itemText ? item.text : undefined;
  const code = codings(item.codes);
  return {
    ...(wording === undefined
      ? {
          extension: [
            {
              url: EXT.designNote,
              valueMarkdown: `Text is the item's topic in the words of wellbeing-instruments, not the instrument's wording, which ${def.licence.holder} owns and this export does not include.`,
            },
          ],
        }
      : {}),
    linkId: item.id,
    ...(code.length > 0 ? { code } : {}),
    text: wording ?? item.topic,
    type: 'choice',
    // SDC: itemWeight is the option's score, so reverse-keyed items carry the scored value; the raw value stays in the coding.
    answerOption: scoredOptions(def, item).map((o) => ({ extension: weight(o.scored), valueCoding: optionCoding(def, rs.id, o.option) })),
  };
}

const plus = (add: number): string => (add === 0 ? '' : add < 0 ? ` − ${-add}` : ` + ${add}`);

/** One sentence on how the scale is computed, for the expression's description. */
function describe(def: InstrumentDefinition, scale: Scale): string {
  const m = scale.method;
  switch (m.kind) {
    case 'sum':
    case 'mean': {
      const reversed = scale.items.filter((id) => def.items.some((i) => i.id === id && i.reverse === true));
      const keys = reversed.length === 0 ? '' : `; ${reversed.join(', ')} reverse-keyed (min + max − value)`;
      const rule =
        scale.missing.kind === 'min_answered'
          ? `mean of the answered items when at least ${scale.missing.min} of ${scale.items.length} are answered, else empty`
          : `every item must be answered, else empty`;
      return `${scale.label}: ${m.kind} of ${scale.items.length} items${keys}; ${rule}.`;
    }
    case 'product_sum':
      return `${scale.label}: sum over ${m.pairs.length} item pairs of the product of the two answers; every item must be answered, else empty.`;
    case 'linear':
      return `${scale.label}: ${m.of} × ${m.multiply}${plus(m.add)}; empty when ${m.of} is empty.`;
    case 'lookup':
      return `${scale.label}: conversion table from ${m.of}; empty when ${m.of} is empty.`;
    case 'composite':
      return `${scale.label}: ${m.terms.map((t) => `${t.weight} × ${t.scale}`).join(' + ')}${plus(m.add)}; empty when any term is empty.`;
  }
}

function scaleItem(def: InstrumentDefinition, scale: Scale): FhirQuestionnaireItem {
  const code = codings(scale.codes);
  const places = scale.method.kind === 'mean' ? meanDecimalPlaces(def, scale) : null;
  return {
    extension: [
      { url: EXT.hidden, valueBoolean: true },
      { url: EXT.calculatedExpression, valueExpression: { description: describe(def, scale), language: 'text/fhirpath', expression: scaleExpression(def, scale) } },
      ...(places === null ? [] : [{ url: EXT.maxDecimalPlaces, valueInteger: places }]),
    ],
    linkId: scaleLinkId(def, scale.id),
    ...(code.length > 0 ? { code } : {}),
    text: `${def.shortName} ${scale.label}`,
    type: isIntegerScale(def, scale) ? 'integer' : 'decimal',
    readOnly: true,
  };
}

/**
 * Writes an instrument as a FHIR R4 Questionnaire for SDC renderers (LHC-Forms and others):
 *
 * - one `choice` item per question, linkId = item id, with an `answerOption` per option whose
 *   `valueCoding` is the option's LOINC answer code where the definition has one, otherwise the
 *   package code system `https://wellbeing-instruments.dev/fhir/CodeSystem/<id>-<responseScaleId>`
 *   with the raw value as the code; each option carries its score in the `itemWeight` and
 *   `ordinalValue` extensions (as SDC defines them: the scored value, `min + max − value` on a
 *   reverse-keyed item, so `answer.value.weight().sum()` gives a sum scale's score); item, panel and score LOINC codes where the
 *   definition has them;
 * - item `text` is the published wording only where the licence lets this package ship it;
 *   otherwise it is the item's topic in this package's own words, marked by a `designNote`
 *   extension (and reported in `notes`); `copyright` is the licence notice;
 * - one hidden, read-only `integer` or `decimal` item per scale (linkId `<id>_score_<scaleId>`)
 *   whose `sdc-questionnaire-calculatedExpression` computes the value `score()` gives (without
 *   options: no proration), and nothing where `score()` gives `null`.
 *
 * How the expressions read answers: each answer's coding by system and code (package codes
 * hold the raw value, read with `toInteger()`/`toDecimal()`; LOINC answer codes map to their
 * value through `iif()`), with reverse keys applied in the expression and derived scales
 * recomputing their base inline. They need only FHIRPath 2.0 with the R4 model: no `weight()`
 * (which some engines lack and which would give the raw, not the reverse-keyed, value), no
 * `%questionnaire`, no other calculated item, so no dependence on the order a renderer updates
 * items in. They read the questions at the root of the response, where this Questionnaire puts
 * them, and assume one answer per question (`repeats` is not set). An answer that is not one of
 * the item's options empties the scale, as an invalid answer makes it `null` in `score()`.
 *
 * Cut-offs, flags and bands are not calculated in the Questionnaire; `notes` says so for each
 * definition that has them, together with anything else the export cannot express.
 *
 * @param definition - an instrument, e.g. `phq9`.
 * @param options - `url` to host the Questionnaire under your own canonical URL; `status`.
 * @throws {TypeError} only for an inconsistent definition (an unknown response scale, item or scale id).
 *
 * @example
 * ```ts
 * import { phq9 } from 'wellbeing-instruments';
 * import { toFhirQuestionnaire } from 'wellbeing-instruments/fhir';
 *
 * const { questionnaire, notes } = toFhirQuestionnaire(phq9);
 * questionnaire.item.at(-1)?.code?.[0]?.code; // '44261-6' (PHQ-9 total score)
 * notes.map((n) => n.code);                   // ['cutoffs_not_calculated', 'flags_not_calculated', 'bands_not_calculated']
 * ```
 */
export function toFhirQuestionnaire(definition: InstrumentDefinition, options: FhirQuestionnaireOptions = {}): FhirQuestionnaireExport {
  const def = definition;
  const items: FhirQuestionnaireItem[] = [];
  if (def.licence.itemText && def.instructions !== undefined) items.push({ linkId: `${def.id}_instructions`, text: def.instructions, type: 'display' });
  for (const item of def.items) items.push(questionItem(def, item));
  for (const scale of def.scales) items.push(scaleItem(def, scale));
  const linkIds = new Set<string>();
  for (const { linkId } of items) {
    if (linkIds.has(linkId)) throw new TypeError(`${def.id}: two Questionnaire items would share linkId ${linkId}`);
    linkIds.add(linkId);
  }
  const code = codings(def.codes);
  const questionnaire: FhirQuestionnaire = {
    resourceType: 'Questionnaire',
    id: def.id,
    ...(def.languages[0] === undefined ? {} : { language: def.languages[0] }),
    url: options.url ?? questionnaireUrl(def),
    version: def.version,
    name: computableName(def),
    title: `${def.name} (${def.shortName})`,
    status: options.status ?? 'active',
    description: `${def.name}, definition ${def.version}, exported by wellbeing-instruments ${PACKAGE_VERSION}. Hidden items hold each scale's score, calculated as the package's score() calculates it, including reverse keys and the missing-data rule.`,
    copyright: def.licence.notice,
    ...(code.length > 0 ? { code } : {}),
    item: items,
  };
  return { questionnaire, notes: questionnaireNotes(def) };
}
