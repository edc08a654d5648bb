/**
 * What `score()`, `scoreOrThrow()` and `parseAnswers()` tell a caller about bad input and bad
 * options (issue 19): the exact issue code, severity, item, value and message for each kind of
 * problem, through the public API only.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswers, score, scoreOrThrow, ScoringError } from '../src/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { audit, sumOf } from './mutation-scoring-fixtures.js';

const full = { audit_1: 2, audit_2: 1, audit_3: 1, audit_4: 1, audit_5: 2, audit_6: 3, audit_7: 0.7, audit_8: 0.1 } as const;
const issuesOf = (options: unknown) => score(audit, full, options as never).issues;

describe('score(): options are checked like answers', () => {
  it.each([
    [5, { code: 'invalid_options', severity: 'error', value: 5, message: 'options must be an object, got number 5' }],
    ['x', { code: 'invalid_options', severity: 'error', value: 'x', message: 'options must be an object, got the string "x"' }],
    [null, { code: 'invalid_options', severity: 'error', value: null, message: 'options must be an object, got null' }],
    [true, { code: 'invalid_options', severity: 'error', value: true, message: 'options must be an object, got boolean true' }],
    [{ prorate: 'yes' }, { code: 'invalid_options', severity: 'error', item: 'prorate', value: 'yes', message: 'options.prorate must be true or false, got the string "yes"' }],
    [{ prorate: 1 }, { code: 'invalid_options', severity: 'error', item: 'prorate', value: 1, message: 'options.prorate must be true or false, got number 1' }],
    [{ unknownKeys: 'loud' }, { code: 'invalid_options', severity: 'error', item: 'unknownKeys', value: 'loud', message: 'options.unknownKeys must be "ignore" or "report", got the string "loud"' }],
    [{ unknownKeys: false }, { code: 'invalid_options', severity: 'error', item: 'unknownKeys', value: false, message: 'options.unknownKeys must be "ignore" or "report", got boolean false' }],
    [{ bandSchemes: [] }, { code: 'invalid_options', severity: 'error', item: 'bandSchemes', message: 'options.bandSchemes must be an object keyed by scale id, got an array' }],
    [{ bandSchemes: 'x' }, { code: 'invalid_options', severity: 'error', item: 'bandSchemes', value: 'x', message: 'options.bandSchemes must be an object keyed by scale id, got the string "x"' }],
    [{ cutoffSchemes: 3 }, { code: 'invalid_options', severity: 'error', item: 'cutoffSchemes', value: 3, message: 'options.cutoffSchemes must be an object keyed by cut-off id, got number 3' }],
    [{ cutoffSchemes: [] }, { code: 'invalid_options', severity: 'error', item: 'cutoffSchemes', message: 'options.cutoffSchemes must be an object keyed by cut-off id, got an array' }],
    [{ bandSchemes: { nope: 'a' } }, { code: 'unknown_band_scheme', severity: 'error', item: 'nope', value: 'a', message: 'options.bandSchemes names unknown scale "nope"' }],
    [{ bandSchemes: { total: 'zzz' } }, { code: 'unknown_band_scheme', severity: 'error', item: 'total', value: 'zzz', message: 'scale "total" has no band scheme "zzz"; the default was used' }],
    [{ bandSchemes: { total: 5 } }, { code: 'unknown_band_scheme', severity: 'error', item: 'total', value: 5, message: 'scale "total" has no band scheme number 5; the default was used' }],
    [{ bandSchemes: { mean: 'published' } }, { code: 'unknown_band_scheme', severity: 'error', item: 'mean', value: 'published', message: 'scale "mean" has no band scheme "published"; the default was used' }],
    [{ cutoffSchemes: { nope: 'a' } }, { code: 'unknown_cutoff_scheme', severity: 'error', item: 'nope', value: 'a', message: 'options.cutoffSchemes names unknown cut-off "nope"' }],
    [{ cutoffSchemes: { high: 'a' } }, { code: 'unknown_cutoff_scheme', severity: 'error', item: 'high', value: 'a', message: 'cut-off "high" has one criterion and no named schemes; "a" was ignored' }],
    [{ cutoffSchemes: { high: 2 } }, { code: 'unknown_cutoff_scheme', severity: 'error', item: 'high', value: 2, message: 'cut-off "high" has one criterion and no named schemes; number 2 was ignored' }],
    [{ cutoffSchemes: { screen: 'zzz' } }, { code: 'unknown_cutoff_scheme', severity: 'error', item: 'screen', value: 'zzz', message: 'cut-off "screen" has no scheme "zzz"; the default was used' }],
    [{ cutoffSchemes: { screen: 7 } }, { code: 'unknown_cutoff_scheme', severity: 'error', item: 'screen', value: 7, message: 'cut-off "screen" has no scheme number 7; the default was used' }],
  ])('%j', (options, issue) => {
    const r = score(audit, full, options as never);
    expect(r.issues).toEqual([issue]);
    expect(r.valid).toBe(false);
    // The answers are still scored with the defaults.
    expect(r.scales.total).toMatchObject({ value: 6, band: { scheme: 'published' } });
    expect(r.cutoffs).toEqual({ high: true, screen: null, item: true, local: true });
  });
  it.each([[{ prorate: false }], [{ prorate: null }], [{ prorate: undefined }], [{ unknownKeys: 'ignore' }], [{ unknownKeys: null }], [{ bandSchemes: null }], [{ cutoffSchemes: null }], [{ bandSchemes: { total: undefined } }], [{ cutoffSchemes: { screen: undefined } }]])('%j is accepted without an issue', (options) => {
    const r = score(audit, full, options as never);
    expect(r.issues).toEqual([]);
    expect(r.valid).toBe(true);
  });
  it('a scheme choice for a later scale or cut-off is applied to it, after a bad choice for an earlier one', () => {
    const r = score(audit, full, { bandSchemes: { total: 'nope', open: 'x' }, cutoffSchemes: { item: 'nope', screen: 'lenient' } } as never);
    expect(r.issues.map((i) => [i.code, i.item])).toEqual([['unknown_band_scheme', 'total'], ['unknown_cutoff_scheme', 'item']]);
    expect(r.scales.open.band?.id).toBe('x_high');
    expect(r.cutoffs.screen).toBe(true);
    expect(r.provenance.bandSchemes).toMatchObject({ total: 'published', open: 'x' });
    expect(r.provenance.cutoffSchemes).toEqual({ screen: 'lenient', item: 'two' });
  });
  it('a long unknown scale or cut-off id is cut short in the message and the item', () => {
    const long = 'k'.repeat(70);
    const cut = `${'k'.repeat(60)}…`;
    expect(issuesOf({ bandSchemes: { [long]: 'a' } })).toEqual([{ code: 'unknown_band_scheme', severity: 'error', item: cut, value: 'a', message: `options.bandSchemes names unknown scale "${cut}"` }]);
    expect(issuesOf({ cutoffSchemes: { [long]: 'a' } })).toEqual([{ code: 'unknown_cutoff_scheme', severity: 'error', item: cut, value: 'a', message: `options.cutoffSchemes names unknown cut-off "${cut}"` }]);
    expect(issuesOf({ bandSchemes: { total: long } })[0]?.message).toBe(`scale "total" has no band scheme "${cut}"; the default was used`);
  });
  it('options whose reading throws: one issue naming the error', () => {
    const options = Object.defineProperty({}, 'prorate', { get() { throw new Error('no access'); } });
    expect(issuesOf(options)).toEqual([{ code: 'invalid_options', severity: 'error', message: 'reading the options failed: no access' }]);
    const thrower = Object.defineProperty({}, 'bandSchemes', { get() { throw 'plain text'; } });
    expect(issuesOf(thrower)[0]?.message).toBe('reading the options failed: plain text');
    const odd = Object.defineProperty({}, 'bandSchemes', { get() { throw 42; } });
    expect(issuesOf(odd)[0]?.message).toBe('reading the options failed: number 42');
    const noMessage = Object.defineProperty({}, 'bandSchemes', { get() { throw Object.assign(new Error(), { message: 7 }); } });
    expect(issuesOf(noMessage)[0]?.message).toBe('reading the options failed: number 7');
  });
  it('unknownKeys: "report" with options also read; a prorate option with a report of keys', () => {
    const r = score(audit, { ...full, extra: 1 } as never, { unknownKeys: 'report', prorate: true });
    expect(r.issues).toEqual([{ code: 'unknown_item', severity: 'warning', item: 'extra', message: '"extra" is not an item of audit; it was ignored' }]);
    expect(r.valid).toBe(true);
    expect(score(audit, { ...full, extra: 1 } as never, { prorate: true }).issues).toEqual([]);
  });
});

describe('score(): answers', () => {
  it.each([
    ['a string', 'nonsense', 'expected an object keyed by item id or an array in item order, got the string "nonsense"'],
    ['a long string', 'n'.repeat(50), `expected an object keyed by item id or an array in item order, got the string "${'n'.repeat(40)}…"`],
    ['a number', 3, 'expected an object keyed by item id or an array in item order, got number 3'],
    ['a boolean', false, 'expected an object keyed by item id or an array in item order, got boolean false'],
    ['a bigint', 5n, 'expected an object keyed by item id or an array in item order, got bigint 5'],
    ['null', null, 'expected an object keyed by item id or an array in item order, got null'],
    ['undefined', undefined, 'expected an object keyed by item id or an array in item order, got a value of type undefined'],
    ['a Map', new Map([['audit_1', 1]]), 'expected an object keyed by item id or an array in item order, got a value of type object'],
    ['a Date', new Date(0), 'expected an object keyed by item id or an array in item order, got a value of type object'],
    ['a function', () => 1, 'expected an object keyed by item id or an array in item order, got a value of type function'],
  ])('%s: one invalid_answers issue, every scale invalid', (_name, input, message) => {
    const r = score(audit, input as never);
    expect(r.issues).toEqual([{ code: 'invalid_answers', severity: 'error', message }]);
    expect(r.valid).toBe(false);
    expect(r.scales.mean).toEqual({ value: null, reason: 'invalid_answers', answered: 0, expected: 4, prorated: false, band: null });
  });
  it('an object without a prototype, or of a class, is read like a plain object', () => {
    const bare = Object.assign(Object.create(null) as Record<string, number>, full);
    expect(score(audit, bare as never).scales.total.value).toBe(6);
    class Answers {
      audit_1 = 3;
      audit_2 = 0;
      audit_3 = 3;
      audit_4 = 3;
    }
    expect(score(audit, new Answers() as never).scales.total).toMatchObject({ value: 12, band: { id: 'high' } });
  });
  it.each([
    [{ audit_1: '2' }, { code: 'invalid_type', item: 'audit_1', value: '2', message: 'audit_1: expected a number (one of 0, 1, 2, 3), got the string "2"' }],
    [{ audit_1: 'x'.repeat(100) }, { code: 'invalid_type', item: 'audit_1', value: `${'x'.repeat(80)}…`, message: `audit_1: expected a number (one of 0, 1, 2, 3), got the string "${'x'.repeat(40)}…"` }],
    [{ audit_1: true }, { code: 'invalid_type', item: 'audit_1', value: true, message: 'audit_1: expected a number (one of 0, 1, 2, 3), got boolean true' }],
    [{ audit_1: 2n }, { code: 'invalid_type', item: 'audit_1', value: '2n', message: 'audit_1: expected a number (one of 0, 1, 2, 3), got bigint 2' }],
    [{ audit_1: [2] }, { code: 'invalid_type', item: 'audit_1', message: 'audit_1: expected a number (one of 0, 1, 2, 3), got an array' }],
    [{ audit_1: { v: 2 } }, { code: 'invalid_type', item: 'audit_1', message: 'audit_1: expected a number (one of 0, 1, 2, 3), got a value of type object' }],
    [{ audit_1: Symbol('s') }, { code: 'invalid_type', item: 'audit_1', message: 'audit_1: expected a number (one of 0, 1, 2, 3), got a value of type symbol' }],
    [{ audit_1: Number.NaN }, { code: 'not_finite', item: 'audit_1', value: 'NaN', message: 'audit_1: NaN is not a valid answer; expected one of 0, 1, 2, 3' }],
    [{ audit_1: Number.POSITIVE_INFINITY }, { code: 'not_finite', item: 'audit_1', value: 'Infinity', message: 'audit_1: Infinity is not a valid answer; expected one of 0, 1, 2, 3' }],
    [{ audit_7: Number.NEGATIVE_INFINITY }, { code: 'not_finite', item: 'audit_7', value: '-Infinity', message: 'audit_7: -Infinity is not a valid answer; expected one of 0.1, 0.2, 0.7' }],
    [{ audit_1: 4 }, { code: 'invalid_value', item: 'audit_1', value: 4, message: 'audit_1: 4 is not an option; expected one of 0, 1, 2, 3' }],
    [{ audit_1: -1 }, { code: 'invalid_value', item: 'audit_1', value: -1, message: 'audit_1: -1 is not an option; expected one of 0, 1, 2, 3' }],
    [{ audit_1: 0.5 }, { code: 'invalid_value', item: 'audit_1', value: 0.5, message: 'audit_1: 0.5 is not an option; expected one of 0, 1, 2, 3' }],
    [{ audit_7: 0.3 }, { code: 'invalid_value', item: 'audit_7', value: 0.3, message: 'audit_7: 0.3 is not an option; expected one of 0.1, 0.2, 0.7' }],
    [{ audit_7: 1 }, { code: 'invalid_value', item: 'audit_7', value: 1, message: 'audit_7: 1 is not an option; expected one of 0.1, 0.2, 0.7' }],
    [JSON.parse('{"__proto__": 1}'), { code: 'forbidden_key', item: '__proto__', message: '"__proto__" is not allowed as an answer key' }],
    [{ constructor: 1 }, { code: 'forbidden_key', item: 'constructor', message: '"constructor" is not allowed as an answer key' }],
  ])('bad answer %#', (answers, issue) => {
    const r = score(audit, answers as never);
    expect(r.issues).toEqual([{ severity: 'error', ...issue }]);
    expect(r.valid).toBe(false);
  });
  it('an answer of −0 is the option 0; null and undefined are unanswered', () => {
    expect(score(audit, { ...full, audit_1: -0 }).scales.total.value).toBe(4);
    const r = score(audit, { ...full, audit_1: null, audit_3: undefined });
    expect(r.valid).toBe(true);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 2 });
  });
  it('options with gaps: a value between them is no option, whether the options are a dense range or far apart', () => {
    const gaps = sumOf([0, 2, 4], 1);
    expect(score(gaps, [2]).scales['total']!.value).toBe(2);
    expect(score(gaps, [4]).scales['total']!.value).toBe(4);
    for (const bad of [1, 3, 5, -2]) expect(score(gaps, [bad]).issues.map((i) => [i.code, i.value])).toEqual([['invalid_value', bad]]);
    const far = sumOf([-3, 0, 5000], 1);
    expect(score(far, [5000]).scales['total']!.value).toBe(5000);
    expect(score(far, [-3]).scales['total']!.value).toBe(-3);
    for (const bad of [1, 2500, 4999, -2, 0.5]) expect(score(far, [bad]).issues.map((i) => [i.code, i.value])).toEqual([['invalid_value', bad]]);
    const wide = sumOf([0, 1000], 1);
    expect(score(wide, [1000]).scales['total']!.value).toBe(1000);
    expect(score(wide, [999]).issues.map((i) => i.code)).toEqual(['invalid_value']);
  });
  it('an unknown key is ignored, or a warning naming the instrument (a long key cut short in the message only)', () => {
    expect(score(audit, { ...full, zzz: 1 } as never).issues).toEqual([]);
    const long = 'z'.repeat(61);
    const r = score(audit, { ...full, zzz: 1, [long]: 2 } as never, { unknownKeys: 'report' });
    expect(r.issues).toEqual([
      { code: 'unknown_item', severity: 'warning', item: 'zzz', message: '"zzz" is not an item of audit; it was ignored' },
      { code: 'unknown_item', severity: 'warning', item: long, message: `"${'z'.repeat(60)}…" is not an item of audit; it was ignored` },
    ]);
    expect(r.valid).toBe(true);
    expect(r.scales.total.value).toBe(6);
  });
  it('past 100 issues: one too_many_issues, a warning when only warnings were left out', () => {
    const keys = Object.fromEntries(Array.from({ length: 103 }, (_, i) => [`x${i}`, 1]));
    const r = score(audit, { ...full, ...keys } as never, { unknownKeys: 'report' });
    expect(r.issues).toHaveLength(101);
    expect(r.issues[100]).toEqual({ code: 'too_many_issues', severity: 'warning', message: '3 further issues were not listed' });
    expect(r.valid).toBe(true);
  });
  it('past 100 issues: an error when any error was left out, and the result is invalid', () => {
    const keys = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`x${i}`, 1]));
    const r = score(audit, { ...keys, audit_1: 9, audit_2: 9 } as never, { unknownKeys: 'report' });
    expect(r.issues).toHaveLength(101);
    expect(r.issues[99]).toMatchObject({ code: 'unknown_item', item: 'x99' });
    expect(r.issues[100]).toEqual({ code: 'too_many_issues', severity: 'error', message: '2 further issues were not listed' });
    expect(r.valid).toBe(false);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
  it('exactly 100 issues: no too_many_issues', () => {
    const keys = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`x${i}`, 1]));
    expect(score(audit, keys as never, { unknownKeys: 'report' }).issues).toHaveLength(100);
  });
});

describe('score(): answers as an array', () => {
  it('the unscored last item may be left off; any other length is wrong_length with the accepted lengths', () => {
    const nine = [2, 1, 1, 1, 2, 3, 0.7, 0.1, 0];
    expect(score(audit, nine).scales.total.value).toBe(6);
    expect(score(audit, nine.slice(0, 8)).scales.total.value).toBe(6);
    const short = score(audit, nine.slice(0, 7) as never);
    expect(short.issues).toEqual([
      { code: 'wrong_length', severity: 'error', message: 'expected an array of 8 to 9 answers in item order (audit_1 … audit_9), got 7; use null for an unanswered item' },
    ]);
    expect(short.scales.decimals).toMatchObject({ value: null, reason: 'invalid_answers', answered: 0 });
    expect(score(audit, [...nine, 1] as never).issues[0]?.message).toBe('expected an array of 8 to 9 answers in item order (audit_1 … audit_9), got 10; use null for an unanswered item');
    expect(score(sumOf([0, 1], 2), [1] as never).issues[0]?.message).toBe('expected an array of 2 answers in item order (exact_1 … exact_2), got 1; use null for an unanswered item');
  });
  it('holes and nulls are unanswered; a bad value names its item', () => {
    const r = score(audit, [2, null, 1, undefined, 2, 3, 0.7, 0.1] as never);
    expect(r.valid).toBe(true);
    expect(r.scales.mean).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 2 });
    expect(score(audit, [2, 1, 1, 1, 2, 3, 0.7, 'x'] as never).issues.map((i) => [i.code, i.item])).toEqual([['invalid_type', 'audit_8']]);
  });
  it('an array whose length cannot be read as a number is wrong_length, naming what it got', () => {
    const proxy = new Proxy([1, 1], { get: (target, key) => (key === 'length' ? 'abc' : Reflect.get(target, key)) });
    expect(score(sumOf([0, 1], 2), proxy as never).issues[0]?.message).toBe('expected an array of 2 answers in item order (exact_1 … exact_2), got the string "abc"; use null for an unanswered item');
    const huge = new Proxy([1, 1], { get: (target, key) => (key === 'length' ? 2 ** 60 : Reflect.get(target, key)) });
    expect(score(sumOf([0, 1], 2), huge as never).issues.map((i) => i.code)).toEqual(['wrong_length']);
  });
});

describe('scoreOrThrow()', () => {
  it('throws a ScoringError whose message counts and lists the errors (not the warnings), carrying the same issues', () => {
    const bad = { ...full, audit_5: 7, extra: 1 } as never;
    const expected = score(audit, bad, { unknownKeys: 'report' }).issues;
    let caught: unknown;
    try {
      scoreOrThrow(audit, bad, { unknownKeys: 'report' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoringError);
    const error = caught as ScoringError;
    expect(error.name).toBe('ScoringError');
    expect(error.instrument).toBe('audit');
    expect(error.issues).toEqual(expected);
    expect(error.message).toBe('audit: 1 invalid answer: audit_5: 7 is not an option; expected one of 0, 1, 2, 3');
    expect(() => scoreOrThrow(audit, { audit_1: 9, audit_2: 'x' } as never)).toThrow(
      'audit: 2 invalid answers: audit_1: 9 is not an option; expected one of 0, 1, 2, 3; audit_2: expected a number (one of 0, 1, 2, 3), got the string "x"',
    );
  });
  it('returns the result when there are only warnings or unanswered items', () => {
    const r = scoreOrThrow(audit, { ...full, extra: 1 } as never, { unknownKeys: 'report' });
    expect(r.issues.map((i) => i.code)).toEqual(['unknown_item']);
    expect(scoreOrThrow(audit, {}).scales.total.reason).toBe('insufficient_answers');
  });
});

describe('parseAnswers(): options', () => {
  it.each([
    [5, { code: 'invalid_options', severity: 'error', message: 'options must be an object, got number 5' }],
    [null, { code: 'invalid_options', severity: 'error', message: 'options must be an object, got null' }],
    [{ coerce: 'yes' }, { code: 'invalid_options', severity: 'error', item: 'coerce', value: 'yes', message: 'options.coerce must be true or false, got the string "yes"' }],
    [{ labels: 1 }, { code: 'invalid_options', severity: 'error', item: 'labels', value: 1, message: 'options.labels must be true or false, got number 1' }],
    [{ missing: 'NA' }, { code: 'invalid_options', severity: 'error', item: 'missing', message: 'options.missing must be an array of strings, got the string "NA"' }],
    [{ missing: [1] }, { code: 'invalid_options', severity: 'error', item: 'missing', message: 'options.missing must be an array of strings, got an array' }],
    [{ unknownKeys: 'loud' }, { code: 'invalid_options', severity: 'error', item: 'unknownKeys', value: 'loud', message: 'options.unknownKeys must be "ignore" or "report", got the string "loud"' }],
  ])('%j', (options, issue) => {
    expect(parseAnswers(audit, { audit_1: 1 }, options as never)).toEqual({ success: false, issues: [issue] });
  });
  it('options whose reading throws', () => {
    const options = Object.defineProperty({}, 'coerce', { get() { throw new Error('denied'); } });
    expect(parseAnswers(audit, { audit_1: 1 }, options as never)).toEqual({ success: false, issues: [{ code: 'invalid_options', severity: 'error', message: 'reading the options failed: denied' }] });
  });
  it('false, "ignore" and an empty missing list are accepted', () => {
    expect(parseAnswers(audit, { audit_1: 1 }, { coerce: false, labels: false, missing: [], unknownKeys: 'ignore' })).toEqual({ success: true, answers: { audit_1: 1 }, issues: [] });
  });
  it('success: every answered item with its option value, none of the unanswered, warnings kept', () => {
    const r = parseAnswers(audit, { audit_1: 0, audit_2: null, audit_7: 0.7, extra: 'x' }, { unknownKeys: 'report' });
    expect(r).toEqual({ success: true, answers: { audit_1: 0, audit_7: 0.7 }, issues: [{ code: 'unknown_item', severity: 'warning', item: 'extra', message: '"extra" is not an item of audit; it was ignored' }] });
    expect(parseAnswers(audit, [3, 0, null, 1, 2, 3, 0.1, 0.2])).toEqual({ success: true, answers: { audit_1: 3, audit_2: 0, audit_4: 1, audit_5: 2, audit_6: 3, audit_7: 0.1, audit_8: 0.2 }, issues: [] });
  });
  it('failure: the same issues as score()', () => {
    const input = { audit_1: 9, audit_2: '1', __proto__: null } as never;
    expect(parseAnswers(audit, input)).toEqual({ success: false, issues: score(audit, input).issues });
  });
});

describe('parseAnswers(): text', () => {
  const parse = (input: Record<string, unknown>, options: Parameters<typeof parseAnswers>[2]) => parseAnswers(audit, input, options);
  it.each([
    ['2', 2], [' 2 ', 2], ['2.0', 2], ['2e0', 2], ['+2', 2], ['0002', 2], ['20e-1', 2], ['2.', 2], ['0.2e1', 2], ['0.0', 0], ['-0', 0], ['0', 0], ['3', 3],
  ])('coerce reads %j as %s', (text, value) => {
    expect(parse({ audit_1: text }, { coerce: true })).toEqual({ success: true, answers: { audit_1: value }, issues: [] });
  });
  it.each([['0.7', 0.7], ['.7', 0.7], ['0.70', 0.7], ['7e-1', 0.7], ['70E-2', 0.7], [' 0.1', 0.1]])('coerce reads %j as %s for a decimal item', (text, value) => {
    expect(parse({ audit_7: text }, { coerce: true })).toEqual({ success: true, answers: { audit_7: value }, issues: [] });
  });
  it.each([
    ['7', 'audit_1: "7" is not an option; expected one of 0, 1, 2, 3 (numerals are compared exactly, never rounded)'],
    ['2.9999999999999999', 'audit_1: "2.9999999999999999" is not an option; expected one of 0, 1, 2, 3 (numerals are compared exactly, never rounded)'],
    ['1e-400', 'audit_1: "1e-400" is not an option; expected one of 0, 1, 2, 3 (numerals are compared exactly, never rounded)'],
    ['1e400', 'audit_1: "1e400" is not an option; expected one of 0, 1, 2, 3 (numerals are compared exactly, never rounded)'],
    ['2.0000000000000001', 'audit_1: "2.0000000000000001" is not an option; expected one of 0, 1, 2, 3 (numerals are compared exactly, never rounded)'],
    ['12345678901234567', 'audit_1: "12345678901234567" is not an option; expected one of 0, 1, 2, 3 (numerals are compared exactly, never rounded)'],
  ])('coerce refuses %j: invalid_value', (text, message) => {
    expect(parse({ audit_1: text }, { coerce: true })).toEqual({ success: false, issues: [{ code: 'invalid_value', severity: 'error', item: 'audit_1', value: text, message }] });
  });
  it.each(['2abc', '.', 'e5', '+', '--2', '2 2', '0x2', 'two', '1,5'])('coerce refuses %j as no numeral: invalid_type', (text) => {
    expect(parse({ audit_1: text }, { coerce: true })).toEqual({
      success: false,
      issues: [{ code: 'invalid_type', severity: 'error', item: 'audit_1', value: text, message: `audit_1: expected a numeral (one of 0, 1, 2, 3), got the string ${JSON.stringify(text)}` }],
    });
  });
  it('a long text is cut short in the message', () => {
    const text = 'y'.repeat(45);
    expect(parse({ audit_1: text }, { coerce: true })).toMatchObject({ issues: [{ message: `audit_1: expected a numeral (one of 0, 1, 2, 3), got the string "${'y'.repeat(40)}…"` }] });
  });
  it('coerce: a number stays a number; a number that is no option is invalid_value with the usual message', () => {
    expect(parse({ audit_1: 2, audit_7: 0.2 }, { coerce: true })).toEqual({ success: true, answers: { audit_1: 2, audit_7: 0.2 }, issues: [] });
    expect(parse({ audit_1: 5 }, { coerce: true })).toEqual({ success: false, issues: [{ code: 'invalid_value', severity: 'error', item: 'audit_1', value: 5, message: 'audit_1: 5 is not an option; expected one of 0, 1, 2, 3' }] });
    expect(parse({ audit_1: true }, { coerce: true })).toMatchObject({ success: false, issues: [{ code: 'invalid_type', message: 'audit_1: expected a number (one of 0, 1, 2, 3), got boolean true' }] });
  });
  it('a blank text is unanswered with coerce, labels or missing, and an invalid_type without', () => {
    for (const options of [{ coerce: true }, { labels: true }, { missing: ['NA'] }]) {
      expect(parse({ audit_1: '  ', audit_2: '' }, options)).toEqual({ success: true, answers: {}, issues: [] });
    }
    expect(parse({ audit_1: '' }, {})).toMatchObject({ success: false, issues: [{ code: 'invalid_type', message: 'audit_1: expected a number (one of 0, 1, 2, 3), got the string ""' }] });
  });
  it('missing codes: as text (trimmed), and as a number written the same way', () => {
    const options = { coerce: true, missing: ['NA', ' -99 ', '9'] };
    expect(parse({ audit_1: 'NA', audit_2: ' NA ', audit_3: -99, audit_4: '-99', audit_5: '9', audit_6: 9, audit_7: '0.1' }, options)).toEqual({ success: true, answers: { audit_7: 0.1 }, issues: [] });
    expect(parse({ audit_3: -98 }, options)).toMatchObject({ success: false, issues: [{ code: 'invalid_value', value: -98 }] });
    expect(parse({ audit_1: 'na' }, options)).toMatchObject({ success: false, issues: [{ code: 'invalid_type' }] });
  });
  it('missing codes without coerce: any other text is an invalid_type asking for a number', () => {
    expect(parse({ audit_1: 'NA', audit_2: 1 }, { missing: ['NA'] })).toEqual({ success: true, answers: { audit_2: 1 }, issues: [] });
    expect(parse({ audit_1: '2' }, { missing: ['NA'] })).toEqual({
      success: false,
      issues: [{ code: 'invalid_type', severity: 'error', item: 'audit_1', value: '2', message: 'audit_1: expected a number (one of 0, 1, 2, 3), got the string "2"' }],
    });
    expect(parse({ audit_1: '0' }, { missing: ['0'], coerce: true })).toEqual({ success: true, answers: {}, issues: [] });
  });
  it('labels: matched after normalising case, spaces, width and quotes; numerals only with coerce', () => {
    const quoted = { ...audit, responseScales: [{ ...audit.responseScales[0], options: [{ value: 0, label: 'Don’t know' }, { value: 1, label: '“Often”' }, { value: 2, label: 'Most  of the time' }, { value: 3, label: 'ＡＬＷＡＹＳ' }] }, audit.responseScales[1]] } as unknown as InstrumentDefinition;
    expect(parseAnswers(quoted, { audit_1: "don't KNOW", audit_2: ' "often" ', audit_3: 'most of   the time', audit_4: 'always', audit_7: 'C' }, { labels: true })).toEqual({
      success: true,
      answers: { audit_1: 0, audit_2: 1, audit_3: 2, audit_4: 3, audit_7: 0.7 },
      issues: [],
    });
    expect(parseAnswers(quoted, { audit_1: '2' }, { labels: true })).toEqual({
      success: false,
      issues: [{ code: 'invalid_value', severity: 'error', item: 'audit_1', value: '2', message: 'audit_1: "2" is neither an option label ("Don’t know", "“Often”", "Most  of the time", "ＡＬＷＡＹＳ") nor a value (0, 1, 2, 3)' }],
    });
    expect(parseAnswers(quoted, { audit_1: '2', audit_2: '"OFTEN"' }, { labels: true, coerce: true })).toEqual({ success: true, answers: { audit_1: 2, audit_2: 1 }, issues: [] });
    expect(parseAnswers(quoted, { audit_1: '9' }, { labels: true, coerce: true })).toMatchObject({ success: false, issues: [{ code: 'invalid_value', message: 'audit_1: "9" is not an option; expected one of 0, 1, 2, 3 (numerals are compared exactly, never rounded)' }] });
  });
  it('a label that names a value of another item is not read for this one', () => {
    expect(parse({ audit_7: 'option 1' }, { labels: true })).toMatchObject({ success: false, issues: [{ code: 'invalid_value', item: 'audit_7' }] });
    expect(parse({ audit_1: 'a' }, { labels: true })).toMatchObject({ success: false, issues: [{ code: 'invalid_value', item: 'audit_1' }] });
    expect(parse({ audit_1: 'Option 3', audit_7: 'b' }, { labels: true })).toEqual({ success: true, answers: { audit_1: 3, audit_7: 0.2 }, issues: [] });
  });
  it('the same options give the same reading each time (readers are reused), and different options a different one', () => {
    for (let i = 0; i < 70; i++) expect(parse({ audit_1: 'NA' }, { missing: ['NA', `code${i}`] })).toEqual({ success: true, answers: {}, issues: [] });
    expect(parse({ audit_1: 'NA' }, { missing: ['NA', 'code3'] })).toEqual({ success: true, answers: {}, issues: [] });
    expect(parse({ audit_1: 'NA' }, { missing: ['X'] })).toMatchObject({ success: false });
    expect(parse({ audit_1: '1' }, { coerce: true })).toEqual({ success: true, answers: { audit_1: 1 }, issues: [] });
    expect(parse({ audit_1: '1' }, { labels: true })).toMatchObject({ success: false });
  });
});
