import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema } from '../../schema/definition.js';
import { definitionProblems } from '../../schema/problems.js';
import { score } from '../../scoring/score.js';
import { all, ids } from '../../../test/support.js';
import { uwes17 } from '../uwes17/uwes17.js';
import { uwes9 } from './uwes9.js';

const items = ids('uwes9', 1, 9);

/** The UWES-17 number each UWES-9 item names in its topic. */
const uwes17Numbers = uwes9.items.map((i) => Number(/UWES-17 item (\d+)\)$/.exec(i.topic)![1]));

// No published worked example was found; values are hand-computed from the scoring rule.
describe('uwes9: scoring (means of 0–6 answers)', () => {
  it('answers 6,5,4,3,2,1,0,1,2 → vigor (6+5+2)/3, dedication (4+3+0)/3, absorption (1+1+2)/3, total 24/9', () => {
    const r = score(uwes9, [6, 5, 4, 3, 2, 1, 0, 1, 2]);
    expect(r.valid).toBe(true);
    expect(r.scales.vigor.value).toBeCloseTo(13 / 3, 12);
    expect(r.scales.dedication.value).toBeCloseTo(7 / 3, 12);
    expect(r.scales.absorption.value).toBeCloseTo(4 / 3, 12);
    expect(r.scales.total.value).toBeCloseTo(24 / 9, 12);
  });
  it('subscale membership on the UWES-9 form: vigor 1, 2, 5; dedication 3, 4, 7; absorption 6, 8, 9', () => {
    const members = Object.fromEntries(uwes9.scales.map((s) => [s.id, s.items.map((i) => Number(i.split('_')[1]))]));
    expect(members).toEqual({ total: [1, 2, 3, 4, 5, 6, 7, 8, 9], vigor: [1, 2, 5], dedication: [3, 4, 7], absorption: [6, 8, 9] });
  });
  it('is UWES-17 items 1, 4, 5, 7, 8, 9, 10, 11, 14, each kept in its UWES-17 subscale', () => {
    expect(uwes17Numbers).toEqual([1, 4, 5, 7, 8, 9, 10, 11, 14]);
    for (const id of ['vigor', 'dedication', 'absorption'] as const) {
      const short = uwes9.scales.find((s) => s.id === id)!.items.map((i) => uwes17Numbers[Number(i.split('_')[1]) - 1]);
      const long = uwes17.scales.find((s) => s.id === id)!.items.map((i) => Number(i.split('_')[1]));
      for (const k of short) expect(long, `${id} item ${k}`).toContain(k);
    }
  });
  it('is not the first nine UWES-17 items (a common implementation error)', () => {
    expect(uwes17Numbers).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const r = score(uwes9, { ...all(items, 0), uwes9_3: 6, uwes9_4: 6, uwes9_7: 6 });
    expect(r.scales.dedication.value).toBe(6);
    expect(r.scales.vigor.value).toBe(0);
    expect(r.scales.absorption.value).toBe(0);
  });
  it('no reverse keys; extremes 0 and 6 on every scale', () => {
    expect(uwes9.items.some((i) => 'reverse' in i)).toBe(false);
    for (const s of Object.values(score(uwes9, all(items, 0)).scales)) expect(s.value).toBe(0);
    for (const s of Object.values(score(uwes9, all(items, 6)).scales)) expect(s.value).toBe(6);
  });
});

describe('uwes9: missing data (no published rule)', () => {
  it('2 of 3 absorption items → absorption and total null; vigor and dedication scored', () => {
    const r = score(uwes9, { ...all(items, 5), uwes9_9: null });
    expect(r.scales.absorption).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 2, expected: 3 });
    expect(r.scales.total).toMatchObject({ value: null, answered: 8, expected: 9 });
    expect(r.scales.vigor.value).toBe(5);
    expect(r.scales.dedication.value).toBe(5);
  });
  it('3 of 3 → scored; under options.prorate 2 of 3 is prorated and marked', () => {
    expect(score(uwes9, { uwes9_6: 1, uwes9_8: 2, uwes9_9: 3 }).scales.absorption.value).toBe(2);
    expect(score(uwes9, { uwes9_6: 1, uwes9_8: 3 }, { prorate: true }).scales.absorption).toMatchObject({ value: 2, prorated: true });
  });
});

describe('uwes9: what is not shipped', () => {
  it('no norm bands or cut-offs, no wording; commercial use needs permission', () => {
    expect(uwes9.cutoffs).toEqual([]);
    expect(uwes9.scales.every((s) => s.bandSchemes.length === 0)).toBe(true);
    expect(uwes9.items.every((i) => !('text' in i))).toBe(true);
    expect(uwes9.licence).toMatchObject({ itemText: false, commercialUseNeedsPermission: true });
  });
});

describe('uwes9: definition', () => {
  it('is valid against the schema, with every reference resolved and every rule cited', () => {
    expect(() => InstrumentDefinitionSchema.parse(uwes9)).not.toThrow();
    expect(definitionProblems(uwes9)).toEqual([]);
  });
});
