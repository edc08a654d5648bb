import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema } from '../../schema/definition.js';
import { definitionProblems } from '../../schema/problems.js';
import { score } from '../../scoring/score.js';
import { all, ids } from '../../../test/support.js';
import { bat23 } from './bat23.js';

const ex = ids('bat23', 1, 8);
const md = ids('bat23', 9, 13);
const ci = ids('bat23', 14, 18);
const ei = ids('bat23', 19, 23);
const core = [...ex, ...md, ...ci, ...ei];

// No published worked example was found; these are hand-computed from the scoring rule
// (mean of the 1–5 answers per subscale, and of all 23 items for the total).
describe('bat23: scoring (means of 1–5 answers)', () => {
  it('exhaustion 4s, mental distance 2s, cognitive 3s, emotional 1s → 4, 2, 3, 1; total 54/23', () => {
    const r = score(bat23, { ...all(ex, 4), ...all(md, 2), ...all(ci, 3), ...all(ei, 1) });
    expect(r.valid).toBe(true);
    expect(r.scales.exhaustion.value).toBe(4);
    expect(r.scales.mental_distance.value).toBe(2);
    expect(r.scales.cognitive_impairment.value).toBe(3);
    expect(r.scales.emotional_impairment.value).toBe(1);
    expect(r.scales.total.value).toBeCloseTo((8 * 4 + 5 * 2 + 5 * 3 + 5 * 1) / 23, 12);
  });
  it('the total is the mean of the 23 items, not the mean of the four subscale means', () => {
    const r = score(bat23, { ...all(ex, 5), ...all([...md, ...ci, ...ei], 1) });
    expect(r.scales.total.value).toBeCloseTo(55 / 23, 12); // (8×5 + 15×1) / 23 ≈ 2.391
    expect(r.scales.total.value).not.toBeCloseTo((5 + 1 + 1 + 1) / 4, 3); // 2.0 would be the mean of means
  });
  it('a mixed exhaustion pattern 1,2,3,4,5,1,2,3 → 21/8 = 2.625', () => {
    const answers = Object.fromEntries(ex.map((id, k) => [id, [1, 2, 3, 4, 5, 1, 2, 3][k]!]));
    expect(score(bat23, answers).scales.exhaustion.value).toBe(2.625);
  });
  it('subscale membership is exactly 1–8, 9–13, 14–18, 19–23, and the total uses all 23', () => {
    const members = Object.fromEntries(bat23.scales.map((s) => [s.id, s.items.map((i) => Number(i.split('_')[1]))]));
    expect(members).toEqual({
      total: Array.from({ length: 23 }, (_, k) => k + 1),
      exhaustion: [1, 2, 3, 4, 5, 6, 7, 8],
      mental_distance: [9, 10, 11, 12, 13],
      cognitive_impairment: [14, 15, 16, 17, 18],
      emotional_impairment: [19, 20, 21, 22, 23],
    });
  });
  it('has no reverse-keyed items: "Always" everywhere scores 5 on every scale', () => {
    expect(bat23.items.some((i) => 'reverse' in i)).toBe(false);
    const r = score(bat23, all(core, 5));
    for (const s of Object.values(r.scales)) expect(s.value).toBe(5);
  });
  it('extremes: all "Never" → 1 on every scale; all "Always" → 5', () => {
    for (const s of Object.values(score(bat23, all(core, 1)).scales)) expect(s.value).toBe(1);
    for (const s of Object.values(score(bat23, core.map(() => 5)).scales)) expect(s.value).toBe(5);
  });
  it('0 and 6 are not options: the answer is invalid, not missing', () => {
    const r = score(bat23, { ...all(core, 3), bat23_1: 0, bat23_9: 6 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.exhaustion).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.scales.mental_distance).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.scales.cognitive_impairment.value).toBe(3);
  });
});

describe('bat23: missing data (no published rule, so every item of a scale is needed)', () => {
  it('one exhaustion item unanswered → exhaustion and total are null; the other subscales are scored', () => {
    const r = score(bat23, { ...all(core, 2), bat23_8: null });
    expect(r.scales.exhaustion).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 7, expected: 8 });
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 22, expected: 23 });
    expect(r.scales.mental_distance.value).toBe(2);
    expect(r.scales.cognitive_impairment.value).toBe(2);
    expect(r.scales.emotional_impairment.value).toBe(2);
  });
  it('all 5 emotional items answered (and nothing else) → emotional impairment only', () => {
    const r = score(bat23, all(ei, 4));
    expect(r.scales.emotional_impairment).toMatchObject({ value: 4, answered: 5, prorated: false });
    expect(r.scales.total.value).toBeNull();
  });
  it('prorating is opt-in and marked: 4 of 5 mental-distance items under options.prorate', () => {
    const answers = { ...all(md.slice(0, 4), 3) };
    expect(score(bat23, answers).scales.mental_distance.value).toBeNull();
    expect(score(bat23, answers, { prorate: true }).scales.mental_distance).toMatchObject({ value: 3, prorated: true });
  });
});

describe('bat23: what is not shipped', () => {
  it('has no cut-offs or bands until they are read at the source', () => {
    expect(bat23.cutoffs).toEqual([]);
    expect(bat23.scales.every((s) => s.bandSchemes.length === 0)).toBe(true);
    const r = score(bat23, all(core, 5));
    expect(r.cutoffs).toEqual({});
    for (const s of Object.values(r.scales)) expect(s.band).toBeNull();
  });
  it('ships no item wording and needs permission for commercial use', () => {
    expect(bat23.items.every((i) => !('text' in i))).toBe(true);
    expect(bat23.licence).toMatchObject({ itemText: false, commercialUseNeedsPermission: true });
  });
  it('has exactly the 23 core items (no secondary-symptom items)', () => {
    expect(bat23.items.map((i) => i.number)).toEqual(Array.from({ length: 23 }, (_, k) => k + 1));
  });
});

describe('bat23: definition', () => {
  it('is valid against the schema, with every reference resolved and every rule cited', () => {
    expect(() => InstrumentDefinitionSchema.parse(bat23)).not.toThrow();
    expect(definitionProblems(bat23)).toEqual([]);
  });
});
