/**
 * SurveyJS export: survey JSON with a question per item and a calculated value per scale whose
 * expression gives `score()`'s value under the same missing-data rule.
 *
 * @module
 */
import { decimal, render, scaleFormulas, scoreNames, type Dialect } from '../interop/formula.js';
import { itemLabel, wordingNote } from '../interop/text.js';
import type { InstrumentDefinition } from '../schema/types.js';

/**
 * One answer option: the raw option value and its label.
 *
 * @example
 * ```ts
 * const choice: SurveyJsChoice = { value: 2, text: 'More than half the days' };
 * ```
 */
export interface SurveyJsChoice {
  readonly value: number;
  readonly text: string;
}

/**
 * A question for one item: `radiogroup` (default) or `rating`, with the raw values as choices.
 *
 * @example
 * ```ts
 * toSurveyJs(phq9).json.pages[0]?.elements[0];
 * // { type: 'radiogroup', name: 'phq9_1', title: 'Little interest or pleasure in doing things',
 * //   choices: [{ value: 0, text: 'Not at all' }, …], isRequired: false }
 * ```
 */
export interface SurveyJsQuestion {
  readonly type: 'radiogroup' | 'rating';
  /** The item id, e.g. `phq9_1`: the key of the answer in `survey.data`. */
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  /** `radiogroup` options. */
  readonly choices?: readonly SurveyJsChoice[];
  /** `rating` options. */
  readonly rateValues?: readonly SurveyJsChoice[];
  readonly isRequired: boolean;
}

/**
 * An HTML element (the licence notice).
 *
 * @example
 * ```ts
 * // { type: 'html', name: 'phq9_notice', html: '<p>Copyright © Pfizer Inc. …</p>' }
 * ```
 */
export interface SurveyJsHtml {
  readonly type: 'html';
  readonly name: string;
  readonly html: string;
}

/**
 * A calculated value: a survey variable computed from the answers (here: one per scale).
 *
 * @example
 * ```ts
 * toSurveyJs(who5).json.calculatedValues[1];
 * // { name: 'who5_percentage', expression: "iif({who5_raw} empty, '', {who5_raw} * 4)", includeIntoResult: true }
 * ```
 */
export interface SurveyJsCalculatedValue {
  /** `<instrument>_<scale>`, e.g. `phq9_total`. */
  readonly name: string;
  /** A SurveyJS expression that gives `score()`'s value, or `''` where `score()` gives null. */
  readonly expression: string;
  /** Whether the value is saved into `survey.data` with the answers. */
  readonly includeIntoResult: boolean;
}

/**
 * Survey JSON for SurveyJS (`new Model(json)` in survey-core, or the Creator).
 *
 * @example
 * ```ts
 * const json: SurveyJson = toSurveyJs(gad7).json;
 * const survey = new Model(json);
 * ```
 */
export interface SurveyJson {
  readonly title: string;
  readonly description?: string;
  readonly pages: readonly {
    readonly name: string;
    readonly elements: readonly (SurveyJsQuestion | SurveyJsHtml)[];
  }[];
  readonly calculatedValues: readonly SurveyJsCalculatedValue[];
}

/**
 * Something the survey cannot say exactly as the definition does, and what it says instead.
 *
 * @example
 * ```ts
 * for (const w of toSurveyJs(myDefinition).warnings) console.warn(`${w.name}: ${w.message}`);
 * ```
 */
export interface SurveyJsWarning {
  /** The question or calculated value concerned. */
  readonly name: string;
  readonly message: string;
}

/**
 * What {@link toSurveyJs} returns.
 *
 * @example
 * ```ts
 * const { json, scores, warnings } = toSurveyJs(cbi);
 * scores.personal; // 'cbi_personal'
 * ```
 */
export interface SurveyJsExport {
  /** The survey JSON. */
  readonly json: SurveyJson;
  /** The calculated value of each scale, by scale id (e.g. `scores.total === 'phq9_total'`). */
  readonly scores: Readonly<Record<string, string>>;
  /** Everything the survey could not express exactly; empty for the shipped instruments. */
  readonly warnings: readonly SurveyJsWarning[];
}

/**
 * Options for {@link toSurveyJs}.
 *
 * @example
 * ```ts
 * toSurveyJs(proqol5, { questionType: 'rating', includeScoresInResult: false });
 * ```
 */
export interface SurveyJsOptions {
  /** `radiogroup` (default: a labelled option per line) or `rating` (a row of labelled buttons). */
  readonly questionType?: 'radiogroup' | 'rating';
  /** Save the scores into `survey.data` with the answers (default `true`). */
  readonly includeScoresInResult?: boolean;
}

/** SurveyJS expression syntax. */
const surveyjs: Dialect = {
  number: decimal,
  blank: "''",
  field: (name) => `{${name}}`,
  ifThenElse: (c, a, b) => `iif(${c}, ${a}, ${b})`,
  isBlank: (name) => `{${name}} empty`,
  equals: '=',
};

const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Writes SurveyJS survey JSON for an instrument: one page with a question per item (named by
 * item id; choice values are the raw option values, so `survey.data` holds exactly what
 * `score()` takes), the licence notice in an HTML element, and a calculated value per scale
 * (`<id>_<scale>`, e.g. `phq9_total`) whose expression reproduces `score()` with the same
 * missing-data rule: `''` (empty), never a partial sum, when the rule is not met; reverse keys
 * as `min + max - {item}`; means of the answered items over a count of answered items; lookup
 * tables as nested `iif()`; derived scales from the scales they derive from.
 *
 * Item wording appears only where the licence lets this package ship it; otherwise the title is
 * the item's topic and the notice says why (attach licensed wording with `withItemText()` first).
 * `score()`'s `options.prorate` has no counterpart, and cut-offs, bands and flags are not
 * exported (score `survey.data` with `score()`, e.g. via {@link fromSurveyJsData}). survey-core
 * computes in floating point (rounding sums to the operands' decimals) where `score()` is exact,
 * so a mean can differ in its last digits (never by 1e-9). A value that is not one of an item's
 * choices (set through the API, not by a respondent) enters the expressions as it is;
 * {@link fromSurveyJsData} reports it and `score()` does not score it.
 *
 * @param definition - the instrument, e.g. `phq9`.
 * @param options - question type, whether scores are saved with the answers.
 * @returns the survey JSON, the calculated value of each scale, and warnings.
 *
 * @example
 * ```ts
 * import { Model } from 'survey-core';
 * import { phq9 } from 'wellbeing-instruments';
 * import { toSurveyJs } from 'wellbeing-instruments/surveyjs';
 * const { json, scores } = toSurveyJs(phq9);
 * const survey = new Model(json);
 * survey.data = { phq9_1: 2, phq9_2: 1, phq9_3: 0, phq9_4: 3, phq9_5: 1, phq9_6: 0, phq9_7: 2, phq9_8: 0, phq9_9: 0 };
 * survey.getVariable(scores.total); // 9
 * ```
 */
export function toSurveyJs(definition: InstrumentDefinition, options: SurveyJsOptions = {}): SurveyJsExport {
  const type = options.questionType ?? 'radiogroup';
  const warnings: SurveyJsWarning[] = [];
  const choices = new Map(definition.responseScales.map((r) => [r.id, r.options.map((o) => ({ value: o.value, text: o.label }))]));
  let anyTopic = false;
  const questions = definition.items.map((item): SurveyJsQuestion => {
    const { label, wording } = itemLabel(definition, item);
    anyTopic ||= !wording;
    if (/[{}]/.test(label)) {
      warnings.push({ name: item.id, message: `the title contains "{" or "}", which SurveyJS reads as a variable to insert; the text may show differently` });
    }
    const options = choices.get(item.responseScale) ?? [];
    return {
      type,
      name: item.id,
      title: label,
      ...(wording ? {} : { description: 'Topic only: the licensed item wording is not included (see the note below).' }),
      ...(type === 'rating' ? { rateValues: options } : { choices: options }),
      isRequired: false,
    };
  });
  const itemIds = new Set(definition.items.map((i) => i.id));
  let noticeName = `${definition.id}_notice`;
  for (let i = 1; itemIds.has(noticeName); i++) noticeName = `${definition.id}_notice_${i}`;
  const notice: SurveyJsHtml = {
    type: 'html',
    name: noticeName,
    html: [anyTopic ? wordingNote(definition) : '', definition.licence.notice]
      .filter((p) => p !== '')
      .map((p) => `<p>${html(p)}</p>`)
      .join(''),
  };
  const names = scoreNames(definition, [notice.name]);
  const calculatedValues = scaleFormulas(definition, names).map(({ name, formula }) => ({
    name,
    expression: render(formula, surveyjs),
    includeIntoResult: options.includeScoresInResult ?? true,
  }));
  const instructions = definition.licence.itemText ? definition.instructions : undefined;
  return {
    json: {
      title: `${definition.name} (${definition.shortName})`,
      ...(instructions === undefined ? {} : { description: instructions }),
      pages: [{ name: definition.id, elements: [...questions, notice] }],
      calculatedValues,
    },
    scores: Object.fromEntries(definition.scales.map((s) => [s.id, names.get(s.id)!])),
    warnings,
  };
}
