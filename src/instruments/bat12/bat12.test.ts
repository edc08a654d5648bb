import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema } from '../../schema/definition.js';
import { definitionProblems } from '../../schema/problems.js';
import { score } from '../../scoring/score.js';
import { all, ids } from '../../../test/support.js';
import { bat23 } from '../bat23/bat23.js';
import { bat12 } from './bat12.js';

const items = ids('bat12', 1, 12);
const subscales = ['exhaustion', 'mental_distance', 'cognitive_impairment', 'emotional_impairment'] as const;

/** The BAT-23 number each BAT-12 item names in its topic. */
const bat23Numbers = bat12.items.map((i) => Number(/BAT-23 item (\d+)\)$/.exec(i.topic)![1]));

// No published worked example was found; values are hand-computed from the scoring rule.
describe('bat12: scoring (means of 1–5 answers)', () => {
  it('1,2,3 | 2,2,2 | 5,4,3 | 1,1,4 → 2, 2, 4, 2; total 30/12 = 2.5', () => {
    const r = score(bat12, [1, 2, 3, 2, 2, 2, 5, 4, 3, 1, 1, 4]);
    expect(r.valid).toBe(true);
    expect(r.scales.exhaustion.value).toBe(2);
    expect(r.scales.mental_distance.value).toBe(2);
    expect(r.scales.cognitive_impairment.value).toBe(4);
    expect(r.scales.emotional_impairment.value).toBe(2);
    expect(r.scales.total.value).toBe(2.5);
  });
  it('means of thirds are exact: 2,2,3 → 7/3', () => {
    const r = score(bat12, { bat12_1: 2, bat12_2: 2, bat12_3: 3 });
    expect(r.scales.exhaustion.value).toBeCloseTo(7 / 3, 12);
  });
  it('three items per subscale, in form order, and the total uses all twelve', () => {
    const members = Object.fromEntries(bat12.scales.map((s) => [s.id, s.items.map((i) => Number(i.split('_')[1]))]));
    expect(members).toEqual({
      total: Array.from({ length: 12 }, (_, k) => k + 1),
      exhaustion: [1, 2, 3],
      mental_distance: [4, 5, 6],
      cognitive_impairment: [7, 8, 9],
      emotional_impairment: [10, 11, 12],
    });
  });
  it('is BAT-23 items 1, 3, 4, 9, 11, 13, 14, 17, 18, 19, 20, 23, each kept in its BAT-23 subscale', () => {
    expect(bat23Numbers).toEqual([1, 3, 4, 9, 11, 13, 14, 17, 18, 19, 20, 23]);
    for (const sub of subscales) {
      const shortMembers = bat12.scales.find((s) => s.id === sub)!.items.map((id) => bat23Numbers[Number(id.split('_')[1]) - 1]);
      const longMembers = bat23.scales.find((s) => s.id === sub)!.items.map((id) => Number(id.split('_')[1]));
      for (const n of shortMembers) expect(longMembers, `${sub} item ${n}`).toContain(n);
    }
  });
  it('scores the same subscale means as BAT-23 restricted to those items', () => {
    const long = Object.fromEntries(ids('bat23', 1, 23).map((id, k) => [id, (k % 5) + 1]));
    const short = Object.fromEntries(items.map((id, k) => [id, long[`bat23_${bat23Numbers[k]}`]!]));
    const r = score(bat12, short);
    expect(r.scales.exhaustion.value).toBeCloseTo((1 + 3 + 4) / 3, 12);
    expect(r.scales.mental_distance.value).toBeCloseTo((4 + 1 + 3) / 3, 12);
    expect(r.scales.cognitive_impairment.value).toBeCloseTo((4 + 2 + 3) / 3, 12);
    expect(r.scales.emotional_impairment.value).toBeCloseTo((4 + 5 + 3) / 3, 12);
  });
  it('no reverse keys; extremes 1 and 5 on every scale', () => {
    expect(bat12.items.some((i) => 'reverse' in i)).toBe(false);
    for (const s of Object.values(score(bat12, all(items, 1)).scales)) expect(s.value).toBe(1);
    for (const s of Object.values(score(bat12, all(items, 5)).scales)) expect(s.value).toBe(5);
  });
});

describe('bat12: missing data (no published rule)', () => {
  it('2 of 3 emotional items → emotional impairment and total null; the rest scored', () => {
    const r = score(bat12, { ...all(items, 3), bat12_12: null });
    expect(r.scales.emotional_impairment).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 2, expected: 3 });
    expect(r.scales.total).toMatchObject({ value: null, answered: 11, expected: 12 });
    expect(r.scales.exhaustion.value).toBe(3);
  });
  it('3 of 3 → scored', () => {
    expect(score(bat12, { bat12_10: 2, bat12_11: 4, bat12_12: 3 }).scales.emotional_impairment.value).toBe(3);
  });
});

describe('bat12: what is not shipped', () => {
  it('no cut-offs, no bands, no wording', () => {
    expect(bat12.cutoffs).toEqual([]);
    expect(bat12.scales.every((s) => s.bandSchemes.length === 0)).toBe(true);
    expect(bat12.items.every((i) => !('text' in i))).toBe(true);
    expect(bat12.licence).toMatchObject({ itemText: false, commercialUseNeedsPermission: true });
  });
});

describe('bat12: definition', () => {
  it('is valid against the schema, with every reference resolved and every rule cited', () => {
    expect(() => InstrumentDefinitionSchema.parse(bat12)).not.toThrow();
    expect(definitionProblems(bat12)).toEqual([]);
  });
});
