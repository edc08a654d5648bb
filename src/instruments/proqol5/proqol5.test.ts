import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { proqol5 } from './proqol5.js';

const everyItem = ids('proqol5', 1, 30);
const cs = ['proqol5_3', 'proqol5_6', 'proqol5_12', 'proqol5_16', 'proqol5_18', 'proqol5_20', 'proqol5_22', 'proqol5_24', 'proqol5_27', 'proqol5_30'];
const bo = ['proqol5_1', 'proqol5_4', 'proqol5_8', 'proqol5_10', 'proqol5_15', 'proqol5_17', 'proqol5_19', 'proqol5_21', 'proqol5_26', 'proqol5_29'];
const sts = ['proqol5_2', 'proqol5_5', 'proqol5_7', 'proqol5_9', 'proqol5_11', 'proqol5_13', 'proqol5_14', 'proqol5_23', 'proqol5_25', 'proqol5_28'];
const reversed = ['proqol5_1', 'proqol5_4', 'proqol5_15', 'proqol5_17', 'proqol5_29'];

describe('proqol5: structure (self-score key)', () => {
  it('three disjoint 10-item scales cover all 30 items', () => {
    expect([...cs, ...bo, ...sts].sort()).toEqual([...everyItem].sort());
    expect(proqol5.scales.map((s) => s.items.length)).toEqual([10, 10, 10]);
  });
  it('reverse-keys exactly items 1, 4, 15, 17 and 29, all on the burnout scale', () => {
    expect(proqol5.items.filter((i) => 'reverse' in i && i.reverse).map((i) => i.id)).toEqual(reversed);
    expect(reversed.every((id) => bo.includes(id))).toBe(true);
  });
  it('ships the wording of every item with the ProQOL notice', () => {
    expect(proqol5.items.every((i) => typeof i.text === 'string' && i.text.length > 0)).toBe(true);
    expect(proqol5.licence.itemText).toBe(true);
    expect(proqol5.licence.notice).toContain('(c) it is not sold');
  });
});

describe('proqol5: constant answers (derived from the self-score key)', () => {
  it.each([
    [1, 10, 30, 10],
    [3, 30, 30, 30],
    [5, 50, 30, 50],
  ] as const)('every item %i → compassion satisfaction %i, burnout %i (five reversed items), STS %i', (value, c, b, s) => {
    const r = score(proqol5, all(everyItem, value));
    expect(r.scales.compassion_satisfaction.value).toBe(c);
    expect(r.scales.burnout.value).toBe(b);
    expect(r.scales.secondary_traumatic_stress.value).toBe(s);
  });
  it('all "Very Often" bands compassion satisfaction high, burnout moderate, STS high', () => {
    const r = score(proqol5, all(everyItem, 5));
    expect([r.scales.compassion_satisfaction.band?.id, r.scales.burnout.band?.id, r.scales.secondary_traumatic_stress.band?.id]).toEqual(['high', 'moderate', 'high']);
  });
});

describe('proqol5: reverse keys', () => {
  it('"Never" on the five reversed items scores 5 each: burnout = 25 + 5 × 1 = 30 when the others are "Never"', () => {
    const r = score(proqol5, all(bo, 1));
    expect(r.scales.burnout.value).toBe(5 * 5 + 5 * 1);
  });
  it('burnout extremes: 10 needs "Very Often" on 1, 4, 15, 17, 29 and "Never" elsewhere; 50 the opposite', () => {
    const low = Object.fromEntries(bo.map((id) => [id, reversed.includes(id) ? 5 : 1]));
    const high = Object.fromEntries(bo.map((id) => [id, reversed.includes(id) ? 1 : 5]));
    expect(score(proqol5, low).scales.burnout).toMatchObject({ value: 10, band: { id: 'low' } });
    expect(score(proqol5, high).scales.burnout).toMatchObject({ value: 50, band: { id: 'high' } });
  });
  it('a worked burnout example: 1=4 (→2), 4=2 (→4), 8=3, 10=2, 15=5 (→1), 17=1 (→5), 19=4, 21=5, 26=3, 29=3 (→3) → 32, moderate', () => {
    const r = score(proqol5, { proqol5_1: 4, proqol5_4: 2, proqol5_8: 3, proqol5_10: 2, proqol5_15: 5, proqol5_17: 1, proqol5_19: 4, proqol5_21: 5, proqol5_26: 3, proqol5_29: 3 });
    expect(r.scales.burnout).toMatchObject({ value: 32, band: { id: 'moderate' } });
  });
  it('the reversed items do not touch compassion satisfaction or STS', () => {
    const base = all(everyItem, 3);
    const r = score(proqol5, { ...base, ...all(reversed, 1) });
    expect(r.scales.compassion_satisfaction.value).toBe(30);
    expect(r.scales.secondary_traumatic_stress.value).toBe(30);
    expect(r.scales.burnout.value).toBe(30 + 5 * 2);
  });
});

describe('proqol5: self-score bands (≤ 22 low, 23–41 moderate, ≥ 42 high) on every scale', () => {
  const scales = [
    ['compassion_satisfaction', cs],
    ['burnout', bo],
    ['secondary_traumatic_stress', sts],
  ] as const;
  it.each(scales.flatMap(([scale, items]) =>
    ([[21, 'low'], [22, 'low'], [23, 'moderate'], [41, 'moderate'], [42, 'high'], [43, 'high']] as const).map(([sum, band]) => [scale, sum, band, items] as const),
  ))('%s sum %i → %s', (scale, sum, band, items) => {
    const r = score(proqol5, withScoredSum(proqol5, items, sum));
    expect(r.scales[scale].value).toBe(sum);
    expect(r.scales[scale].band?.id).toBe(band);
  });
});

describe('proqol5: missing answers (no published rule: every item of a scale is needed)', () => {
  it('one unanswered burnout item leaves burnout null and the other scales scored', () => {
    const r = score(proqol5, { ...all(everyItem, 3), proqol5_29: null });
    expect(r.scales.burnout).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 9, expected: 10 });
    expect(r.scales.compassion_satisfaction.value).toBe(30);
    expect(r.scales.secondary_traumatic_stress.value).toBe(30);
  });
  it('an out-of-range answer is invalid, not missing', () => {
    const r = score(proqol5, { ...all(everyItem, 3), proqol5_2: 0 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.secondary_traumatic_stress).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
});
