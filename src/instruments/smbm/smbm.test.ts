import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids } from '../../../test/support.js';
import { smbm } from './smbm.js';

const items = ids('smbm', 1, 14);

describe('smbm: facets and overall score (means of 1–7 items)', () => {
  it('facet key is items 1–6, 7–11 and 12–14; the overall score uses all 14', () => {
    const byId = Object.fromEntries(smbm.scales.map((s) => [s.id, s.items]));
    expect(byId.physical_fatigue).toEqual(ids('smbm', 1, 6));
    expect(byId.cognitive_weariness).toEqual(ids('smbm', 7, 11));
    expect(byId.emotional_exhaustion).toEqual(ids('smbm', 12, 14));
    expect(byId.total).toEqual(items);
  });
  it('no item is reverse-keyed', () => {
    expect(smbm.items.filter((i) => 'reverse' in i)).toEqual([]);
  });
  it('derived example (not published): 5,5,6,4,5,4 | 3,3,2,3,3 | 2,2,1 → PF 29/6, CW 2.8, EE 5/3, overall 48/14', () => {
    const r = score(smbm, [5, 5, 6, 4, 5, 4, 3, 3, 2, 3, 3, 2, 2, 1]);
    expect(r.valid).toBe(true);
    expect(r.scales.physical_fatigue.value).toBeCloseTo(29 / 6, 12);
    expect(r.scales.cognitive_weariness.value).toBeCloseTo(2.8, 12);
    expect(r.scales.emotional_exhaustion.value).toBeCloseTo(5 / 3, 12);
    expect(r.scales.total.value).toBeCloseTo(48 / 14, 12);
  });
  it('the overall score is the mean of 14 items, not the mean of the three facet means', () => {
    // PF all 7, CW all 1, EE all 1: item mean (42 + 5 + 3) / 14 = 50/14; facet-mean average would be 3.
    const r = score(smbm, { ...all(ids('smbm', 1, 6), 7), ...all(ids('smbm', 7, 14), 1) });
    expect(r.scales.total.value).toBeCloseTo(50 / 14, 12);
    expect(r.scales.total.value).not.toBeCloseTo(3, 6);
  });
  it('extremes: all "Never or almost never" → 1 everywhere; all "Always or almost always" → 7 everywhere', () => {
    const low = score(smbm, all(items, 1));
    const high = score(smbm, all(items, 7));
    for (const id of ['total', 'physical_fatigue', 'cognitive_weariness', 'emotional_exhaustion'] as const) {
      expect(low.scales[id].value).toBe(1);
      expect(high.scales[id].value).toBe(7);
    }
  });
  it('defines no cut-off and no bands (4.4 belongs to the 18-item SMBQ, not to the SMBM)', () => {
    expect(smbm.cutoffs).toEqual([]);
    expect(smbm.scales.every((s) => s.bandSchemes.length === 0)).toBe(true);
    expect(score(smbm, all(items, 5)).cutoffs).toEqual({});
  });
});

describe('smbm: missing and invalid answers (no published missing-data rule: every item required)', () => {
  it('13 of 14 answered: the overall score and the affected facet are null, the other facets are scored', () => {
    const r = score(smbm, { ...all(items, 4), smbm_14: null });
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 13, expected: 14 });
    expect(r.scales.emotional_exhaustion).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 2 });
    expect(r.scales.physical_fatigue.value).toBe(4);
    expect(r.scales.cognitive_weariness.value).toBe(4);
  });
  it('0 and 8 are not options: invalid, never treated as missing', () => {
    const r = score(smbm, { ...all(items, 4), smbm_1: 0, smbm_7: 8 } as never);
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => i.item).sort()).toEqual(['smbm_1', 'smbm_7']);
    expect(r.scales.physical_fatigue).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.scales.cognitive_weariness).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.scales.emotional_exhaustion.value).toBe(4);
  });
});
