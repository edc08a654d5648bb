/**
 * SurveyJS export and import, proved with survey-core itself: the JSON is loaded into its
 * `Model`, random answers are set (1,000 seeded sets per instrument, with missing answers), and
 * the calculated values survey-core computes are compared with `score()`; so is
 * `fromSurveyJsData(survey.data)` scored with `score()`.
 */
import { Model, type Question } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { phq9, proqol5, who5 } from '../src/instruments/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { withItemText } from '../src/scoring/text.js';
import { fromSurveyJsData, toSurveyJs } from '../src/surveyjs/index.js';
import { answerSets, prng, sameValue, type AnswerSet } from './answer-sets.js';
import { toy, toy2 } from './fixtures.js';

const RUNS = 200;

/** survey-core's value of a variable as a score: empty (`undefined`, `''`, `null`) is null. */
const asScore = (v: unknown): number | null => {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'number') throw new TypeError(`survey-core computed ${JSON.stringify(v)}, not a number`);
  return v;
};
const withoutBlanks = (a: AnswerSet) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null));

const definitions: [string, InstrumentDefinition][] = [...instruments.map((d) => [d.id, d] as [string, InstrumentDefinition]), ['toy', toy], ['toy2', toy2]];

/** Compares every scale survey-core computed with score(); returns mismatch descriptions. */
function compare(def: InstrumentDefinition, survey: Model, scores: Readonly<Record<string, string>>, answers: AnswerSet, label: string): string[] {
  const expected = score(def, answers as never);
  const out: string[] = [];
  for (const scale of def.scales) {
    const want = (expected.scales[scale.id as never] as { value: number | null }).value;
    const have = asScore(survey.getVariable(scores[scale.id]!));
    if (!sameValue(want, have)) out.push(`${label} ${scale.id}: score ${want}, survey-core ${have} for ${JSON.stringify(answers)}`);
  }
  return out;
}

describe.each(definitions)('%s in survey-core', (id, def) => {
  it('loads without JSON errors; a question per item with the raw values as choices; a calculated value per scale', () => {
    // Exported inside each test, not when the file is collected, so that a mutation run counts the test as covering the export.
    const { json, scores, warnings } = toSurveyJs(def);
    const survey = new Model(json);
    expect(survey.jsonErrors ?? []).toEqual([]);
    expect(warnings).toEqual([]);
    for (const item of def.items) {
      const q = survey.getQuestionByName(item.id) as Question & { choices: { value: unknown; text: string }[] };
      expect(q.getType()).toBe('radiogroup');
      const options = def.responseScales.find((r) => r.id === item.responseScale)!.options;
      expect(q.choices.map((c) => ({ value: c.value, text: c.text }))).toEqual(options.map((o) => ({ value: o.value, text: o.label })));
      expect(q.title).toBe(def.licence.itemText ? item.text : item.topic);
    }
    expect(survey.calculatedValues.map((c) => c.name).sort()).toEqual(Object.values(scores).sort());
    expect(json.pages[0]!.elements.some((e) => e.type === 'html' && e.html.includes(def.licence.notice.replace(/&/g, '&amp;')))).toBe(true);
  });

  it('computed values, and fromSurveyJsData(survey.data) scored with score(), equal score() on 1,000 random answer sets', () => {
    const { json, scores } = toSurveyJs(def);
    const survey = new Model(json);
    const mismatches: string[] = [];
    let blanks = 0;
    for (const [k, answers] of answerSets(def, RUNS, 0x5eed + id.length).entries()) {
      survey.data = withoutBlanks(answers);
      mismatches.push(...compare(def, survey, scores, answers, `set ${k}`));
      blanks += def.scales.filter((s) => asScore(survey.getVariable(scores[s.id]!)) === null).length;

      const { answers: back, issues } = fromSurveyJsData(def, survey.data);
      const direct = score(def, answers as never);
      const viaSurvey = score(def, back);
      if (issues.length > 0 || JSON.stringify(viaSurvey.scales) !== JSON.stringify(direct.scales) || JSON.stringify(viaSurvey.cutoffs) !== JSON.stringify(direct.cutoffs)) {
        mismatches.push(`set ${k}: fromSurveyJsData + score() differs from score() (${JSON.stringify(issues)}) for ${JSON.stringify(answers)}`);
      }
      for (const scale of def.scales) {
        const saved = asScore((survey.data as Record<string, unknown>)[scores[scale.id]!]);
        if (!sameValue((direct.scales[scale.id as never] as { value: number | null }).value, saved)) mismatches.push(`set ${k}: saved ${scale.id} ${saved}`);
      }
    }
    survey.dispose();
    expect(mismatches.slice(0, 5)).toEqual([]);
    if (def.scales.some((s) => s.items.length > 0)) expect(blanks, 'some scales were left empty').toBeGreaterThan(0);
  });

  it('computed values follow answers given and taken back one question at a time', () => {
    const { json, scores } = toSurveyJs(def);
    const survey = new Model(json);
    const random = prng(0xc11c + id.length);
    const mismatches: string[] = [];
    const current: AnswerSet = Object.fromEntries(def.items.map((i) => [i.id, null]));
    for (const [k, target] of answerSets(def, 20, 0xfeed + id.length).entries()) {
      for (const item of def.items) {
        const q = survey.getQuestionByName(item.id);
        const v = target[item.id]!;
        if (v === null) q.clearValue();
        else q.value = v;
        current[item.id] = v;
        // Check now and then mid-way, when the answers are partial.
        if (random() < 0.1) mismatches.push(...compare(def, survey, scores, current, `walk ${k} after ${item.id}`));
      }
      mismatches.push(...compare(def, survey, scores, current, `walk ${k}`));
    }
    survey.dispose();
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe('toSurveyJs options and licence', () => {
  it('rating questions score the same', () => {
    const { json, scores } = toSurveyJs(proqol5, { questionType: 'rating' });
    const survey = new Model(json);
    expect(survey.getQuestionByName('proqol5_1').getType()).toBe('rating');
    const mismatches: string[] = [];
    for (const answers of answerSets(proqol5, 200, 7)) {
      survey.data = withoutBlanks(answers);
      mismatches.push(...compare(proqol5, survey, scores, answers, 'rating'));
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
  it('scores left out of survey.data when asked, still computed', () => {
    const { json, scores } = toSurveyJs(phq9, { includeScoresInResult: false });
    const survey = new Model(json);
    survey.data = { phq9_1: 1, phq9_2: 1, phq9_3: 1, phq9_4: 1, phq9_5: 1, phq9_6: 1, phq9_7: 1, phq9_8: 1, phq9_9: 1 };
    expect(survey.getVariable(scores.total!)).toBe(9);
    expect(survey.data).not.toHaveProperty(scores.total!);
  });
  it('no wording where the licence forbids it: topic titles, a note, and the wording once attached', () => {
    const { json } = toSurveyJs(who5);
    const first = json.pages[0]!.elements[0]!;
    expect(first).toMatchObject({ name: 'who5_1', title: who5.items[0]!.topic, description: expect.stringContaining('not included') });
    expect(JSON.stringify(json)).toContain('Item wording not included');
    const licensed = toSurveyJs(withItemText(who5, { who5_1: 'Licensed wording' })).json.pages[0]!.elements[0]!;
    expect(licensed).toMatchObject({ title: 'Licensed wording' });
    expect(licensed).not.toHaveProperty('description');
  });
  it('surfaces wording SurveyJS would read as a variable to insert', () => {
    const { warnings } = toSurveyJs(withItemText(toy, { toy_1: 'How often {name} felt tired' }));
    expect(warnings).toMatchObject([{ name: 'toy_1', message: expect.stringContaining('{') }]);
  });
  it('instructions only where licensed, as the survey description', () => {
    expect(toSurveyJs(phq9).json.description).toBe(phq9.instructions);
    expect(toSurveyJs(who5).json).not.toHaveProperty('description');
  });
});

describe('fromSurveyJsData: bad data gives issues, never throws', () => {
  it('values that are not options, wrong types, non-objects', () => {
    const r = fromSurveyJsData(phq9, { phq9_1: 4, phq9_2: '2', phq9_3: [1], phq9_4: true, phq9_5: null, phq9_6: '', other_question: 'x', phq9_total: 12 });
    expect(r.answers).toMatchObject({ phq9_2: 2, phq9_5: null, phq9_6: null });
    expect(r.issues.map((i) => [i.code, i.item])).toEqual([
      ['invalid_value', 'phq9_1'],
      ['invalid_type', 'phq9_3'],
      ['invalid_type', 'phq9_4'],
    ]);
    for (const bad of [null, 'x', 3, [1, 2]]) expect(fromSurveyJsData(phq9, bad).issues).toMatchObject([{ code: 'invalid_answers' }]);
  });
});
