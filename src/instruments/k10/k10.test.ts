import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { k10 } from './k10.js';

const items = ids('k10', 1, 10);
const primaryCare = { bandSchemes: { total: 'primary_care' } } as const;

describe('k10: scoring (1–5 per item, summed 10–50; ABS Table D)', () => {
  it('all "None of the time" is 10 and all "All of the time" is 50 (ABS minimum and maximum)', () => {
    expect(score(k10, all(items, 1)).scales.total).toMatchObject({ value: 10, band: { id: 'low' } });
    expect(score(k10, all(items, 5)).scales.total).toMatchObject({ value: 50, band: { id: 'very_high' } });
  });
  it('all "Some of the time" (3) is 30: very high (ABS) and severe (primary care)', () => {
    const r = score(k10, all(items, 3));
    expect(r.scales.total).toMatchObject({ value: 30, band: { id: 'very_high', scheme: 'abs' } });
    expect(r.cutoffs).toEqual({ high_distress: true, very_high_distress: true });
    expect(score(k10, all(items, 3), primaryCare).scales.total.band).toMatchObject({ id: 'severe', scheme: 'primary_care' });
  });
  it('the two schemes disagree: 2,3,2,3,3,2,3,3,2,3 → 26 is high (ABS) but moderate (primary care)', () => {
    const answers = [2, 3, 2, 3, 3, 2, 3, 3, 2, 3] as const;
    expect(score(k10, answers).scales.total).toMatchObject({ value: 26, band: { id: 'high' } });
    expect(score(k10, answers, primaryCare).scales.total).toMatchObject({ value: 26, band: { id: 'moderate' } });
  });
  it('ABS cross-check for the reversed 1997 scoring: answering 6 − v maps a total T to 60 − T, and the printed reversed groups (45–50, 39–44, 31–38, 10–30) fall in low, moderate, high, very high', () => {
    // ABS 4817.0.55.001: "Low distress - 45-50 (normally 10-15) Moderate distress - 39-44 (normally 16-21)
    // High distress - 31-38 (normally 22-29) Very high distress - 10-30 (normally 30-50)".
    const cases = [[45, 'low'], [50, 'low'], [39, 'moderate'], [44, 'moderate'], [31, 'high'], [38, 'high'], [10, 'very_high'], [30, 'very_high']] as const;
    for (const [reversed, band] of cases) {
      const reversedAnswers = withScoredSum(k10, items, reversed);
      const answers = Object.fromEntries(Object.entries(reversedAnswers).map(([id, v]) => [id, 6 - v]));
      expect(score(k10, answers).scales.total, `reversed ${reversed}`).toMatchObject({ value: 60 - reversed, band: { id: band } });
    }
  });
});

describe('k10: ABS bands (default) at every boundary', () => {
  it.each([
    [10, 'low'], [15, 'low'], [16, 'moderate'], [17, 'moderate'], [21, 'moderate'], [22, 'high'], [23, 'high'],
    [29, 'high'], [30, 'very_high'], [31, 'very_high'], [50, 'very_high'],
  ] as const)('total %i → %s', (t, band) => {
    const r = score(k10, withScoredSum(k10, items, t));
    expect(r.scales.total).toMatchObject({ value: t, band: { id: band, scheme: 'abs' } });
    expect(r.provenance.bandSchemes.total).toBe('abs');
  });
});

describe('k10: primary-care bands at every boundary', () => {
  it.each([
    [10, 'well'], [19, 'well'], [20, 'mild'], [21, 'mild'], [24, 'mild'], [25, 'moderate'], [26, 'moderate'],
    [29, 'moderate'], [30, 'severe'], [31, 'severe'], [50, 'severe'],
  ] as const)('total %i → %s', (t, band) => {
    const r = score(k10, withScoredSum(k10, items, t), primaryCare);
    expect(r.scales.total).toMatchObject({ value: t, band: { id: band, scheme: 'primary_care' } });
    expect(r.provenance.bandSchemes.total).toBe('primary_care');
  });
});

describe('k10: ABS cut-offs (high or very high ≥ 22; very high ≥ 30)', () => {
  it.each([
    [21, false, false], [22, true, false], [23, true, false], [29, true, false], [30, true, true], [31, true, true],
  ] as const)('total %i → high_distress %s, very_high_distress %s', (t, high, veryHigh) => {
    expect(score(k10, withScoredSum(k10, items, t)).cutoffs).toEqual({ high_distress: high, very_high_distress: veryHigh });
  });
});

describe('k10: missing and invalid answers (no published missing-data rule: all ten needed)', () => {
  it('nine of ten answered is not scored; the cut-offs are undetermined, not negative', () => {
    const r = score(k10, { ...all(items, 5), k10_10: null });
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 9, expected: 10, band: null });
    expect(r.cutoffs).toEqual({ high_distress: null, very_high_distress: null });
  });
  it('an answer of 0 (the US 0–4 coding) is invalid, never read as "None of the time"', () => {
    const r = score(k10, { ...all(items, 1), k10_1: 0 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_value', item: 'k10_1', value: 0 })]);
  });
});

describe('k10: items and licence', () => {
  it('keeps the Australian order: "everything was an effort" is item 8 and "so sad that nothing could cheer you up" is item 9', () => {
    expect(k10.items[7]!.text).toContain('everything was an effort');
    expect(k10.items[8]!.text).toContain('so sad that nothing could cheer you up');
  });
  it('ships the wording with the WHO 2003 notice', () => {
    expect(k10.licence.itemText).toBe(true);
    expect(k10.items.every((i) => i.text?.startsWith('In the past 4 weeks, about how often did you feel '))).toBe(true);
    expect(k10.licence.notice).toContain('© World Health Organization 2003');
  });
});
