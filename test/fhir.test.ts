/**
 * The FHIR layer's resources: valid R4 (JSON Schema), faithful to the definition (codes, weights,
 * licence), answers → QuestionnaireResponse → answers is identity, bad responses give issues.
 * The calculated scores are checked against score() in fhir-calculated.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { answerSystem, bandSystem, EXT, FHIR_BASE, scaleLinkId, scaleSystem } from '../src/fhir/codes.js';
import { fromFhirQuestionnaireResponse, toFhirObservations, toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../src/fhir/index.js';
import { isIntegerScale } from '../src/fhir/scales.js';
import { gad7, k10, phq9, who5 } from '../src/instruments/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { withItemText } from '../src/scoring/text.js';
import { MEDPLUM_META, r4Schema, removed, schemaErrors } from './fhir-schema.js';
import { toy, toy2 } from './fixtures.js';
import { answerSet, prng, seedOf } from './random-answers.js';

const definitions: readonly InstrumentDefinition[] = [...instruments, toy, toy2];
const optionsOf = (def: InstrumentDefinition, itemId: string) => def.responseScales.find((r) => r.id === def.items.find((i) => i.id === itemId)!.responseScale)!.options;

describe('the R4 JSON Schema used', () => {
  it('is HL7 R4 4.0.1 without the Medplum additions, and complete (no dangling $ref)', () => {
    expect(r4Schema.$id).toBe('http://hl7.org/fhir/json-schema/4.0');
    expect(removed.resourceTypes).toContain('Bot');
    expect(r4Schema.oneOf).toHaveLength(146);
    expect(Object.keys(r4Schema.definitions.Meta!.properties!)).not.toEqual(expect.arrayContaining(MEDPLUM_META));
    const refs = new Set<string>();
    JSON.stringify(r4Schema, (key, value: unknown) => (key === '$ref' && typeof value === 'string' ? (refs.add(value), value) : value));
    expect([...refs].filter((r) => !(r.replace('#/definitions/', '') in r4Schema.definitions))).toEqual([]);
  });
  it('rejects what R4 rejects (so a pass means something)', () => {
    expect(schemaErrors({ resourceType: 'Questionnaire', status: 'active' })).toEqual([]);
    expect(schemaErrors({ resourceType: 'Questionnaire', status: 'published' })).not.toEqual([]);
    expect(schemaErrors({ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'a', type: 'choice', weight: 1 }] })).not.toEqual([]);
    expect(schemaErrors({ resourceType: 'Questionnaire', status: 'active', meta: { project: 'p' } })).not.toEqual([]);
    expect(schemaErrors({ resourceType: 'Observation', status: 'final', code: { text: 'x' }, valueDecimal: 1.5 })).not.toEqual([]);
    expect(schemaErrors({ resourceType: 'Bot' })).not.toEqual([]);
  });
});

describe.each(definitions.map((d) => [d.id, d] as const))('%s', (_id, def) => {
  const { questionnaire: q, notes } = toFhirQuestionnaire(def);
  const questions = q.item.filter((i) => i.type === 'choice');
  const scored = q.item.filter((i) => i.readOnly === true);

  it('the Questionnaire validates against the R4 JSON Schema', () => {
    expect(schemaErrors(q)).toEqual([]);
  });

  it('one choice item per question, in order, with LOINC or package codings carrying the raw value as itemWeight and ordinalValue', () => {
    expect(questions.map((i) => i.linkId)).toEqual(def.items.map((i) => i.id));
    for (const item of def.items) {
      const qi = questions.find((i) => i.linkId === item.id)!;
      expect(qi.code ?? []).toEqual((item.codes ?? []).map((c) => ({ ...c })));
      const options = optionsOf(def, item.id);
      expect(qi.answerOption).toHaveLength(options.length);
      qi.answerOption!.forEach((ao, k) => {
        const o = options[k]!;
        expect(ao.valueCoding).toMatchObject(o.code ? { system: o.code.system, code: o.code.code } : { system: answerSystem(def, item.responseScale), code: String(o.value), display: o.label });
        expect(ao.extension).toEqual([
          { url: EXT.itemWeight, valueDecimal: o.value },
          { url: EXT.ordinalValue, valueDecimal: o.value },
        ]);
      });
    }
  });

  it('item text only where the licence allows it; otherwise the topic, marked as such', () => {
    for (const item of def.items) {
      const qi = questions.find((i) => i.linkId === item.id)!;
      if (def.licence.itemText) {
        expect(qi.text).toBe(item.text);
        expect(qi.extension).toBeUndefined();
      } else {
        expect(qi.text).toBe(item.topic);
        expect(qi.extension).toEqual([{ url: EXT.designNote, valueMarkdown: expect.stringContaining(def.licence.holder) }]);
      }
    }
    expect(q.item.some((i) => i.type === 'display')).toBe(def.licence.itemText && def.instructions !== undefined);
    expect(notes.some((n) => n.code === 'item_text_not_included')).toBe(!def.licence.itemText);
    expect(q.copyright).toBe(def.licence.notice);
    expect(q.code ?? []).toEqual((def.codes ?? []).map((c) => ({ ...c })));
  });

  it('one hidden, read-only, calculated item per scale, integer-typed where every value is an integer, LOINC-coded where the scale has a code', () => {
    expect(scored.map((i) => i.linkId)).toEqual(def.scales.map((s) => scaleLinkId(def, s.id)));
    for (const scale of def.scales) {
      const qi = scored.find((i) => i.linkId === scaleLinkId(def, scale.id))!;
      expect(qi.type).toBe(isIntegerScale(def, scale) ? 'integer' : 'decimal');
      expect(qi.code ?? []).toEqual((scale.codes ?? []).map((c) => ({ ...c })));
      expect(qi.extension).toEqual([
        { url: EXT.hidden, valueBoolean: true },
        { url: EXT.calculatedExpression, valueExpression: { description: expect.stringContaining(scale.label), language: 'text/fhirpath', expression: expect.any(String) } },
      ]);
    }
  });

  it('responses and Observations validate against the R4 JSON Schema', () => {
    const random = prng(seedOf(def.id) + 1);
    for (let k = 0; k < 20; k++) {
      const answers = answerSet(def, k, random);
      const { response, issues } = toFhirQuestionnaireResponse(def, answers, { subject: { reference: 'Practitioner/1' }, authored: '2026-11-22T10:00:00Z' });
      expect(issues).toEqual([]);
      expect(schemaErrors(response)).toEqual([]);
      const observations = toFhirObservations(def, score(def, answers), { subject: { reference: 'Practitioner/1' }, effectiveDateTime: '2026-11-22', derivedFrom: [{ reference: 'QuestionnaireResponse/1' }] });
      for (const o of observations) expect(schemaErrors(o)).toEqual([]);
    }
    const prorated = toFhirObservations(def, score(def, answerSet(def, 5, random), { prorate: true }));
    for (const o of prorated) expect(schemaErrors(o)).toEqual([]);
  });

  it('answers → QuestionnaireResponse → answers is identity (keyed and array answers, 300 seeded sets)', () => {
    const random = prng(seedOf(def.id) + 2);
    for (let k = 0; k < 300; k++) {
      const answers = answerSet(def, k, random);
      const there = toFhirQuestionnaireResponse(def, answers);
      const back = fromFhirQuestionnaireResponse(def, JSON.parse(JSON.stringify(there.response)));
      expect(back).toEqual({ answers, issues: [] });
      const list = def.items.map((i) => answers[i.id] ?? null);
      expect(fromFhirQuestionnaireResponse(def, toFhirQuestionnaireResponse(def, list).response).answers).toEqual(answers);
    }
  });

  it('one Observation per scored scale, with the scale code, the value and the band', () => {
    const answers = answerSet(def, 3, prng(seedOf(def.id)));
    const result = score(def, answers);
    const observations = toFhirObservations(def, result);
    const scoredScales = def.scales.filter((s) => (result.scales as Record<string, { value: number | null }>)[s.id]!.value !== null);
    expect(observations).toHaveLength(scoredScales.length);
    observations.forEach((o, k) => {
      const scale = scoredScales[k]!;
      const s = (result.scales as Record<string, (typeof result.scales)[keyof typeof result.scales]>)[scale.id]!;
      expect(o.code.coding).toEqual([...(scale.codes ?? []).map((c) => ({ ...c })), { system: scaleSystem(def), code: scale.id, display: scale.label }]);
      expect(o.valueInteger ?? o.valueQuantity?.value).toBe(s.value);
      expect(o.valueInteger === undefined).toBe(!isIntegerScale(def, scale));
      if (s.band === null) expect(o.interpretation).toBeUndefined();
      else expect(o.interpretation).toEqual([{ coding: [{ system: bandSystem(def, scale.id, s.band.scheme), code: s.band.id, display: s.band.label }], text: s.band.label }]);
    });
  });
});

describe('toFhirQuestionnaire', () => {
  it('PHQ-9: LOINC panel, item, answer and total codes (44261-6), wording under the Pfizer notice, and its notes', () => {
    const { questionnaire: q, notes } = toFhirQuestionnaire(phq9);
    expect(q).toMatchObject({ resourceType: 'Questionnaire', id: 'phq9', url: `${FHIR_BASE}/Questionnaire/phq9`, version: phq9.version, name: 'PHQ9', status: 'active' });
    expect(q.code).toEqual([{ system: 'http://loinc.org', code: '44249-1', display: phq9.codes[0].display }]);
    expect(q.item[0]).toEqual({ linkId: 'phq9_instructions', text: phq9.instructions, type: 'display' });
    expect(q.item[1]).toMatchObject({ linkId: 'phq9_1', text: 'Little interest or pleasure in doing things', code: [{ system: 'http://loinc.org', code: '44250-9' }] });
    expect(q.item[1]!.answerOption![3]!.valueCoding).toEqual({ system: 'http://loinc.org', code: 'LA6571-9', display: 'Nearly every day' });
    const total = q.item.find((i) => i.linkId === 'phq9_score_total')!;
    expect(total).toMatchObject({ type: 'integer', readOnly: true, code: [{ system: 'http://loinc.org', code: '44261-6' }] });
    expect(notes.map((n) => n.code)).toEqual(['cutoffs_not_calculated', 'flags_not_calculated', 'bands_not_calculated']);
  });
  it('WHO-5 (no text rights): no item wording anywhere, only topics; percentage is the raw sum recomputed × 4', () => {
    const { questionnaire: q, notes } = toFhirQuestionnaire(who5);
    for (const item of who5.items) expect(q.item.find((i) => i.linkId === item.id)!.text).toBe(item.topic);
    expect(notes.map((n) => n.code)).toEqual(['item_text_not_included', 'instructions_not_included', 'cutoffs_not_calculated']);
    const pct = q.item.find((i) => i.linkId === 'who5_score_percentage')!.extension![1]!.valueExpression!.expression;
    expect(pct).toMatch(/\)\.select\(\$this \* 4\)$/);
    expect(pct).not.toContain('who5_score_raw');
  });
  it('licensed wording attached with withItemText() is exported', () => {
    const licensed = withItemText(who5, { who5_1: 'Licensed wording 1' });
    const { questionnaire: q } = toFhirQuestionnaire(licensed);
    expect(q.item.find((i) => i.linkId === 'who5_1')!.text).toBe('Licensed wording 1');
    expect(q.item.find((i) => i.linkId === 'who5_2')!.text).toBe(who5.items[1].topic);
  });
  it('options: own canonical URL and status; answer code systems stay the package ones', () => {
    const { questionnaire: q } = toFhirQuestionnaire(who5, { url: 'https://example.org/Questionnaire/who5', status: 'draft' });
    expect(q).toMatchObject({ url: 'https://example.org/Questionnaire/who5', status: 'draft' });
    expect(q.item[0]!.answerOption![0]!.valueCoding.system).toBe(`${FHIR_BASE}/CodeSystem/who5-frequency`);
  });
  it('notes what it cannot express: decimal option values (toy) and a lookup on a non-integer base', () => {
    expect(toFhirQuestionnaire(toy).notes.map((n) => n.code)).toEqual(expect.arrayContaining(['decimal_option_values', 'item_text_not_included']));
    const lookupOnMean = { ...toy, scales: [...toy.scales, { ...toy.scales[3], id: 'from_mean', method: { kind: 'lookup', of: 'mean3', table: [[1, 10]] } }] } as InstrumentDefinition;
    expect(toFhirQuestionnaire(lookupOnMean).notes).toContainEqual(expect.objectContaining({ code: 'lookup_on_decimal_base', subject: 'from_mean' }));
  });
  it('throws a TypeError for an inconsistent definition (a programming error, not data)', () => {
    const broken = { ...toy, items: [{ ...toy.items[0], responseScale: 'nope' }, ...toy.items.slice(1)] } as InstrumentDefinition;
    expect(() => toFhirQuestionnaire(broken)).toThrow(TypeError);
  });
});

describe('toFhirQuestionnaireResponse', () => {
  it('checks answers as score() does: an invalid answer is left out and reported with the same issue', () => {
    const answers = { phq9_1: 2, phq9_2: 7, phq9_3: '1', bogus: 1 } as never;
    const { response, issues } = toFhirQuestionnaireResponse(phq9, answers);
    expect(issues).toEqual(score(phq9, answers).issues);
    expect(issues.map((i) => i.code)).toEqual(['invalid_value', 'invalid_type']); // a key that is no item is ignored, as by score()
    expect(response.item!.map((i) => i.linkId)).toEqual(['phq9_1']);
  });
  it('no answers: no item array (FHIR JSON has no empty arrays), still valid', () => {
    const { response } = toFhirQuestionnaireResponse(phq9, {});
    expect(response.item).toBeUndefined();
    expect(schemaErrors(response)).toEqual([]);
    expect(response.questionnaire).toBe(`${FHIR_BASE}/Questionnaire/phq9|${phq9.version}`);
  });
});

describe('fromFhirQuestionnaireResponse', () => {
  const qr = (item: unknown, extra: Record<string, unknown> = {}) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item, ...extra });
  const coding = (code: string, system = 'http://loinc.org') => ({ valueCoding: { system, code } });
  const gadSystem = answerSystem(gad7, 'frequency');

  it.each([
    ['null', null, 'not_an_object'],
    ['a string', 'QuestionnaireResponse', 'not_an_object'],
    ['an array', [], 'not_an_object'],
    ['another resource type', { resourceType: 'Questionnaire', item: [] }, 'wrong_resource_type'],
    ['a missing resourceType', { item: [{ linkId: 'gad7_1', answer: [coding('LA6568-5')] }] }, 'wrong_resource_type'],
    ['entered in error', qr([{ linkId: 'gad7_1', answer: [coding('LA6568-5')] }], { status: 'entered-in-error' }), 'entered_in_error'],
    ['item not an array', qr({ linkId: 'gad7_1' }), 'invalid_item'],
    ['an item without linkId', qr([{ answer: [coding('LA6568-5')] }]), 'invalid_item'],
    ['an item that is a number', qr([3]), 'invalid_item'],
    ['an unknown linkId with an answer', qr([{ linkId: 'phq9_1', answer: [coding('LA6568-5')] }]), 'unknown_item'],
    ['two answers to one item', qr([{ linkId: 'gad7_1', answer: [coding('LA6568-5'), coding('LA6569-3')] }]), 'multiple_answers'],
    ['one item twice', qr([{ linkId: 'gad7_1', answer: [coding('LA6568-5')] }, { linkId: 'gad7_1', answer: [coding('LA6568-5')] }]), 'multiple_answers'],
    ['a code that is not an option', qr([{ linkId: 'gad7_1', answer: [coding('LA6572-7')] }]), 'invalid_value'],
    ['the right code in the wrong system', qr([{ linkId: 'gad7_1', answer: [coding('LA6568-5', 'http://snomed.info/sct')] }]), 'invalid_value'],
    ['a code whose weight disagrees', qr([{ linkId: 'gad7_1', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6568-5', extension: [{ url: EXT.itemWeight, valueDecimal: 2 }] } }] }]), 'invalid_value'],
    ['valueInteger not an option', qr([{ linkId: 'gad7_1', answer: [{ valueInteger: 7 }] }]), 'invalid_value'],
    ['valueDecimal not an option', qr([{ linkId: 'gad7_1', answer: [{ valueDecimal: 1.5 }] }]), 'invalid_value'],
    ['valueInteger as a string', qr([{ linkId: 'gad7_1', answer: [{ valueInteger: '2' }] }]), 'invalid_type'],
    ['valueInteger not whole', qr([{ linkId: 'gad7_1', answer: [{ valueInteger: 1.5 }] }]), 'invalid_type'],
    ['valueString', qr([{ linkId: 'gad7_1', answer: [{ valueString: '2' }] }]), 'invalid_type'],
    ['no value', qr([{ linkId: 'gad7_1', answer: [{}] }]), 'invalid_type'],
    ['two values', qr([{ linkId: 'gad7_1', answer: [{ valueInteger: 1, valueDecimal: 1 }] }]), 'invalid_type'],
    ['answer not an array', qr([{ linkId: 'gad7_1', answer: { valueInteger: 1 } }]), 'invalid_type'],
    ['an answer that is a string', qr([{ linkId: 'gad7_1', answer: ['1'] }]), 'invalid_type'],
    ['valueCoding a string', qr([{ linkId: 'gad7_1', answer: [{ valueCoding: 'LA6568-5' }] }]), 'invalid_type'],
  ])('%s → %s', (_name, response, code) => {
    const out = fromFhirQuestionnaireResponse(gad7, response);
    expect(out.issues.map((i) => i.code)).toEqual([code]);
    if (code !== 'entered_in_error') expect(out.answers).toEqual({});
  });

  it('an issue names the item and where it is', () => {
    const { issues } = fromFhirQuestionnaireResponse(gad7, qr([{ linkId: 'gad7_1', answer: [coding('LA6568-5')] }, { linkId: 'gad7_2', answer: [{ valueInteger: 9 }] }]));
    expect(issues).toEqual([{ code: 'invalid_value', item: 'gad7_2', path: 'item[1].answer[0]', value: 9, message: expect.stringContaining('0, 1, 2, 3') }]);
  });

  it('accepts codings by code or by weight, valueInteger and valueDecimal, in groups and under answers; ignores score items and empty groups', () => {
    const response = qr([
      { linkId: 'gad7_1', answer: [coding('LA6570-1')] },
      { linkId: 'gad7_2', answer: [{ valueCoding: { system: 'urn:renderer:local', code: 'x', extension: [{ url: EXT.ordinalValue, valueDecimal: 3 }] } }] },
      { linkId: 'gad7_3', answer: [{ valueCoding: { code: 'anything' }, extension: [{ url: EXT.itemWeight, valueDecimal: 1 }] }] },
      { linkId: 'group', item: [{ linkId: 'gad7_4', answer: [{ valueInteger: 0 }] }, { linkId: 'inner', item: [{ linkId: 'gad7_5', answer: [{ valueDecimal: 2 }] }] }] },
      { linkId: 'gad7_6', answer: [{ ...coding('LA6568-5'), item: [{ linkId: 'gad7_7', answer: [coding('LA6571-9')] }] }] },
      { linkId: 'gad7_score_total', answer: [{ valueInteger: 99 }] },
      { linkId: 'empty_group' },
    ]);
    expect(fromFhirQuestionnaireResponse(gad7, response)).toEqual({ answers: { gad7_1: 2, gad7_2: 3, gad7_3: 1, gad7_4: 0, gad7_5: 2, gad7_6: 0, gad7_7: 3 }, issues: [] });
    // Package codes are read by system and code too.
    expect(fromFhirQuestionnaireResponse(who5, qr([{ linkId: 'who5_1', answer: [coding('4', `${FHIR_BASE}/CodeSystem/who5-frequency`)] }])).answers).toEqual({ who5_1: 4 });
    expect(gadSystem).toBe(`${FHIR_BASE}/CodeSystem/gad7-frequency`);
  });

  it('a bad item does not spoil the good ones, and scoring what was read shows the gap', () => {
    const { answers, issues } = fromFhirQuestionnaireResponse(gad7, qr([{ linkId: 'gad7_1', answer: [coding('LA6569-3')] }, { linkId: 'gad7_2', answer: [{ valueInteger: 'x' }] }]));
    expect(answers).toEqual({ gad7_1: 1 });
    expect(issues).toHaveLength(1);
    expect(score(gad7, answers).scales.total).toMatchObject({ value: null, reason: 'insufficient_answers' });
  });

  describe('hostile input: issues, never a throw', () => {
    it('a throwing getter', () => {
      const response = qr([{ linkId: 'gad7_1', answer: [coding('LA6569-3')] }]);
      Object.defineProperty(response, 'item', {
        get() {
          throw new Error('boom');
        },
      });
      expect(fromFhirQuestionnaireResponse(gad7, response).issues.map((i) => i.code)).toEqual(['unreadable']);
    });
    it('a Proxy that throws on every access', () => {
      const hostile = new Proxy({}, { get: () => { throw new Error('no'); }, ownKeys: () => { throw new Error('no'); } });
      expect(() => fromFhirQuestionnaireResponse(gad7, hostile)).not.toThrow();
      expect(fromFhirQuestionnaireResponse(gad7, qr([hostile])).issues.length).toBeGreaterThan(0);
    });
    it('a cycle (item containing itself) is read once', () => {
      const item: Record<string, unknown> = { linkId: 'group' };
      item.item = [item, { linkId: 'gad7_1', answer: [coding('LA6569-3')] }];
      expect(fromFhirQuestionnaireResponse(gad7, qr([item]))).toEqual({ answers: { gad7_1: 1 }, issues: [] });
    });
    it('prototype keys as linkIds do not pollute anything', () => {
      const out = fromFhirQuestionnaireResponse(gad7, JSON.parse('{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"__proto__","answer":[{"valueInteger":1}]},{"linkId":"constructor","answer":[{"valueInteger":1}]}]}'));
      expect(out.issues.map((i) => i.code)).toEqual(['unknown_item', 'unknown_item']);
      expect(Object.keys(out.answers)).toEqual([]);
      expect(({} as Record<string, unknown>).valueInteger).toBeUndefined();
    });
    it('10,000 levels of nested groups (no stack overflow)', () => {
      let inner: Record<string, unknown> = { linkId: 'gad7_1', answer: [coding('LA6569-3')] };
      for (let k = 0; k < 10_000; k++) inner = { linkId: `g${k}`, item: [inner] };
      expect(fromFhirQuestionnaireResponse(gad7, qr([inner]))).toEqual({ answers: { gad7_1: 1 }, issues: [] });
    });
    it('a flood of bad items: 100 issues and one that counts the rest; a huge response stops with unreadable', () => {
      const many = fromFhirQuestionnaireResponse(gad7, qr(Array.from({ length: 500 }, (_, k) => ({ linkId: `x${k}`, answer: [{ valueInteger: 1 }] }))));
      expect(many.issues).toHaveLength(101);
      expect(many.issues.at(-1)).toMatchObject({ code: 'too_many_issues', message: '400 further issues were not listed' });
      const huge = fromFhirQuestionnaireResponse(gad7, qr(Array.from({ length: 100_001 }, () => ({ linkId: 'g' }))));
      expect(huge.issues.map((i) => i.code)).toEqual(['unreadable']);
    });
  });
});

describe('toFhirObservations', () => {
  it('PHQ-9 total 12: LOINC 44261-6, valueInteger, band Moderate, the context given', () => {
    const result = score(phq9, [2, 2, 2, 2, 1, 1, 2, 0, 0, null]);
    const [total, ...rest] = toFhirObservations(phq9, result, {
      subject: { reference: 'Patient/1' },
      encounter: { reference: 'Encounter/2' },
      effectiveDateTime: '2026-11-22',
      issued: '2026-11-22T10:00:00Z',
      performer: [{ reference: 'Practitioner/3' }],
      derivedFrom: [{ reference: 'QuestionnaireResponse/4' }],
    });
    expect(rest).toEqual([]);
    expect(total).toEqual({
      resourceType: 'Observation',
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] }],
      code: {
        coding: [
          { system: 'http://loinc.org', code: '44261-6', display: phq9.scales[0].codes[0].display },
          { system: `${FHIR_BASE}/CodeSystem/phq9-scales`, code: 'total', display: 'Depression severity' },
        ],
        text: 'PHQ-9 Depression severity',
      },
      subject: { reference: 'Patient/1' },
      encounter: { reference: 'Encounter/2' },
      effectiveDateTime: '2026-11-22',
      issued: '2026-11-22T10:00:00Z',
      performer: [{ reference: 'Practitioner/3' }],
      valueInteger: 12,
      interpretation: [{ coding: [{ system: `${FHIR_BASE}/CodeSystem/phq9-total-kroenke2001`, code: 'moderate', display: 'Moderate' }], text: 'Moderate' }],
      derivedFrom: [{ reference: 'QuestionnaireResponse/4' }],
    });
    expect(schemaErrors(total)).toEqual([]);
  });
  it('the band of the scheme chosen in score() (K10 primary care)', () => {
    const result = score(k10, Array(10).fill(3), { bandSchemes: { total: 'primary_care' } });
    expect(toFhirObservations(k10, result)[0]!.interpretation![0]!.coding![0]).toEqual({ system: `${FHIR_BASE}/CodeSystem/k10-total-primary_care`, code: 'severe', display: expect.any(String) });
  });
  it('null scales get no Observation; a mean is a valueQuantity in {score}; a prorated sum says so', () => {
    expect(toFhirObservations(phq9, score(phq9, { phq9_1: 1 }))).toEqual([]);
    const [mean] = toFhirObservations(toy, score(toy, { toy_1: 1, toy_2: 2, toy_3: 4 }));
    expect(mean!.valueQuantity).toEqual({ value: 3, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' });
    const [prorated] = toFhirObservations(phq9, score(phq9, { phq9_1: 3, phq9_2: 3, phq9_3: 3, phq9_4: 3, phq9_5: 2 }, { prorate: true }));
    expect(prorated!.valueQuantity?.value).toBeCloseTo((14 / 5) * 9, 12);
    expect(prorated!.note![0]!.text).toMatch(/^Prorated: 5 of 9/);
    expect(schemaErrors(prorated)).toEqual([]);
  });
  it('a result of another instrument or definition version is a TypeError', () => {
    expect(() => toFhirObservations(gad7, score(phq9, {}) as never)).toThrow(TypeError);
    expect(() => toFhirObservations({ ...phq9, version: '0.0.1' }, score(phq9, {}))).toThrow(/phq9 1\.\d+\.\d+, not phq9 0\.0\.1/);
  });
});
