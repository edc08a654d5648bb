/**
 * Follow-ups to the scoring mutation run (issue 19): behaviours the first tests left open.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswers, score } from '../src/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { audit, sumOf } from './mutation-scoring-fixtures.js';

describe('parseAnswers(): options that cannot be read turn nothing on', () => {
  it('with options that are no object, text is not read as numerals or labels', () => {
    expect(parseAnswers(audit, { audit_1: '2', audit_2: 'option 1' }, 5 as never).issues.map((i) => [i.code, i.item])).toEqual([
      ['invalid_options', undefined],
      ['invalid_type', 'audit_1'],
      ['invalid_type', 'audit_2'],
    ]);
  });
  it('with options whose reading throws, the same', () => {
    const options = Object.defineProperty({}, 'coerce', { get() { throw new Error('denied'); } });
    expect(parseAnswers(audit, { audit_1: '2' }, options as never).issues.map((i) => i.code)).toEqual(['invalid_options', 'invalid_type']);
  });
});

describe('parseAnswers(): the answers object', () => {
  it('has a key for each answered item only (no key with an undefined value for the unanswered)', () => {
    const r = parseAnswers(audit, { audit_1: 2, audit_2: null, audit_7: 0.1 });
    expect(r.success).toBe(true);
    if (r.success) expect(Object.keys(r.answers)).toEqual(['audit_1', 'audit_7']);
    const none = parseAnswers(audit, {});
    if (none.success) expect(Object.keys(none.answers)).toEqual([]);
  });
});

describe('parseAnswers(): text edge cases', () => {
  it('numerals with several trailing zeros are read: "2.00", "2.000e0", "300e-2"', () => {
    expect(parseAnswers(audit, { audit_1: '2.00', audit_2: '2.000e0', audit_3: '300e-2' }, { coerce: true })).toEqual({ success: true, answers: { audit_1: 2, audit_2: 2, audit_3: 3 }, issues: [] });
  });
  it('labels: runs of spaces count as one space, but a missing space is a different label', () => {
    expect(parseAnswers(audit, { audit_1: 'option   1' }, { labels: true })).toEqual({ success: true, answers: { audit_1: 1 }, issues: [] });
    expect(parseAnswers(audit, { audit_1: 'option1' }, { labels: true })).toMatchObject({ success: false, issues: [{ code: 'invalid_value', item: 'audit_1' }] });
  });
  it('with coerce only, an option label is not read', () => {
    expect(parseAnswers(audit, { audit_1: 'option 1' }, { coerce: true })).toMatchObject({ success: false, issues: [{ code: 'invalid_type', item: 'audit_1' }] });
  });
  it('a numeral with spaces around it that is no option: invalid_value, quoted as given', () => {
    expect(parseAnswers(audit, { audit_1: ' 7 ' }, { coerce: true })).toEqual({
      success: false,
      issues: [{ code: 'invalid_value', severity: 'error', item: 'audit_1', value: ' 7 ', message: 'audit_1: " 7 " is not an option; expected one of 0, 1, 2, 3 (numerals are compared exactly, never rounded)' }],
    });
  });
  it('a text of exactly 40 characters is shown whole; of 41, cut short', () => {
    const forty = 'q'.repeat(40);
    expect(parseAnswers(audit, { audit_1: forty }, { coerce: true })).toMatchObject({ issues: [{ message: `audit_1: expected a numeral (one of 0, 1, 2, 3), got the string "${forty}"` }] });
    expect(parseAnswers(audit, { audit_1: `${forty}q` }, { coerce: true })).toMatchObject({ issues: [{ message: `audit_1: expected a numeral (one of 0, 1, 2, 3), got the string "${forty}…"` }] });
  });
  // A real inconsistency found by the mutation run (docs/mutation/scoring.md), fixed: with labels
  // and coerce, a single digit was read as a number before labels were looked at, but the same
  // digit with a space around it as a label. Options labelled "1"…"5" for values 0…4 gave
  // "1" → 1 and " 1" → 0, and "5" was refused while " 5" was 4. Labels now win in both.
  it('a digit reads the same with or without spaces around it when labels are numerals', () => {
    const base = sumOf([0, 1, 2, 3, 4], 1);
    const shifted = { ...base, responseScales: [{ id: 'r', options: [0, 1, 2, 3, 4].map((v) => ({ value: v, label: String(v + 1) })), sources: ['s'] }] } as InstrumentDefinition;
    const read = (text: string) => parseAnswers(shifted, { exact_1: text }, { labels: true, coerce: true });
    expect(read('1')).toEqual(read(' 1'));
    expect(read('5')).toEqual(read(' 5'));
    expect(read('1')).toMatchObject({ success: true, answers: { exact_1: 0 } });
    expect(read('5')).toMatchObject({ success: true, answers: { exact_1: 4 } });
  });
});

describe('score(): reading answers, edge cases', () => {
  it('an issue without an item or a value has no such keys at all', () => {
    const [issue] = score(audit, 'x' as never).issues;
    expect(issue).toStrictEqual({ code: 'invalid_answers', severity: 'error', message: 'expected an object keyed by item id or an array in item order, got the string "x"' });
    const [forbidden] = score(audit, { constructor: 1 } as never).issues;
    expect(forbidden).toStrictEqual({ code: 'forbidden_key', severity: 'error', item: 'constructor', message: '"constructor" is not allowed as an answer key' });
  });
  it('cut-offs in printed values and messages start just past the limit (80 for a value, 40 in a message, 60 for a key)', () => {
    const at80 = score(audit, { audit_1: 'v'.repeat(80) } as never).issues[0]!;
    expect(at80.value).toBe('v'.repeat(80));
    const at40 = score(audit, { audit_1: 'w'.repeat(40) } as never).issues[0]!;
    expect(at40.message).toBe(`audit_1: expected a number (one of 0, 1, 2, 3), got the string "${'w'.repeat(40)}"`);
    const key60 = 'k'.repeat(60);
    expect(score(audit, { [key60]: 1 } as never, { unknownKeys: 'report' }).issues[0]!.message).toBe(`"${key60}" is not an item of audit; it was ignored`);
  });
  it('a revoked proxy as an answer is "an object" in the message', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(score(audit, { audit_1: proxy } as never).issues).toEqual([{ code: 'invalid_type', severity: 'error', item: 'audit_1', message: 'audit_1: expected a number (one of 0, 1, 2, 3), got an object' }]);
  });
  it('an exception whose message cannot be read is named as such', () => {
    const error = new Error('x');
    Object.defineProperty(error, 'message', { get() { throw new Error('again'); } });
    const answers = Object.defineProperty({}, 'audit_1', { get() { throw error; }, enumerable: true });
    expect(score(audit, answers as never).issues).toEqual([{ code: 'invalid_answers', severity: 'error', message: 'reading the answers failed: an exception that cannot be shown' }]);
  });
  it('when reading fails part-way, nothing read before counts: every scale invalid, the flag unanswered, item cut-offs null', () => {
    const answers = { audit_1: 3, audit_2: 0, audit_3: 3, audit_4: 3, audit_6: 3 };
    Object.defineProperty(answers, 'audit_7', { get() { throw new Error('gone'); }, enumerable: true });
    const r = score(audit, answers as never);
    expect(r.issues.map((i) => i.message)).toEqual(['reading the answers failed: gone']);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers', answered: 0 });
    expect(r.flags).toEqual([{ id: 'six', item: 'audit_6', status: 'unanswered' }]);
    expect(r.cutoffs.item).toBeNull();
  });
  it('an array whose length is not a whole number is wrong_length, even between the accepted lengths', () => {
    const answers = new Proxy([2, 1, 1, 1, 2, 3, 0.7, 0.1, 0], { get: (target, key) => (key === 'length' ? 8.5 : Reflect.get(target, key)) });
    expect(score(audit, answers as never).issues.map((i) => i.code)).toEqual(['wrong_length']);
  });
  it('a missing code that reads like a boolean does not make a boolean answer missing', () => {
    expect(parseAnswers(audit, { audit_1: true }, { missing: ['true'] })).toMatchObject({ success: false, issues: [{ code: 'invalid_type', item: 'audit_1' }] });
  });
});

describe('provenance, exactly', () => {
  it('has no userSupplied key at all when no rule is the user\'s', () => {
    const p = score(sumOf([0, 1], 1), [1]).provenance;
    expect('userSupplied' in p).toBe(false);
    expect(Object.keys(p)).toEqual(['instrument', 'definitionVersion', 'packageVersion', 'rules', 'bandSchemes', 'cutoffSchemes', 'prorated', 'sources', 'evidence', 'undetermined']);
  });
  it('an evidence entry without named schemes has no scheme key at all', () => {
    const evidence = score(audit, {}).provenance.evidence;
    expect(evidence.find((e) => e.id === 'high')).toStrictEqual({ rule: 'cutoff', id: 'high', level: 'primary', sources: ['s'] });
    expect(evidence.find((e) => e.rule === 'flag')).toStrictEqual({ rule: 'flag', id: 'six', level: 'primary', sources: ['f'] });
  });
  it('a rule citing a published source first and a user-supplied one second is still named with the user\'s text', () => {
    const both = { ...audit, cutoffs: audit.cutoffs.map((c) => (c.id === 'high' ? { ...c, sources: ['s', 'u'] } : c)) } as unknown as InstrumentDefinition;
    expect(score(both, {}).provenance.userSupplied).toEqual([
      { rule: 'cut-off high', source: 'Local rule agreed by the test committee, 2025' },
      { rule: 'cut-off local', source: 'Local rule agreed by the test committee, 2025' },
    ]);
  });
});

describe('score(): follow-ups from score.ts', () => {
  it('a mean whose sum is past 2^53 is the sum over the count (3 × 3.01e15 / 3)', () => {
    const d = sumOf([0, 3.01e15], 3, 'mean');
    expect(score(d, [3.01e15, 3.01e15, 3.01e15]).scales['total']!.value).toBe(3.01e15);
    expect(score(d, [3.01e15, 3.01e15, 0]).scales['total']!.value).toBe((2 * 3.01e15) / 3);
  });
  it('a flag on the first option of an item fires (option index 0 is an answer, not a missing one)', () => {
    const base = sumOf([0, 1, 2], 1);
    const d = { ...base, flags: [{ id: 'zero', label: 'item = 0', item: 'exact_1', op: '<=', value: 0, sources: ['s'] }] } as InstrumentDefinition;
    expect(score(d, [0]).flags).toEqual([{ id: 'zero', item: 'exact_1', status: 'positive' }]);
    expect(score(d, [1]).flags).toEqual([]);
  });
});

describe('score(): follow-ups from compile.ts', () => {
  it('the cut-offs object has exactly the definition\'s cut-off ids, in order', () => {
    expect(Object.keys(score(audit, {}).cutoffs)).toEqual(['high', 'screen', 'item', 'local']);
  });
  it('a mean scale without a published rule names the package\'s proration rule for a mean', () => {
    expect(score(sumOf([0, 1], 4, 'mean'), [1, 1, null, null], { prorate: true }).provenance.rules).toEqual([
      'total: mean of the answered items, prorated under options.prorate when at least 2 of 4 are answered (package rule, not published by the authors)',
    ]);
  });
  it('negative integer options are all accepted', () => {
    const d = sumOf([-2, -1, 0, 1, 2], 2);
    expect([-2, -1, 0, 1, 2].map((v) => score(d, [v, -2]).scales['total']!.value)).toEqual([-4, -3, -2, -1, 0]);
    expect(score(d, [3, 0]).issues.map((i) => i.code)).toEqual(['invalid_value']);
  });
});
