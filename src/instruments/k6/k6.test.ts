import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { k6 } from './k6.js';

const items = ids('k6', 1, 6);

describe('k6: scoring (0–4 per item, summed 0–24; Kessler 2010 "coded 4-0 … 0-24 range")', () => {
  it('all "None of the time" is 0 and all "All of the time" is 24', () => {
    expect(score(k6, all(items, 0)).scales.total).toMatchObject({ value: 0, band: { id: 'low' } });
    expect(score(k6, all(items, 4)).scales.total).toMatchObject({ value: 24, band: { id: 'serious' } });
  });
  it('all "Some of the time" (2) is 12: moderate, one point short of serious distress', () => {
    const r = score(k6, all(items, 2));
    expect(r.scales.total).toMatchObject({ value: 12, band: { id: 'moderate' } });
    expect(r.cutoffs.serious_distress).toBe(false);
  });
  it('answers are summed as sent (no reverse keys): 2,3,2,3,2,1 → 13, serious', () => {
    const r = score(k6, [2, 3, 2, 3, 2, 1]);
    expect(r.scales.total).toMatchObject({ value: 13, band: { id: 'serious' } });
    expect(r.cutoffs.serious_distress).toBe(true);
  });
  it('the value 4 means "All of the time" (the adverse end), whatever the printed order of the options', () => {
    expect(k6.responseScales[0]!.options.find((o) => o.value === 4)!.label).toBe('All of the time');
    expect(k6.responseScales[0]!.options.find((o) => o.value === 0)!.label).toBe('None of the time');
  });
});

describe('k6: bands (0–4 low, 5–12 moderate, 13–24 serious) and the ≥ 13 cut-off, at every boundary', () => {
  it.each([
    [0, 'low', false], [4, 'low', false], [5, 'moderate', false], [6, 'moderate', false],
    [12, 'moderate', false], [13, 'serious', true], [14, 'serious', true], [24, 'serious', true],
  ] as const)('total %i → %s, serious_distress %s', (t, band, serious) => {
    const r = score(k6, withScoredSum(k6, items, t));
    expect(r.scales.total).toMatchObject({ value: t, band: { id: band } });
    expect(r.cutoffs.serious_distress).toBe(serious);
  });
  it('reports the band scheme in the provenance', () => {
    expect(score(k6, all(items, 1)).provenance.bandSchemes.total).toBe('prochaska2012');
  });
});

describe('k6: missing and invalid answers (no published missing-data rule: all six needed)', () => {
  it('five of six answered is not scored, and the cut-off is undetermined rather than negative', () => {
    const r = score(k6, { ...all(items, 4), k6_6: null });
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 5, expected: 6 });
    expect(r.cutoffs.serious_distress).toBeNull();
  });
  it('proration happens only when asked for, and is marked', () => {
    const r = score(k6, { ...all(items, 2), k6_6: null }, { prorate: true });
    expect(r.scales.total).toMatchObject({ value: 12, prorated: true });
  });
  it('a 1–5 (Australian-style) answer of 5 is invalid, not capped', () => {
    const r = score(k6, { ...all(items, 1), k6_3: 5 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_value', item: 'k6_3', value: 5 })]);
  });
});

describe('k6: licence', () => {
  it('ships the wording with the WHO 2003 notice and the Kessler 2003 citation', () => {
    expect(k6.licence.itemText).toBe(true);
    expect(k6.items.every((i) => i.text?.startsWith('During the past 30 days, about how often did you feel '))).toBe(true);
    expect(k6.licence.notice).toContain('© World Health Organization 2003');
    expect(k6.licence.notice).toContain('Arch Gen Psychiatry. 2003;60(2):184-189');
  });
});
