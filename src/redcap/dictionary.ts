/**
 * REDCap data dictionary export: one form per instrument, a radio field per item, a calc field
 * per scale whose formula gives `score()`'s value under the same missing-data rule.
 *
 * @module
 */
import { decimal, numeral, render, scaleFormulas, scoreNames, type Dialect } from '../interop/formula.js';
import { itemLabel, ruleSentence, scaleCitations, wordingNote } from '../interop/text.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { PACKAGE_VERSION } from '../version.js';

/**
 * One row of a REDCap data dictionary, keyed as REDCap's API names the columns (the same
 * objects can be sent to the API's "Import Metadata" method as JSON).
 *
 * @example
 * ```ts
 * const { fields } = toRedcapDataDictionary(phq9);
 * const total = fields.find((f) => f.field_name === 'phq9_total');
 * total?.field_type;                      // 'calc'
 * total?.select_choices_or_calculations;  // 'if(isblankormissingcode([phq9_1]) or …, "", [phq9_1] + … + [phq9_9])'
 * ```
 */
export interface RedcapField {
  readonly field_name: string;
  readonly form_name: string;
  readonly section_header: string;
  readonly field_type: 'text' | 'descriptive' | 'radio' | 'calc';
  readonly field_label: string;
  readonly select_choices_or_calculations: string;
  readonly field_note: string;
  readonly text_validation_type_or_show_slider_number: string;
  readonly text_validation_min: string;
  readonly text_validation_max: string;
  readonly identifier: string;
  readonly branching_logic: string;
  readonly required_field: string;
  readonly custom_alignment: string;
  readonly question_number: string;
  readonly matrix_group_name: string;
  readonly matrix_ranking: string;
  readonly field_annotation: string;
}

/**
 * The 18 columns of REDCap's data dictionary CSV, in order: CSV header and API key.
 *
 * @example
 * ```ts
 * import { REDCAP_COLUMNS } from 'wellbeing-instruments/redcap';
 * REDCAP_COLUMNS[0];     // ['Variable / Field Name', 'field_name']
 * REDCAP_COLUMNS.length; // 18
 * ```
 */
export const REDCAP_COLUMNS: readonly (readonly [header: string, key: keyof RedcapField])[] = [
  ['Variable / Field Name', 'field_name'],
  ['Form Name', 'form_name'],
  ['Section Header', 'section_header'],
  ['Field Type', 'field_type'],
  ['Field Label', 'field_label'],
  ['Choices, Calculations, OR Slider Labels', 'select_choices_or_calculations'],
  ['Field Note', 'field_note'],
  ['Text Validation Type OR Show Slider Number', 'text_validation_type_or_show_slider_number'],
  ['Text Validation Min', 'text_validation_min'],
  ['Text Validation Max', 'text_validation_max'],
  ['Identifier?', 'identifier'],
  ['Branching Logic (Show field only if...)', 'branching_logic'],
  ['Required Field?', 'required_field'],
  ['Custom Alignment', 'custom_alignment'],
  ['Question Number (surveys only)', 'question_number'],
  ['Matrix Group Name', 'matrix_group_name'],
  ['Matrix Ranking?', 'matrix_ranking'],
  ['Field Annotation', 'field_annotation'],
];

/**
 * Something the dictionary cannot say exactly as the definition does, and what it says instead.
 *
 * @example
 * ```ts
 * const { warnings } = toRedcapDataDictionary(myDefinition);
 * for (const w of warnings) console.warn(`${w.field}: ${w.message}`);
 * ```
 */
export interface RedcapWarning {
  /** The REDCap variable concerned. */
  readonly field: string;
  readonly message: string;
}

/**
 * What {@link toRedcapDataDictionary} returns.
 *
 * @example
 * ```ts
 * const { csv, fields, scores, warnings } = toRedcapDataDictionary([phq9, gad7]);
 * scores.gad7?.total; // 'gad7_total'
 * ```
 */
export interface RedcapDictionary {
  /** The data dictionary as REDCap imports it (Project Setup → Data Dictionary → upload). */
  readonly csv: string;
  /** The same rows as objects, for REDCap's API ("Import Metadata", format json). */
  readonly fields: readonly RedcapField[];
  /** The calc field of each scale, by instrument id and scale id (e.g. `scores.phq9.total === 'phq9_total'`). */
  readonly scores: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Everything the dictionary could not express exactly; empty for the shipped instruments. */
  readonly warnings: readonly RedcapWarning[];
}

/**
 * Options for {@link toRedcapDataDictionary}.
 *
 * @example
 * ```ts
 * // Rows to append to an existing project that has its own record id; scores visible on surveys.
 * toRedcapDataDictionary(cbi, { recordIdField: false, showScoresOnSurveys: true });
 * ```
 */
export interface RedcapOptions {
  /**
   * The record identifier REDCap needs as the first field of a project: a text field of this
   * name on the first form (default `record_id`). `false` leaves it out, for appending the rows
   * to a dictionary that already has one.
   */
  readonly recordIdField?: string | false;
  /**
   * Show the score fields to participants on REDCap surveys. Default `false`: calc fields get
   * `@HIDDEN-SURVEY`, so participants see the questions and staff see the scores.
   */
  readonly showScoresOnSurveys?: boolean;
}

/** REDCap's calc syntax. */
const redcap: Dialect = {
  number: decimal,
  blank: '""',
  field: (name) => `[${name}]`,
  ifThenElse: (c, a, b) => `if(${c}, ${a}, ${b})`,
  isBlank: (name) => `isblankormissingcode([${name}])`,
  equals: '=',
};

const VARIABLE = /^[a-z][a-z0-9_]*$/;

/**
 * Text for a REDCap label. REDCap renders labels as HTML and pipes `[variable]`, so `[`, `]`,
 * `<` and `>` are written as character references (they display unchanged); line breaks as `<br>`.
 */
function label(text: string): string {
  return text
    .replace(/&(?=[#a-zA-Z])/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/\r?\n/g, '<br>');
}

const blankField = (name: string, form: string): RedcapField => ({
  field_name: name,
  form_name: form,
  section_header: '',
  field_type: 'text',
  field_label: '',
  select_choices_or_calculations: '',
  field_note: '',
  text_validation_type_or_show_slider_number: '',
  text_validation_min: '',
  text_validation_max: '',
  identifier: '',
  branching_logic: '',
  required_field: '',
  custom_alignment: '',
  question_number: '',
  matrix_group_name: '',
  matrix_ranking: '',
  field_annotation: '',
});

/** The longest score variable name the dictionary writes (Stata and SAS exports of REDCap keep 26 characters). */
export const REDCAP_NAME_LENGTH = 26;

/**
 * The calc field of each scale, by scale id, as {@link toRedcapDataDictionary} names it (for the
 * default record id field): how to find a scale's score among exported records' columns.
 *
 * @example
 * ```ts
 * redcapScoreFields(proqol5); // { compassion_satisfaction: 'proqol5_cs', burnout: 'proqol5_burnout', secondary_traumatic_stress: 'proqol5_sts' }
 * ```
 */
export function redcapScoreFields(definition: InstrumentDefinition): Record<string, string> {
  return toRedcapDataDictionary(definition).scores[definition.id] ?? {};
}

/**
 * Writes the REDCap data dictionary for one or more instruments: a form per instrument (form
 * name = instrument id) with
 *
 * - a descriptive field `<id>_about` with the instructions (where licensed) and the licence notice;
 * - a radio field per item, named by item id, with `value, label | …` choices of the raw option
 *   values; the item's wording only where the licence allows shipping it, otherwise its topic
 *   (and a field annotation saying so);
 * - a calc field per scale, `<id>_<scale>` (e.g. `phq9_total`), whose formula gives the value
 *   `score()` gives, with the same missing-data rule: blank, not a partial sum, when the rule is
 *   not met. Reverse keys are written `(min + max - [item])`, means of the answered items count
 *   the answered items, lookup tables are nested `if()` tests, derived scales refer to the calc
 *   fields they derive from. The field note gives the rule and its citations.
 *
 * `score()`'s `options.prorate` has no counterpart: the formulas apply the published rule only.
 * Cut-offs, bands and flags are not exported as fields (score the records with `score()`).
 * REDCap computes in floating point where `score()` is exact, so a mean can differ in its last
 * digits (never by 1e-9). Score names keep within the 26 characters REDCap recommends (Stata and
 * SAS exports shorten longer ones): a longer `<id>_<scale>` uses the initials of the scale's
 * words (`proqol5_sts` for secondary traumatic stress, `mbi_pa`, `pfi_pf`, `pfi_id`,
 * `proqol5_cs`); `scores` and {@link redcapScoreFields} give every name. Values
 * REDCap treats as missing data codes count as unanswered in the formulas; give the same codes
 * to {@link fromRedcapRecords} to read them the same way.
 *
 * @param definitions - one definition or several (each becomes a form, in the order given).
 * @returns the CSV, the same rows as API objects, the calc field of each scale, and warnings.
 * @throws {RangeError} when an instrument id appears twice, or an id cannot be a REDCap name
 *   (lowercase letter first, then lowercase letters, digits, underscores; at most 100 characters).
 *
 * @example
 * ```ts
 * import { phq9, gad7 } from 'wellbeing-instruments';
 * import { toRedcapDataDictionary } from 'wellbeing-instruments/redcap';
 * const { csv, warnings } = toRedcapDataDictionary([phq9, gad7]);
 * // csv: upload in REDCap under Project Setup → Data Dictionary; warnings: [] for these two
 * ```
 */
export function toRedcapDataDictionary(
  definitions: InstrumentDefinition | readonly InstrumentDefinition[],
  options: RedcapOptions = {},
): RedcapDictionary {
  const list: readonly InstrumentDefinition[] = Array.isArray(definitions) ? definitions : [definitions as InstrumentDefinition];
  const recordId = options.recordIdField ?? 'record_id';
  const fields: RedcapField[] = [];
  const warnings: RedcapWarning[] = [];
  const scores: Record<string, Record<string, string>> = {};
  const used = new Set<string>();
  const claim = (name: string, what: string): string => {
    if (!VARIABLE.test(name) || name.length > 100) {
      throw new RangeError(`${what} "${name}" cannot be a REDCap variable name (a lowercase letter, then lowercase letters, digits or underscores; at most 100 characters)`);
    }
    if (used.has(name)) throw new RangeError(`${what} "${name}" is already a variable of this dictionary (is an instrument exported twice?)`);
    used.add(name);
    return name;
  };
  if (recordId !== false) claim(recordId, 'the record id field');
  if (list.length === 0) throw new RangeError('toRedcapDataDictionary needs at least one definition');

  for (const definition of list) {
    const form = definition.id;
    const complete = claim(`${form}_complete`, 'the form status field of instrument');
    if (recordId !== false && fields.length === 0) fields.push({ ...blankField(recordId, form), field_label: 'Record ID' });
    const itemIds = new Set(definition.items.map((i) => i.id));
    let about = `${form}_about`;
    for (let i = 1; itemIds.has(about); i++) about = `${form}_about_${i}`;
    claim(about, 'the notice field of instrument');
    const names = scoreNames(definition, [about, complete, ...(recordId === false ? [] : [recordId])], { maxLength: REDCAP_NAME_LENGTH });
    const instructions = definition.licence.itemText && definition.instructions !== undefined ? `${label(definition.instructions)}<br><br>` : '';
    fields.push({
      ...blankField(about, form),
      field_type: 'descriptive',
      field_label: `${label(`${definition.name} (${definition.shortName})`)}<br><br>${instructions}${label(definition.licence.notice)}`,
    });

    const choices = new Map(
      definition.responseScales.map((scale) => [
        scale.id,
        scale.options
          .map((o) => {
            const text = label(o.label);
            if (text.includes('|')) warnings.push({ field: `${form} response scale ${scale.id}`, message: `option label "${o.label}" contains "|", REDCap's choice separator; written with "/" instead` });
            return `${numeral(o.value)}, ${text.replace(/\|/g, '/')}`;
          })
          .join(' | '),
      ]),
    );
    for (const scale of definition.responseScales) {
      for (const o of scale.options) {
        if (!Number.isInteger(o.value) || o.value < 0) {
          warnings.push({
            field: `${form} response scale ${scale.id}`,
            message: `option value ${o.value} is written as the raw code "${numeral(o.value)}"; REDCap expects raw codes of digits, letters and underscores and may reject it`,
          });
        }
      }
    }
    for (const item of definition.items) {
      const { label: text, wording } = itemLabel(definition, item);
      fields.push({
        ...blankField(claim(item.id, `item id of ${form}`), form),
        field_type: 'radio',
        field_label: label(text),
        select_choices_or_calculations: choices.get(item.responseScale) ?? '',
        question_number: String(item.number),
        field_annotation: wording ? '' : wordingNote(definition),
      });
    }

    scores[form] = Object.fromEntries(definition.scales.map((s) => [s.id, names.get(s.id)!]));
    for (const { scale, name, formula } of scaleFormulas(definition, names)) {
      const citations = scaleCitations(definition, scale);
      const annotation = [
        options.showScoresOnSurveys === true ? '' : '@HIDDEN-SURVEY',
        `Scale "${scale.id}" of ${definition.id} ${definition.version}, exported by wellbeing-instruments ${PACKAGE_VERSION}.`,
      ];
      fields.push({
        ...blankField(claim(name, `the score field of scale ${scale.id} of`), form),
        field_type: 'calc',
        field_label: label(scale.label),
        select_choices_or_calculations: render(formula, redcap),
        field_note: label(`${ruleSentence(definition, scale)}${citations.length === 0 ? '' : ` Source: ${citations.join(' ')}`}`),
        field_annotation: annotation.filter((a) => a !== '').join(' '),
      });
    }
  }
  return { csv: toCsv(fields), fields, scores, warnings };
}

/** RFC 4180 CSV: a header row of REDCap's 18 column names, CRLF line ends, fields quoted when needed. */
function toCsv(fields: readonly RedcapField[]): string {
  const cell = (value: string): string => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [REDCAP_COLUMNS.map(([header]) => cell(header)).join(',')];
  for (const f of fields) lines.push(REDCAP_COLUMNS.map(([, key]) => cell(f[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
