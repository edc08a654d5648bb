/**
 * Follow-ups to the scoring mutation run (issue 19): behaviours the first tests left open.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/index.js';
import { audit } from './mutation-scoring-fixtures.js';

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
