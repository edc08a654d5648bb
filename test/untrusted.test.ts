/**
 * Untrusted input on the developer's side: `parseAnswers`, keys that are no items (ignored or
 * warnings), and the reproductions of issue 14 items 7, 11 and 17 (numbers accepted through
 * rounding, `score()` throwing on hostile answers or options, shared mutable definitions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planScore } from '../src/cli/score/plan.js';
import { RowScorer } from '../src/cli/score/rows.js';
import { cbi, DefinitionError, gad7, instruments, parseAnswers, phq9, score } from '../src/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';

const nine = (v: unknown) => Object.fromEntries(phq9.items.slice(0, 9).map((i) => [i.id, v]));

describe('keys that are no items', () => {
  const record: unknown = { ...nine(1), id: 'r1', department: 'ICU' };
  it('are ignored by default: the result is valid and has no issue', () => {
    const r = score(phq9, record);
    expect(r.valid).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.scales.total.value).toBe(9);
  });
  it("are warnings with unknownKeys: 'report', and the result stays valid", () => {
    const r = score(phq9, record, { unknownKeys: 'report' });
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.item])).toEqual([
      ['unknown_item', 'warning', 'id'],
      ['unknown_item', 'warning', 'department'],
    ]);
  });
  it('prototype keys stay errors', () => {
    const r = score(phq9, JSON.parse('{"__proto__": 1, "phq9_1": 1}'));
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'forbidden_key', severity: 'error' });
  });
  it('every issue of a bad answer is an error', () => {
    const r = score(phq9, { phq9_1: 7 } as never);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_value', severity: 'error' })]);
  });
});

describe('parseAnswers', () => {
  it('form strings parse with coerce and score', () => {
    const form = { ...nine('1'), phq9_1: ' 2 ', phq9_2: '2.0', department: 'ICU' };
    const parsed = parseAnswers(phq9, form, { coerce: true });
    expect(parsed).toEqual({ success: true, answers: { ...nine(1), phq9_1: 2, phq9_2: 2 }, issues: [] });
    if (!parsed.success) throw new Error('unreachable');
    expect(score(phq9, parsed.answers).scales.total.value).toBe(11);
  });
  it.each([['2abc'], ['2.0000000001'], ['2.9999999999999999'], ['1e-400'], ['0x2'], ['2,0'], ['Infinity'], ['1e400']])('never reads %j as an option', (text) => {
    const parsed = parseAnswers(phq9, { phq9_1: text }, { coerce: true });
    expect(parsed.success).toBe(false);
    expect(parsed.issues).toEqual([expect.objectContaining({ item: 'phq9_1', value: text, severity: 'error' })]);
    expect(['invalid_value', 'invalid_type']).toContain(parsed.issues[0]!.code);
  });
  it('a blank text is not answered (never 0); a missing code is not answered', () => {
    const parsed = parseAnswers(phq9, { phq9_1: '', phq9_2: 'NA', phq9_3: -99, phq9_4: '-99', phq9_5: '3' }, { coerce: true, missing: ['NA', '-99'] });
    expect(parsed).toEqual({ success: true, answers: { phq9_5: 3 }, issues: [] });
  });
  it('without coerce a string is an invalid_type, as score() says', () => {
    const parsed = parseAnswers(phq9, { phq9_1: '2' });
    expect(parsed.success).toBe(false);
    expect(parsed.issues.map((i) => i.code)).toEqual(['invalid_type']);
  });
  it('labels: case- and space-insensitive; a label that does not exist is an invalid_value naming the labels', () => {
    const ok = parseAnswers(phq9, { phq9_1: '  several   DAYS ', phq9_2: 'Not at all' }, { labels: true });
    expect(ok).toEqual({ success: true, answers: { phq9_1: 1, phq9_2: 0 }, issues: [] });
    const bad = parseAnswers(phq9, { phq9_1: 'Sometimes' }, { labels: true });
    expect(bad.success).toBe(false);
    expect(bad.issues[0]).toMatchObject({ code: 'invalid_value', item: 'phq9_1' });
    expect(bad.issues[0]!.message).toContain('"Several days"');
  });
  it("unknownKeys: 'report' gives warnings on success", () => {
    const parsed = parseAnswers(gad7, { gad7_1: 1, site: 'A' }, { unknownKeys: 'report' });
    expect(parsed.success).toBe(true);
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'unknown_item', severity: 'warning', item: 'site' })]);
  });
  it('arrays in item order, and the same issues as score() for bad numbers', () => {
    expect(parseAnswers(gad7, [0, 1, 2, 3, null, 0, 0])).toEqual({ success: true, answers: { gad7_1: 0, gad7_2: 1, gad7_3: 2, gad7_4: 3, gad7_6: 0, gad7_7: 0 }, issues: [] });
    const answers = { gad7_1: 4, gad7_2: Number.NaN };
    expect(parseAnswers(gad7, answers).issues).toEqual(score(gad7, answers as never).issues);
  });
  it('never throws on hostile input or options', () => {
    const hostile = new Proxy({}, { get: () => { throw Object.create(null); }, ownKeys: () => { throw Object.create(null); } });
    for (const [input, options] of [[hostile, {}], [{}, hostile], [null, null], ['x', 'y'], [{ gad7_1: 1 }, { coerce: 'yes', missing: 'NA' }]] as const) {
      const parsed = parseAnswers(gad7, input, options as never);
      expect(parsed.success).toBe(false);
      expect(parsed.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('issue 14.7: numbers that are not options are never accepted through rounding', () => {
  const settings = { prorate: false, bandSchemes: {}, cutoffSchemes: {}, labels: false, missing: [], map: {} };
  const scoreCells = (cells: readonly string[]) => {
    const plan = planScore(phq9, settings);
    const scorer = new RowScorer(plan);
    const answers = scorer.begin();
    cells.forEach((cell, i) => (answers[i] = plan.cells.read(i, cell)));
    return scorer.finish();
  };
  it.each([['2.9999999999999999'], ['1e-400'], ['0.99999999999999999'], ['-1e-400']])('the cell %j is an invalid_value, not an option', (cell) => {
    const row = scoreCells([cell, '0', '0', '0', '0', '0', '0', '0', '0', '']);
    expect(row.valid).toBe(false);
    expect(row.issues).toEqual([expect.objectContaining({ code: 'invalid_value', item: 'phq9_1', value: cell })]);
  });
  it('cells whose decimal value is an option are read: "3.0", "3e0", "+3", "0.0", " 3 "', () => {
    const row = scoreCells(['3.0', '3e0', '+3', '0.0', ' 3 ', '0', '0', '0', '0', '']);
    expect(row.valid).toBe(true);
    expect(row.values[0]).toBe(12);
  });
  it('the CBI reads "25" and "25.0" but not "24.999999999999999999"', () => {
    expect(parseAnswers(cbi, { cbi_1: '25', cbi_2: '25.00' }, { coerce: true })).toMatchObject({ success: true, answers: { cbi_1: 25, cbi_2: 25 } });
    expect(parseAnswers(cbi, { cbi_1: '24.999999999999999999' }, { coerce: true }).success).toBe(false);
  });
  it('JSON numbers as parsed are the user\'s: 2.9999999999999999 in JSON is the number 3', () => {
    expect(score(phq9, JSON.parse('{"phq9_1": 2.9999999999999999}')).issues).toEqual([]);
  });
});

describe('issue 14.11: score() never throws, options are read as carefully as answers', () => {
  it('a getter that throws Object.create(null)', () => {
    const answers = Object.defineProperty({}, 'phq9_1', { enumerable: true, get: () => { throw Object.create(null); } });
    const r = score(phq9, answers);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_answers' })]);
  });
  it('bandSchemes: { total: Object.create(null) }', () => {
    const r = score(phq9, nine(0), { bandSchemes: { total: Object.create(null) } } as never);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'unknown_band_scheme', item: 'total' })]);
    expect(r.scales.total.band?.id).toBe('minimal');
  });
  it('an options object whose getter or proxy throws', () => {
    const getter = Object.defineProperty({}, 'prorate', { get: () => { throw Object.create(null); } });
    const proxy = new Proxy({}, { get: () => { throw new Error('trap'); } });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const options of [getter, proxy, revocable.proxy, { bandSchemes: revocable.proxy }, { cutoffSchemes: new Proxy({}, { ownKeys: () => { throw Object.create(null); } }) }]) {
      const r = score(phq9, nine(0), options as never);
      expect(r.valid).toBe(false);
      expect(r.issues.some((i) => i.code === 'invalid_options' || i.code === 'unknown_band_scheme')).toBe(true);
    }
  });
  it("bandSchemes: 'x'.repeat(1e5) is one issue; 100,000 unknown scales are capped", () => {
    const r = score(phq9, nine(0), { bandSchemes: 'x'.repeat(1e5) } as never);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_options', item: 'bandSchemes' })]);
    expect(r.issues[0]!.message.length).toBeLessThan(200);
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`s${i}`, 'x']));
    const capped = score(phq9, nine(0), { bandSchemes: many, cutoffSchemes: many } as never);
    expect(capped.issues).toHaveLength(101);
    expect(capped.issues.at(-1)).toMatchObject({ code: 'too_many_issues', severity: 'error', message: '199900 further issues were not listed' });
  });
  it('options of the wrong type are issues, not silently ignored', () => {
    for (const options of [{ prorate: 'yes' }, { unknownKeys: 'error' }, { cutoffSchemes: [] }, 5, 'prorate']) {
      const r = score(phq9, nine(0), options as never);
      expect(r.valid).toBe(false);
      expect(r.issues[0]!.code).toBe('invalid_options');
    }
  });
  it('an array proxy with length "abc" does not score as valid', () => {
    const answers = new Proxy([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { get: (target, key) => (key === 'length' ? 'abc' : Reflect.get(target, key)) });
    const r = score(phq9, answers as never);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'wrong_length' })]);
    for (const length of [-1, 1.5, Number.NaN, 2 ** 53, '10']) {
      const p = new Proxy([], { get: (target, key) => (key === 'length' ? length : Reflect.get(target, key)) });
      expect(score(phq9, p as never).valid).toBe(false);
    }
  });
});

describe('issue 14.17: definitions cannot change under their users', () => {
  it('shipped definitions are deeply frozen: a change throws (strict code) and scores stay the same', () => {
    expect(Object.isFrozen(phq9)).toBe(true);
    expect(Object.isFrozen(phq9.scales[0].bandSchemes[0].bands[1])).toBe(true);
    expect(Object.isFrozen(phq9.responseScales[0].options)).toBe(true);
    expect(() => {
      (phq9.scales[0].bandSchemes[0].bands[1] as { min: number }).min = 0;
    }).toThrow(TypeError);
    expect(() => {
      (phq9.items as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(score(phq9, nine(1)).scales.total.band?.id).toBe('mild');
  });
  it('a custom definition is frozen when first scored, so a later change throws instead of being ignored', () => {
    const custom = JSON.parse(JSON.stringify(gad7)) as InstrumentDefinition & { version: string };
    expect(Object.isFrozen(custom)).toBe(false);
    score(custom, {});
    expect(Object.isFrozen(custom.scales[0]!.bandSchemes[0]!.bands)).toBe(true);
    expect(() => {
      custom.version = '9';
    }).toThrow(TypeError);
  });
  it.each([
    ['an empty object', {}],
    ['null', null],
    ['a string', 'phq9'],
    ['items that are not an array', { ...gad7, items: 5 }],
    ['a response scale without options', { ...gad7, responseScales: [{ id: 'freq', sources: [] }] }],
    ['a scale without a method', { ...gad7, scales: [{ ...gad7.scales[0], method: undefined }] }],
    ['a getter that throws', Object.defineProperty({ ...gad7 }, 'items', { get: () => { throw Object.create(null); } })],
  ])('a malformed definition (%s) gives a DefinitionError, not a TypeError', (_name, definition) => {
    let thrown: unknown;
    try {
      score(definition as never, {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DefinitionError);
    expect((thrown as Error).message).toMatch(/malformed definition|unknown/);
  });
});

describe('the README prints real values', () => {
  it('the CBI example prints the full-precision value, and the parse example its answers', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const value = score(cbi, { cbi_1: 75, cbi_2: 50, cbi_3: 75 }).scales.personal.value;
    expect(readme).toContain(`score(cbi, { cbi_1: 75, cbi_2: 50, cbi_3: 75 }).scales.personal.value; // ${value} (`);
    const parsed = parseAnswers(phq9, { phq9_1: '2', phq9_2: ' 1 ', phq9_3: 'NA', team: 'ICU' }, { coerce: true, missing: ['NA'] });
    expect(parsed).toEqual({ success: true, answers: { phq9_1: 2, phq9_2: 1 }, issues: [] });
    expect(readme).toContain("parsed.success && parsed.answers; // { phq9_1: 2, phq9_2: 1 }");
    expect(score(phq9, JSON.parse('{"phq9_1": "2", "phq9_2": 7}')).issues.map((i) => [i.code, i.severity, i.item])).toEqual([
      ['invalid_type', 'error', 'phq9_1'],
      ['invalid_value', 'error', 'phq9_2'],
    ]);
  });
});

describe('issue 14.17: a definition that cannot be frozen', () => {
  it('a proxy whose traps refuse freezing gives a DefinitionError, not a TypeError', () => {
    const copy = JSON.parse(JSON.stringify(gad7)) as InstrumentDefinition;
    const proxy = new Proxy(copy, { preventExtensions: () => false });
    expect(() => score(proxy, {})).toThrow(DefinitionError);
  });
});

describe('issue 14.17: every shipped definition', () => {
  it.each(instruments.map((d) => [d.id, d] as const))('%s is deeply frozen when its module loads', (_id, definition) => {
    const pending: unknown[] = [definition];
    let objects = 0;
    while (pending.length > 0) {
      const next = pending.pop();
      if (typeof next !== 'object' || next === null) continue;
      expect(Object.isFrozen(next)).toBe(true);
      objects++;
      pending.push(...Object.values(next));
    }
    expect(objects).toBeGreaterThan(20);
  });
});
