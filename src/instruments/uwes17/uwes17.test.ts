import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema } from '../../schema/definition.js';
import { definitionProblems } from '../../schema/problems.js';
import { score } from '../../scoring/score.js';
import { all, ids } from '../../../test/support.js';
import { uwes17 } from './uwes17.js';

const items = ids('uwes17', 1, 17);
const n = (...nums: number[]) => nums.map((k) => `uwes17_${k}`);
const vigor = n(1, 4, 8, 12, 15, 17);
const dedication = n(2, 5, 7, 10, 13);
const absorption = n(3, 6, 9, 11, 14, 16);

// No published worked example was found; values are hand-computed from the scoring rule.
describe('uwes17: scoring (means of 0–6 answers)', () => {
  it('vigor 5s, dedication 6s, absorption 2s → 5, 6, 2; total (30 + 30 + 12) / 17', () => {
    const r = score(uwes17, { ...all(vigor, 5), ...all(dedication, 6), ...all(absorption, 2) });
    expect(r.valid).toBe(true);
    expect(r.scales.vigor.value).toBe(5);
    expect(r.scales.dedication.value).toBe(6);
    expect(r.scales.absorption.value).toBe(2);
    expect(r.scales.total.value).toBeCloseTo(72 / 17, 12);
  });
  it('answers 0,1,2,…,6,0,1,… in form order → vigor 9/6, dedication 18/5, absorption 18/6, total 45/17', () => {
    const r = score(uwes17, items.map((_, k) => (k % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6));
    // item k has answer (k−1) mod 7: vigor 1,4,8,12,15,17 → 0,3,0,4,0,2; dedication 2,5,7,10,13 → 1,4,6,2,5;
    // absorption 3,6,9,11,14,16 → 2,5,1,3,6,1.
    expect(r.scales.vigor.value).toBeCloseTo(9 / 6, 12);
    expect(r.scales.dedication.value).toBeCloseTo(18 / 5, 12);
    expect(r.scales.absorption.value).toBeCloseTo(18 / 6, 12);
    expect(r.scales.total.value).toBeCloseTo(45 / 17, 12);
  });
  it('subscale membership: vigor 1,4,8,12,15,17; dedication 2,5,7,10,13; absorption 3,6,9,11,14,16', () => {
    const members = Object.fromEntries(uwes17.scales.map((s) => [s.id, s.items]));
    expect(members).toEqual({ total: items, vigor, dedication, absorption });
    expect([...vigor, ...dedication, ...absorption].sort()).toEqual([...items].sort());
  });
  it('no reverse keys; extremes: all "Never" → 0 and all "Always" → 6 on every scale', () => {
    expect(uwes17.items.some((i) => 'reverse' in i)).toBe(false);
    for (const s of Object.values(score(uwes17, all(items, 0)).scales)) expect(s.value).toBe(0);
    for (const s of Object.values(score(uwes17, all(items, 6)).scales)) expect(s.value).toBe(6);
  });
  it('0 is a real answer ("Never"), not missing; 7 is invalid', () => {
    expect(score(uwes17, all(vigor, 0)).scales.vigor).toMatchObject({ value: 0, answered: 6 });
    const r = score(uwes17, { ...all(vigor, 3), uwes17_17: 7 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.vigor).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
});

describe('uwes17: missing data (no published rule)', () => {
  it('5 of 6 vigor items → vigor and total null; dedication and absorption scored', () => {
    const r = score(uwes17, { ...all(items, 4), uwes17_17: null });
    expect(r.scales.vigor).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 5, expected: 6 });
    expect(r.scales.total).toMatchObject({ value: null, answered: 16, expected: 17 });
    expect(r.scales.dedication.value).toBe(4);
    expect(r.scales.absorption.value).toBe(4);
  });
  it('6 of 6 → scored', () => {
    expect(score(uwes17, all(vigor, 3)).scales.vigor.value).toBe(3);
  });
});

describe('uwes17: what is not shipped', () => {
  it('no norm bands or cut-offs, no wording; commercial use needs permission', () => {
    expect(uwes17.cutoffs).toEqual([]);
    expect(uwes17.scales.every((s) => s.bandSchemes.length === 0)).toBe(true);
    expect(uwes17.items.every((i) => !('text' in i))).toBe(true);
    expect(uwes17.licence).toMatchObject({ itemText: false, commercialUseNeedsPermission: true });
  });
});

describe('uwes17: definition', () => {
  it('is valid against the schema, with every reference resolved and every rule cited', () => {
    expect(() => InstrumentDefinitionSchema.parse(uwes17)).not.toThrow();
    expect(definitionProblems(uwes17)).toEqual([]);
  });
});
