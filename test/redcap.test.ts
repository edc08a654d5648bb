/**
 * REDCap export and import. The dictionary is read back with a real CSV parser (csv-parse), and
 * every calc formula is evaluated with a strict evaluator of REDCap's calc syntax
 * (test/redcap-calc.ts) on 1,000 seeded random answer sets per instrument, against `score()`.
 */
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { instruments } from '../src/catalogue.js';
import { cbi, mbi, pfi, phq9, proqol5, who5 } from '../src/instruments/index.js';
import { fromRedcapRecords, REDCAP_COLUMNS, REDCAP_NAME_LENGTH, redcapScoreFields, toRedcapDataDictionary, type RedcapField } from '../src/redcap/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/score.js';
import { withItemText } from '../src/scoring/text.js';
import { answerSets, sameValue } from './answer-sets.js';
import { toy, toy2 } from './fixtures.js';
import { BLANK, evaluateCalc, parseCalc, type CalcRecord } from './redcap-calc.js';

const HEADERS = REDCAP_COLUMNS.map(([h]) => h);
const RUNS = 1000;

/** The dictionary CSV as csv-parse reads it: a header row and one record per field. */
function readCsv(csv: string): { headers: string[]; rows: Record<string, string>[] } {
  const table = parse(csv, { bom: true, relax_column_count: false }) as string[][];
  const [headers, ...body] = table;
  return { headers: headers!, rows: body.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!]))) };
}

/** A REDCap record (strings, blank = "") for an answer set. */
const toRecord = (answers: Record<string, number | null>): Record<string, string> =>
  Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v === null ? '' : String(v)]));

describe('REDCap evaluator (test helper) is strict', () => {
  it('follows if() lazily, skips blanks in sum(), and refuses arithmetic or comparisons on a blank', () => {
    const rec = { a: '2', b: '' };
    expect(evaluateCalc(parseCalc('if(isblankormissingcode([b]), "", [a] + [b])'), rec)).toBe(BLANK);
    expect(evaluateCalc(parseCalc('sum([a], [b], 3)'), rec)).toBe(5);
    expect(evaluateCalc(parseCalc('(0 - 2) * [a] + -1'), rec)).toBe(-5);
    expect(() => evaluateCalc(parseCalc('[a] + [b]'), rec)).toThrow(/blank/);
    expect(() => evaluateCalc(parseCalc('[b] = 0'), rec)).toThrow(/blank/);
    expect(() => evaluateCalc(parseCalc('[a] / 0'), rec)).toThrow(/finite/);
    expect(() => parseCalc('if([a] > 1, 2)')).toThrow(SyntaxError);
    expect(() => evaluateCalc(parseCalc('[c]'), rec)).toThrow(/unknown field/);
    expect(evaluateCalc(parseCalc('if(isblankormissingcode([c]), 1, 0)'), { c: 'UNK' }, new Set(['UNK']))).toBe(1);
    expect(() => evaluateCalc(parseCalc('if(isblankormissingcode([c]), 1, 0)'), { c: 'UNK' })).toThrow(/not a number/);
  });
});

describe('toRedcapDataDictionary: the CSV', () => {
  // Exported before each test, not when the file is collected, so that a mutation run counts the tests as covering the export.
  let all: ReturnType<typeof toRedcapDataDictionary>;
  let headers: string[];
  let rows: Record<string, string>[];
  beforeEach(() => {
    all = toRedcapDataDictionary(instruments);
    ({ headers, rows } = readCsv(all.csv));
  });

  it("has REDCap's 18 standard columns in order, and one record per field", () => {
    expect(headers).toEqual([
      'Variable / Field Name', 'Form Name', 'Section Header', 'Field Type', 'Field Label', 'Choices, Calculations, OR Slider Labels', 'Field Note',
      'Text Validation Type OR Show Slider Number', 'Text Validation Min', 'Text Validation Max', 'Identifier?', 'Branching Logic (Show field only if...)',
      'Required Field?', 'Custom Alignment', 'Question Number (surveys only)', 'Matrix Group Name', 'Matrix Ranking?', 'Field Annotation',
    ]);
    expect(HEADERS).toEqual(headers);
    const expected = 1 + instruments.reduce((n, d) => n + 1 + d.items.length + d.scales.length, 0);
    expect(rows).toHaveLength(expected);
    expect(all.fields).toHaveLength(expected);
  });

  it('reads back to exactly the field objects (quoting of commas, quotes and "" survives)', () => {
    const back = rows.map((r) => Object.fromEntries(REDCAP_COLUMNS.map(([h, key]) => [key, r[h]])));
    expect(back).toEqual(all.fields);
    expect(all.csv.endsWith('\r\n')).toBe(true);
  });

  it('starts with the record id on the first form; every name is a valid, unique REDCap variable', () => {
    expect(rows[0]!['Variable / Field Name']).toBe('record_id');
    expect(rows[0]!['Form Name']).toBe(instruments[0]!.id);
    const names = rows.map((r) => r['Variable / Field Name']!);
    for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9_]{0,99}$/);
    expect(new Set(names).size).toBe(names.length);
    for (const d of instruments) expect(names).not.toContain(`${d.id}_complete`);
    for (const r of rows) expect(r['Form Name']).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('keeps every variable within 26 characters (Stata and SAS exports), shortening long score names by a stable rule', () => {
    const names = rows.map((r) => r['Variable / Field Name']!);
    expect(names.filter((n) => n.length > REDCAP_NAME_LENGTH)).toEqual([]);
    expect(redcapScoreFields(proqol5)).toEqual({ compassion_satisfaction: 'proqol5_cs', burnout: 'proqol5_burnout', secondary_traumatic_stress: 'proqol5_sts' });
    expect(redcapScoreFields(mbi).personal_accomplishment).toBe('mbi_pa');
    expect(redcapScoreFields(pfi)).toMatchObject({ professional_fulfillment: 'pfi_pf', interpersonal_disengagement: 'pfi_id' });
    // Short names stay as they were.
    expect(redcapScoreFields(phq9)).toEqual({ total: 'phq9_total' });
    // The names a dictionary writes are the ones redcapScoreFields maps back to scale ids.
    for (const d of instruments) expect(all.scores[d.id], d.id).toEqual(redcapScoreFields(d));
  });

  it('has no warnings for the shipped instruments', () => {
    expect(all.warnings).toEqual([]);
  });

  it.each(instruments.map((d) => [d.id, d as InstrumentDefinition] as const))('%s: one radio per item with "value, label | …" choices that parse back to the options', (_id, def) => {
    const byName = new Map(all.fields.map((f) => [f.field_name, f]));
    for (const item of def.items) {
      const f = byName.get(item.id)!;
      expect(f.form_name).toBe(def.id);
      expect(f.field_type).toBe('radio');
      const options = def.responseScales.find((r) => r.id === item.responseScale)!.options;
      const parsed = f.select_choices_or_calculations.split(' | ').map((c) => {
        const comma = c.indexOf(',');
        return { value: Number(c.slice(0, comma)), label: unescape(c.slice(comma + 1).trim()) };
      });
      expect(parsed).toEqual(options.map((o) => ({ value: o.value, label: o.label })));
      const label = unescape(f.field_label);
      if (def.licence.itemText) expect(label).toBe(item.text);
      else {
        expect(label).toBe(item.topic);
        expect(f.field_annotation).toContain('Item wording not included');
      }
    }
    const calc = all.fields.filter((f) => f.form_name === def.id && f.field_type === 'calc');
    expect(calc.map((f) => f.field_name).sort()).toEqual(Object.values(all.scores[def.id]!).sort());
    for (const f of calc) {
      expect(f.field_note).toMatch(/blank/);
      expect(f.field_note).toMatch(/Source: /);
      expect(f.field_annotation).toContain('@HIDDEN-SURVEY');
    }
    const about = byName.get(`${def.id}_about`)!;
    expect(about.field_type).toBe('descriptive');
    expect(unescape(about.field_label)).toContain(def.licence.notice);
  });

  it('writes [ ] < > in labels as character references, so REDCap shows them instead of piping', () => {
    const { fields } = toRedcapDataDictionary(proqol5);
    const item = proqol5.items.find((i) => i.text.includes('[helping]'))!;
    const f = fields.find((x) => x.field_name === item.id)!;
    expect(f.field_label).toContain('&#91;helping&#93;');
    expect(f.field_label).not.toMatch(/[[\]]/);
  });

  it('ships no wording the licence does not allow; attached wording appears once attached', () => {
    const { fields } = toRedcapDataDictionary(who5);
    expect(fields.find((f) => f.field_name === 'who5_1')!.field_label).toBe(who5.items[0]!.topic);
    const licensed = toRedcapDataDictionary(withItemText(who5, { who5_1: 'Licensed wording' })).fields;
    expect(licensed.find((f) => f.field_name === 'who5_1')!.field_label).toBe('Licensed wording');
  });

  it('options: no record id, scores shown on surveys', () => {
    const { fields } = toRedcapDataDictionary(phq9, { recordIdField: false, showScoresOnSurveys: true });
    expect(fields[0]!.field_name).toBe('phq9_about');
    expect(fields.find((f) => f.field_name === 'phq9_total')!.field_annotation).not.toContain('@HIDDEN-SURVEY');
  });

  it('refuses an instrument twice or a name REDCap would reject, rather than writing a broken dictionary', () => {
    expect(() => toRedcapDataDictionary([phq9, phq9])).toThrow(RangeError);
    expect(() => toRedcapDataDictionary(phq9, { recordIdField: 'Record ID' })).toThrow(RangeError);
    expect(() => toRedcapDataDictionary([])).toThrow(RangeError);
  });

  it('surfaces what REDCap may not accept: decimal raw codes (toy)', () => {
    const { warnings } = toRedcapDataDictionary(toy);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/option value 0.1 .*raw code "0.1"/);
  });

  it('surfaces a label it had to change: "|" is the choice separator', () => {
    const scale = toy2.responseScales[0];
    const piped = { ...toy2, responseScales: [{ ...scale, options: scale.options.map((o, i) => (i === 0 ? { ...o, label: 'never | rarely' } : o)) }] };
    const { fields, warnings } = toRedcapDataDictionary(piped);
    expect(warnings).toMatchObject([{ field: 'toy2 response scale five', message: expect.stringContaining('"|"') }]);
    expect(fields.find((f) => f.field_name === 'toy2_3')!.select_choices_or_calculations.split(' | ')).toHaveLength(scale.options.length);
  });
});

/** Character references back to the characters (labels are compared with the definition's text). */
function unescape(s: string): string {
  return s.replace(/&#91;/g, '[').replace(/&#93;/g, ']').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/<br>/g, '\n');
}

/** Evaluates every calc field of a dictionary, in row order, on one record; returns score per scale. */
function runCalcs(calc: readonly { field: RedcapField; tree: ReturnType<typeof parseCalc> }[], record: Record<string, string>): Map<string, number | null> {
  const values: Record<string, string | number | typeof BLANK> = { ...record };
  const out = new Map<string, number | null>();
  for (const { field, tree } of calc) {
    const v = evaluateCalc(tree, values as CalcRecord);
    values[field.field_name] = v;
    out.set(field.field_name, v === BLANK ? null : v);
  }
  return out;
}

const definitions: [string, InstrumentDefinition][] = [...instruments.map((d) => [d.id, d] as [string, InstrumentDefinition]), ['toy', toy], ['toy2', toy2]];

describe.each(definitions)('%s: calc fields agree with score() on 1,000 random answer sets', (id, def) => {
  it('same value, or blank exactly when score() gives null', () => {
    // Built inside the test, not when the file is collected, so that a mutation run counts this test as covering the export.
    const dict = toRedcapDataDictionary(def);
    const calc = dict.fields.filter((f) => f.field_type === 'calc').map((field) => ({ field, tree: parseCalc(field.select_choices_or_calculations) }));
    const names = dict.scores[id]!;
    const sets = answerSets(def, RUNS, 0x5eed + id.length);
    const mismatches: string[] = [];
    let nulls = 0;
    let values = 0;
    for (const [k, answers] of sets.entries()) {
      const expected = score(def, answers as never);
      expect(expected.valid).toBe(true);
      const got = runCalcs(calc, toRecord(answers));
      for (const scale of def.scales) {
        const want = expected.scales[scale.id as never] as { value: number | null };
        const have = got.get(names[scale.id]!)!;
        if (want.value === null) nulls++;
        else values++;
        if (!sameValue(want.value, have)) mismatches.push(`set ${k} ${scale.id}: score ${want.value}, calc ${have} for ${JSON.stringify(answers)}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(values, 'some scales were scored').toBeGreaterThan(0);
    if (def.scales.some((s) => s.items.length > 0)) expect(nulls, 'some scales were left blank').toBeGreaterThan(0);
  });

  it('fromRedcapRecords reads the records back to the same answers, so score() is unchanged', () => {
    const sets = answerSets(def, 200, 0xbeef + id.length);
    const imported = fromRedcapRecords(def, sets.map((a) => ({ record_id: '1', ...toRecord(a), [`${id}_complete`]: '2' })));
    imported.forEach(({ answers, issues }, k) => {
      expect(issues).toEqual([]);
      expect(answers).toEqual(sets[k]);
      expect(score(def, answers).scales).toEqual(score(def, sets[k] as never).scales);
    });
  });
});

describe('fromRedcapRecords: bad records give issues, never throws', () => {
  it('a stray code, a label export, a non-string value and a non-object row', () => {
    const [a, b, c, d] = fromRedcapRecords(phq9, [{ phq9_1: '7' }, { phq9_1: 'Several days', phq9_2: '1' }, { phq9_1: { x: 1 } }, 'nope']);
    expect(a!.issues).toMatchObject([{ code: 'invalid_value', item: 'phq9_1', value: '7' }]);
    expect(a!.answers).not.toHaveProperty('phq9_1');
    expect(b!.issues).toMatchObject([{ code: 'invalid_value', item: 'phq9_1', value: 'Several days' }]);
    expect(b!.answers.phq9_2).toBe(1);
    expect(c!.issues).toMatchObject([{ code: 'invalid_type', item: 'phq9_1' }]);
    expect(d!.issues).toMatchObject([{ code: 'invalid_answers' }]);
    expect(fromRedcapRecords(phq9, 'not rows' as never)[0]!.issues).toMatchObject([{ code: 'invalid_answers' }]);
  });
  it('accepts numbers and exact numerals only ("2.0" and " 2" are not REDCap raw codes)', () => {
    const [r] = fromRedcapRecords(cbi, [{ cbi_1: 75, cbi_2: '2.0', cbi_3: ' 25', cbi_4: '100' }]);
    expect(r!.answers).toMatchObject({ cbi_1: 75, cbi_4: 100 });
    expect(r!.issues.map((i) => i.item)).toEqual(['cbi_2', 'cbi_3']);
  });
  it('reads missing data codes as unanswered when told them, as the calc fields do', () => {
    const row = { phq9_1: 'UNK', phq9_2: '1' };
    expect(fromRedcapRecords(phq9, [row])[0]!.issues).toHaveLength(1);
    const [r] = fromRedcapRecords(phq9, [row], { missingDataCodes: ['UNK'] });
    expect(r!.issues).toEqual([]);
    expect(r!.answers.phq9_1).toBeNull();
  });
  it('ignores prototype keys and getters that throw', () => {
    const hostile = JSON.parse('{"__proto__": {"phq9_1": "3"}, "phq9_2": "2"}') as object;
    const [r] = fromRedcapRecords(phq9, [hostile]);
    expect(r!.answers.phq9_1).toBeNull();
    expect(r!.answers.phq9_2).toBe(2);
    const throwing = Object.defineProperty({}, 'phq9_3', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(fromRedcapRecords(phq9, [throwing])[0]!.issues).toMatchObject([{ code: 'invalid_answers', item: 'phq9_3' }]);
  });
});
