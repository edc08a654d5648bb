/**
 * Paths of the engine that earlier tests ran without checking (found by a mutation run, issue 19):
 * scheme options together with bad answers, several flags at once, a band scheme chosen for a
 * scale other than the first, composite bookkeeping, a default scheme not listed first, option
 * values with different decimal denominators, the exact issue codes of hostile keys and values,
 * and the provenance rules and sources a result reports.
 */
import { describe, expect, it } from 'vitest';
import { definitionProblems } from '../src/schema/problems.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { score } from '../src/scoring/index.js';
import { k10, mbi, phq2, phq9 } from '../src/instruments/index.js';
import { toy, toy2 } from './fixtures.js';

/** toy with two flags, a second banded scale whose default scheme is listed second, and mixed decimal options. */
const pinned = {
  ...toy,
  id: 'pinned',
  responseScales: [
    ...toy.responseScales,
    { id: 'halves', options: [{ value: 0.5, label: 'half' }, { value: 0.25, label: 'quarter' }, { value: 0.125, label: 'eighth' }, { value: 1, label: 'one' }], sources: ['s'] },
  ],
  items: [
    ...toy.items.map((item) => ({ ...item, id: item.id.replace('toy', 'pinned') })),
    { id: 'pinned_6', number: 6, responseScale: 'halves', scored: true, topic: 'f' },
    { id: 'pinned_7', number: 7, responseScale: 'halves', scored: true, topic: 'g' },
  ],
  scales: [
    { id: 'mean3', label: 'Mean of 1–3', items: ['pinned_1', 'pinned_2', 'pinned_3'], method: { kind: 'mean' }, range: [1, 5], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [{ id: 'a', label: 'A', default: true, bands: [{ id: 'lo', label: 'Low', min: 1 }, { id: 'hi', label: 'High', min: 2.5 }], sources: ['s'] }], sources: ['s'] },
    {
      id: 'sum3', label: 'Sum of 1–3', items: ['pinned_1', 'pinned_2', 'pinned_3'], method: { kind: 'sum' }, range: [3, 15], direction: 'higher_is_worse', missing: { kind: 'all' },
      bandSchemes: [
        { id: 'coarse', label: 'Coarse', bands: [{ id: 'any', label: 'Any', min: 3 }], sources: ['s'] },
        { id: 'fine', label: 'Fine', default: true, bands: [{ id: 'low', label: 'Low', min: 3 }, { id: 'mid', label: 'Mid', min: 7 }, { id: 'top', label: 'Top', min: 12 }], sources: ['t'] },
      ],
      sources: ['s'],
    },
    { id: 'decimals', label: 'Sum of 4–5', items: ['pinned_4', 'pinned_5'], method: { kind: 'sum' }, range: [0.2, 1.4], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    { id: 'mixed', label: 'Sum of 6–7', items: ['pinned_6', 'pinned_7'], method: { kind: 'sum' }, range: [0.25, 2], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    { id: 'combo', label: 'mean3 + decimals', items: [], method: { kind: 'composite', terms: [{ scale: 'mean3', weight: 1 }, { scale: 'decimals', weight: 1 }], add: 0 }, range: [1.2, 6.4], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
  ],
  cutoffs: [
    { id: 'mixed_high', label: 'mixed ≥ 0.625', criterion: { scale: 'mixed', op: '>=', value: 0.625 }, sources: ['s'] },
    { id: 'mixed_over', label: 'mixed > 0.75', criterion: { scale: 'mixed', op: '>', value: 0.75 }, sources: ['s'] },
  ],
  flags: [
    { id: 'item3_max', label: 'item 3 = 5', item: 'pinned_3', op: '>=', value: 5, sources: ['s'] },
    { id: 'item1_max', label: 'item 1 = 5', item: 'pinned_1', op: '>=', value: 5, sources: ['s'] },
  ],
  sources: [...toy.sources, { id: 't', citation: 'A second synthetic source.' }],
} as const satisfies InstrumentDefinition;

describe('pinned: the fixture is a sound definition', () => {
  it('has no definition problems', () => expect(definitionProblems(pinned)).toEqual([]));
});

describe('pinned: scheme options never hide answer issues', () => {
  it('bandSchemes with an invalid answer: valid false, the invalid_value issue kept, the scale null', () => {
    const r = score(k10, { k10_1: 9 } as never, { bandSchemes: { total: 'primary_care' } });
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => [i.code, i.item])).toEqual([['invalid_value', 'k10_1']]);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
  it('cutoffSchemes with an invalid answer: valid false, the issue kept', () => {
    const r = score(phq2, { phq2_1: 3, phq2_2: 'x' } as never, { cutoffSchemes: { positive_screen: 'sensitive' } });
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => [i.code, i.item])).toEqual([['invalid_type', 'phq2_2']]);
    expect(r.cutoffs.positive_screen).toBeNull();
  });
  it('an unknown scheme and a bad answer: both issues, options first', () => {
    const r = score(k10, { k10_1: 0 } as never, { bandSchemes: { total: 'nope' as never } });
    expect(r.issues.map((i) => i.code)).toEqual(['unknown_band_scheme', 'invalid_value']);
  });
});

describe('pinned: flags', () => {
  it('two flags that fire are both reported, in definition order', () => {
    const r = score(pinned, { pinned_1: 5, pinned_2: 1, pinned_3: 5 });
    expect(r.flags.map((f) => [f.id, f.item, f.status])).toEqual([['item3_max', 'pinned_3', 'positive'], ['item1_max', 'pinned_1', 'positive']]);
  });
  it('one positive and one unanswered', () => {
    const r = score(pinned, { pinned_3: 5 });
    expect(r.flags.map((f) => [f.id, f.status])).toEqual([['item3_max', 'positive'], ['item1_max', 'unanswered']]);
  });
  it('neither fires', () => expect(score(pinned, { pinned_1: 4, pinned_3: 4 }).flags).toEqual([]));
});

describe('pinned: band schemes on a scale that is not the first', () => {
  const answers = { pinned_1: 4, pinned_2: 2, pinned_3: 4 }; // item 2 reversed: 4 + 4 + 4 = 12
  it('the default scheme is the one marked default, though listed second', () => {
    const r = score(pinned, answers);
    expect(r.scales.sum3.value).toBe(12);
    expect(r.scales.sum3.band).toMatchObject({ id: 'top' });
    expect(r.provenance.bandSchemes).toEqual({ mean3: 'a', sum3: 'fine', decimals: null, mixed: null, combo: null });
  });
  it('a scheme chosen for sum3 applies to sum3 and leaves mean3 alone', () => {
    const r = score(pinned, answers, { bandSchemes: { sum3: 'coarse' } });
    expect(r.scales.sum3.band).toMatchObject({ id: 'any' });
    expect(r.scales.mean3.band).toMatchObject({ id: 'hi' });
    expect(r.provenance.bandSchemes).toMatchObject({ mean3: 'a', sum3: 'coarse' });
  });
  it('the fine bands at each edge', () => {
    const sum = (a: number, b: number, c: number) => score(pinned, { pinned_1: a, pinned_2: 6 - b, pinned_3: c }).scales.sum3.band?.id;
    expect([sum(1, 1, 4), sum(1, 1, 5), sum(1, 2, 5), sum(3, 4, 4), sum(4, 4, 4), sum(5, 4, 4)]).toEqual(['low', 'mid', 'mid', 'mid', 'top', 'top']);
  });
});

describe('pinned: composite bookkeeping', () => {
  it('answered adds up over its terms', () => {
    const r = score(pinned, { pinned_1: 1, pinned_2: 1, pinned_3: 1, pinned_4: 0.1 });
    expect(r.scales.combo).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 4, prorated: false });
    expect(score(pinned, { pinned_1: 1, pinned_2: 1, pinned_3: 1, pinned_4: 0.1, pinned_5: 0.2 }).scales.combo).toMatchObject({ answered: 5 });
  });
  it('prorated when any term is prorated', () => {
    const r = score(pinned, { pinned_1: 1, pinned_2: 5, pinned_4: 0.1, pinned_5: 0.2 }, { prorate: true });
    expect(r.scales.mean3).toMatchObject({ value: 1, prorated: true });
    expect(r.scales.decimals).toMatchObject({ prorated: false });
    expect(r.scales.combo).toMatchObject({ prorated: true, answered: 4 });
    expect(r.scales.combo.value).toBeCloseTo(1.3, 12);
    expect(r.provenance.prorated).toBe(true);
  });
  it('insufficient stays insufficient; invalid wins over insufficient', () => {
    expect(score(pinned, { pinned_4: 0.1, pinned_5: 0.2 }).scales.combo.reason).toBe('insufficient_answers');
    expect(score(pinned, { pinned_1: 9, pinned_4: 0.1 }).scales.combo.reason).toBe('invalid_answers');
    expect(score(pinned, { pinned_1: 1, pinned_4: 9 }).scales.combo.reason).toBe('invalid_answers');
  });
});

describe('pinned: option values with different decimal denominators', () => {
  it.each([
    [0.5, 0.125, 0.625, true, false],
    [0.25, 0.125, 0.375, false, false],
    [0.5, 0.25, 0.75, true, false],
    [1, 0.125, 1.125, true, true],
    [0.5, 0.5, 1, true, true],
  ])('%s + %s = %s', (a, b, sum, high, over) => {
    const r = score(pinned, { pinned_6: a, pinned_7: b });
    expect(r.scales.mixed.value).toBe(sum);
    expect(r.cutoffs.mixed_high).toBe(high);
    expect(r.cutoffs.mixed_over).toBe(over);
  });
});

describe('pinned: the issue code for each kind of bad input', () => {
  it.each([
    ['__proto__ key', JSON.parse('{"__proto__": 1}'), 'forbidden_key', '__proto__'],
    ['constructor key', { constructor: 1 }, 'forbidden_key', 'constructor'],
    ['prototype key', { prototype: 1 }, 'forbidden_key', 'prototype'],
    ['a numeric string', { phq9_1: '2' }, 'invalid_type', 'phq9_1'],
    ['a boolean', { phq9_1: true }, 'invalid_type', 'phq9_1'],
    ['an object', { phq9_1: {} }, 'invalid_type', 'phq9_1'],
    ['NaN', { phq9_1: Number.NaN }, 'not_finite', 'phq9_1'],
    ['Infinity', { phq9_1: Number.POSITIVE_INFINITY }, 'not_finite', 'phq9_1'],
    ['-Infinity', { phq9_1: Number.NEGATIVE_INFINITY }, 'not_finite', 'phq9_1'],
    ['out of range', { phq9_1: 4 }, 'invalid_value', 'phq9_1'],
    ['between options', { phq9_1: 1.5 }, 'invalid_value', 'phq9_1'],
    ['negative', { phq9_1: -1 }, 'invalid_value', 'phq9_1'],
  ] as const)('%s', (_name, answers, code, item) => {
    const r = score(phq9, answers as never);
    expect(r.issues.map((i) => [i.code, i.item])).toEqual([[code, item]]);
  });
  it.each([
    ['a string', 'phq9', 'invalid_answers'],
    ['a number', 3, 'invalid_answers'],
    ['a Map', new Map([['phq9_1', 1]]), 'invalid_answers'],
    ['a short array', [1, 2], 'wrong_length'],
    ['a long array', new Array(11).fill(0), 'wrong_length'],
  ] as const)('%s as the answers', (_name, answers, code) => {
    const r = score(phq9, answers as never);
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual([code]);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
  it('a getter that throws: invalid_answers with its message, never a throw', () => {
    const answers = Object.defineProperty({}, 'phq9_1', { get() { throw new Error('boom'); }, enumerable: true });
    const r = score(phq9, answers as never);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_answers', message: expect.stringContaining('boom') })]);
  });
  it('a key that is no item: ignored, or an unknown_item warning when asked; the result stays valid', () => {
    expect(score(phq9, { phq9_11: 1 } as never).issues).toEqual([]);
    const r = score(phq9, { phq9_11: 1 } as never, { unknownKeys: 'report' });
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => [i.code, i.item, i.severity])).toEqual([['unknown_item', 'phq9_11', 'warning']]);
  });
  it('more than 100 problems: 100 issues and one too_many_issues', () => {
    const answers = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`x${i}`, 1]));
    const r = score(phq9, answers as never, { unknownKeys: 'report' });
    expect(r.issues).toHaveLength(101);
    expect(r.issues[100]).toMatchObject({ code: 'too_many_issues', message: '50 further issues were not listed' });
  });
});

describe('pinned: provenance rules and sources', () => {
  it('PHQ-9: its rule, scheme and sources, not prorated', () => {
    const p = score(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1]).provenance;
    expect(p).toMatchObject({ instrument: 'phq9', definitionVersion: phq9.version, bandSchemes: { total: 'kroenke2001' }, cutoffSchemes: {}, prorated: false });
    expect(p.rules).toEqual(['total: sum of 9 items; every item must be answered (no published missing-data rule)']);
    expect(p.sources).toEqual(['kroenke2001', 'simon2013']);
  });
  it('K10 with proration and another scheme: the package rule and the scheme’s sources', () => {
    const p = score(k10, { k10_1: 1, k10_2: 1, k10_3: 1, k10_4: 1, k10_5: 1 }, { prorate: true, bandSchemes: { total: 'primary_care' } }).provenance;
    expect(p.rules).toEqual(['total: sum of the answered items, prorated under options.prorate when at least 5 of 10 are answered (package rule, not published by the authors)']);
    expect(p.bandSchemes).toEqual({ total: 'primary_care' });
    expect(p.prorated).toBe(true);
    expect(p.sources).toContain('primary_care_bands');
    expect(new Set(p.sources).size).toBe(p.sources.length);
  });
  it('the default K10 scheme does not cite the primary-care bands', () => {
    expect(score(k10, {}).provenance.sources).not.toContain('primary_care_bands');
  });
  it('MBI with the NAM criterion: the chosen cut-off scheme is named', () => {
    const p = score(mbi, {}, { cutoffSchemes: { burnout: 'ee_and_dp_or_low_pa' } }).provenance;
    expect(p.cutoffSchemes).toEqual({ burnout: 'ee_and_dp_or_low_pa' });
    expect(score(mbi, {}).provenance.cutoffSchemes).toEqual({ burnout: 'ee_or_dp' });
  });
  it('toy2: the sensitive scheme adds its own source', () => {
    expect(score(toy2, {}).provenance.sources).not.toContain('t');
    expect(score(toy2, {}, { cutoffSchemes: { positive: 'sensitive' } }).provenance.sources).toContain('t');
  });
});
