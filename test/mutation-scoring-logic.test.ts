/**
 * The engine's decisions (issue 19): every comparison operator on scales, items and flags at,
 * below and above its threshold; three-valued `any` / `all`; cut-offs that refer to cut-offs whose
 * scheme the caller chose; bands that include or exclude their minimum; rule texts of derived
 * scales; and the label helpers the command line shares with `parseAnswers`. Public API only,
 * except the text reader (`textAnswers`), which the command line uses directly.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../src/index.js';
import { definitionProblems } from '../src/schema/index.js';
import type { InstrumentDefinition } from '../src/schema/types.js';
import { textAnswers } from '../src/scoring/answer-text.js';
import { sumOf } from './mutation-scoring-fixtures.js';

type Op = '>=' | '>' | '<=' | '<';
const OPS: readonly Op[] = ['>=', '>', '<=', '<'];

/** Two items on 0–4; scale `total` = their sum (0–8); a cut-off and a flag per operator at 4 (scale) and 2 (item). */
const logic = (() => {
  const base = sumOf([0, 1, 2, 3, 4], 2);
  const d = {
    ...base,
    cutoffs: [
      ...OPS.map((op, i) => ({ id: `scale_${i}`, label: `total ${op} 4`, criterion: { scale: 'total', op, value: 4 }, sources: ['s'] })),
      ...OPS.map((op, i) => ({ id: `item_${i}`, label: `item 1 ${op} 2`, criterion: { item: 'exact_1', op, value: 2 }, sources: ['s'] })),
      { id: 'any', label: 'any', criterion: { any: [{ item: 'exact_1', op: '>=', value: 3 }, { item: 'exact_2', op: '>=', value: 3 }] }, sources: ['s'] },
      { id: 'all', label: 'all', criterion: { all: [{ item: 'exact_1', op: '>=', value: 3 }, { item: 'exact_2', op: '>=', value: 3 }] }, sources: ['s'] },
      {
        id: 'screen', label: 'screen', sources: ['s'],
        schemes: [
          { id: 'low', label: 'total ≥ 2', criterion: { scale: 'total', op: '>=', value: 2 }, sources: ['s'] },
          { id: 'high', label: 'total ≥ 6', criterion: { scale: 'total', op: '>=', value: 6 }, sources: ['s'] },
        ],
      },
      { id: 'screen_and_item', label: 'screen and item 1 ≥ 1', criterion: { all: [{ cutoff: 'screen' }, { item: 'exact_1', op: '>=', value: 1 }] }, sources: ['s'] },
      { id: 'screen_or_item', label: 'screen or item 1 ≥ 4', criterion: { any: [{ cutoff: 'screen' }, { item: 'exact_1', op: '>=', value: 4 }] }, sources: ['s'] },
    ],
    flags: OPS.map((op, i) => ({ id: `flag_${i}`, label: `item 2 ${op} 2`, item: 'exact_2', op, value: 2, sources: ['s'] })),
    scales: [
      {
        ...base.scales[0]!,
        range: [0, 8],
        bandSchemes: [
          { id: 'edges', label: 'Edges', default: true, bands: [{ id: 'from0', label: 'From 0', min: 0 }, { id: 'from4', label: 'From 4', min: 4 }, { id: 'over6', label: 'Over 6', min: 6, minExclusive: true }], sources: ['s'] },
        ],
      },
      { id: 'half', label: 'total × 0.5', items: [], method: { kind: 'linear', of: 'total', multiply: 0.5, add: 0 }, range: [0, 4], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [{ id: 'h', label: 'H', default: true, bands: [{ id: 'h0', label: 'H0', min: 0 }, { id: 'h1', label: 'Over 1.5', min: 1.5, minExclusive: true }, { id: 'h2', label: 'From 2.5', min: 2.5 }], sources: ['s'] }], sources: ['s'] },
      { id: 'quarter', label: 'half × 0.5', items: [], method: { kind: 'linear', of: 'half', multiply: 0.5, add: 0 }, range: [0, 2], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
      { id: 'sum2', label: 'total + quarter', items: [], method: { kind: 'composite', terms: [{ scale: 'total', weight: 1 }, { scale: 'quarter', weight: 2 }], add: 0 }, range: [0, 12], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
      { id: 'table', label: 'table of quarter', items: [], method: { kind: 'lookup', of: 'quarter', table: [[0, 10], [0.25, 11], [0.5, 12], [0.75, 13], [1, 14], [1.25, 15], [1.5, 16], [1.75, 17], [2, 18]] }, range: [10, 18], direction: 'higher_is_worse', missing: { kind: 'all' }, bandSchemes: [], sources: ['s'] },
    ],
  };
  return d as unknown as InstrumentDefinition;
})();

const at = (a: number, b: number, options?: object) => score(logic, [a, b], options as never);

describe('the logic fixture', () => {
  it('is a sound definition', () => expect(definitionProblems(logic)).toEqual([]));
});

describe('comparison operators', () => {
  it.each([
    [1, 2, [false, false, true, true]],
    [2, 2, [true, false, true, false]],
    [3, 2, [true, true, false, false]],
  ])('scale total = %s + %s against 4: >=, >, <=, <', (a, b, expected) => {
    const r = at(a, b);
    expect(OPS.map((_, i) => r.cutoffs[`scale_${i}`])).toEqual(expected);
  });
  it.each([
    [1, [false, false, true, true]],
    [2, [true, false, true, false]],
    [3, [true, true, false, false]],
  ])('item 1 = %s against 2: >=, >, <=, <', (a, expected) => {
    const r = at(a, 0);
    expect(OPS.map((_, i) => r.cutoffs[`item_${i}`])).toEqual(expected);
  });
  it.each([
    [1, ['flag_2', 'flag_3']],
    [2, ['flag_0', 'flag_2']],
    [3, ['flag_0', 'flag_1']],
  ])('flags on item 2 = %s: those whose condition holds, in definition order', (b, fired) => {
    const r = at(0, b);
    expect(r.flags).toEqual(fired.map((id) => ({ id, item: 'exact_2', status: 'positive' })));
  });
  it('unanswered: every item cut-off and every flag is undetermined', () => {
    const r = score(logic, { exact_2: 1 });
    expect(OPS.map((_, i) => r.cutoffs[`item_${i}`])).toEqual([null, null, null, null]);
    expect(OPS.map((_, i) => r.cutoffs[`scale_${i}`])).toEqual([null, null, null, null]);
    expect(score(logic, {}).flags.map((f) => [f.id, f.status])).toEqual(OPS.map((_, i) => [`flag_${i}`, 'unanswered']));
  });
});

describe('three-valued any and all', () => {
  it.each([
    [{ exact_1: 3, exact_2: 3 }, true, true],
    [{ exact_1: 3, exact_2: 0 }, true, false],
    [{ exact_1: 0, exact_2: 0 }, false, false],
    [{ exact_1: 3 }, true, null],
    [{ exact_2: 3 }, true, null],
    [{ exact_1: 0 }, null, false],
    [{ exact_2: 0 }, null, false],
    [{}, null, null],
  ])('%j: any %s, all %s', (answers, any, all) => {
    const r = score(logic, answers as never);
    expect([r.cutoffs.any, r.cutoffs.all]).toEqual([any, all]);
  });
});

describe('cut-offs that refer to a cut-off without a default scheme', () => {
  it('undetermined unless a scheme is chosen; then the chosen scheme decides them', () => {
    expect(at(2, 1).cutoffs).toMatchObject({ screen: null, screen_and_item: null, screen_or_item: null });
    expect(at(0, 1).cutoffs).toMatchObject({ screen: null, screen_and_item: false, screen_or_item: null });
    expect(at(4, 0).cutoffs).toMatchObject({ screen: null, screen_or_item: true });
    expect(at(2, 1, { cutoffSchemes: { screen: 'low' } }).cutoffs).toMatchObject({ screen: true, screen_and_item: true, screen_or_item: true });
    expect(at(2, 1, { cutoffSchemes: { screen: 'high' } }).cutoffs).toMatchObject({ screen: false, screen_and_item: false, screen_or_item: false });
    expect(at(4, 3, { cutoffSchemes: { screen: 'high' } }).cutoffs).toMatchObject({ screen: true, screen_and_item: true, screen_or_item: true });
  });
});

describe('bands', () => {
  it.each([
    [0, 0, 'from0', 'h0'],
    [2, 1, 'from0', 'h0'],
    [3, 0, 'from0', 'h0'],
    [2, 2, 'from4', 'h1'],
    [3, 1, 'from4', 'h1'],
    [3, 2, 'from4', 'h2'],
    [3, 3, 'from4', 'h2'],
    [4, 3, 'over6', 'h2'],
    [4, 4, 'over6', 'h2'],
  ])('total %s + %s: %s; half of it: %s', (a, b, band, halfBand) => {
    const r = at(a, b);
    expect(r.scales.total?.band?.id).toBe(band);
    expect(r.scales.half?.band?.id).toBe(halfBand);
  });
  it('half of 3 is exactly at an excluded minimum of 1.5; half of 5 is exactly at an included 2.5', () => {
    expect(at(2, 1).scales.half).toMatchObject({ value: 1.5, band: { id: 'h0' } });
    expect(at(3, 2).scales.half).toMatchObject({ value: 2.5, band: { id: 'h2' } });
  });
});

describe('derived scales', () => {
  it('a linear of a linear, a composite without a constant and a table of a derived scale', () => {
    const r = at(3, 2);
    expect(r.scales.quarter).toEqual({ value: 1.25, answered: 2, expected: 2, prorated: false, band: null });
    expect(r.scales.sum2).toEqual({ value: 7.5, answered: 4, expected: 4, prorated: false, band: null });
    expect(r.scales.table).toEqual({ value: 15, answered: 2, expected: 2, prorated: false, band: null });
  });
  it('their rules say what they derive from, without a "+ 0"', () => {
    expect(at(0, 0).provenance.rules).toEqual([
      'total: sum of 2 items; every item must be answered (no published missing-data rule)',
      'half: total × 0.5; scored when total is scored',
      'quarter: half × 0.5; scored when half is scored',
      'sum2: 1 × total + 2 × quarter; scored when every term is scored',
      'table: conversion table from quarter; scored when quarter is scored',
    ]);
  });
  it('a prorated value between table rows is no value; an unprorated one missing from the table is a gap (invalid)', () => {
    const r = score(logic, [3, null], { prorate: true });
    expect(r.scales.total).toMatchObject({ value: 6, prorated: true });
    expect(r.scales.quarter).toMatchObject({ value: 1.5, prorated: true });
    expect(r.scales.table).toMatchObject({ value: 16, prorated: true });
    const gap = { ...logic, scales: logic.scales.map((s) => (s.id === 'table' ? { ...s, method: { kind: 'lookup', of: 'quarter', table: [[0, 10]] } } : s)) } as unknown as InstrumentDefinition;
    expect(score(gap, [1, 0]).scales['table']).toEqual({ value: null, reason: 'invalid_answers', answered: 2, expected: 2, prorated: false, band: null });
    expect(score(gap, [0, 0]).scales['table']).toMatchObject({ value: 10 });
    expect(score(gap, [1, null], { prorate: true }).scales['table']).toEqual({ value: null, reason: 'insufficient_answers', answered: 1, expected: 2, prorated: true, band: null });
  });
});

describe('the text reader the command line shares with parseAnswers', () => {
  const quoted = {
    ...sumOf([0, 1], 2),
    responseScales: [{ id: 'r', options: [{ value: 0, label: 'Never' }, { value: 1, label: '“Quite  often”' }], sources: ['s'] }],
  } as InstrumentDefinition;
  // Built inside each test: a reader built while tests are collected would not count as covered.
  const readerOf = () => textAnswers(quoted, { numbers: true, labels: true, missing: ['NA'] });
  it('lists an item\'s labels as printed and recognises a label however it is cased, spaced or quoted', () => {
    const reader = readerOf();
    expect(reader.labelsOf(1)).toEqual(['Never', '“Quite  often”']);
    expect(reader.isLabel(0, ' NEVER ')).toBe(true);
    expect(reader.isLabel(1, '"quite often"')).toBe(true);
    expect(reader.isLabel(1, 'often')).toBe(false);
    expect(reader.isLabel(0, '0')).toBe(false);
  });
  it('reads digits, numerals, labels and missing codes; refuses the rest', () => {
    const reader = readerOf();
    expect([reader.read(0, '1'), reader.read(0, '7'), reader.read(0, ' 1.0 '), reader.read(0, 'never'), reader.read(0, 'NA'), reader.read(0, ' '), reader.read(0, 'x')]).toEqual([1, 7, 1, 0, null, null, undefined]);
    expect([reader.isMissingNumber(0), textAnswers(quoted, { numbers: true, labels: false, missing: ['0'] }).isMissingNumber(0), textAnswers(quoted, { numbers: true, labels: false, missing: [] }).isMissingNumber(0)]).toEqual([false, true, false]);
    const labelsOnly = textAnswers(quoted, { numbers: false, labels: true, missing: [] });
    expect([labelsOnly.read(0, '1'), labelsOnly.read(0, 'Never')]).toEqual([undefined, 0]);
    expect(textAnswers(quoted, { numbers: true, labels: false, missing: ['5'] }).read(0, '5')).toBeNull();
  });
});
