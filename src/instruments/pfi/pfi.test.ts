import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids } from '../../../test/support.js';
import { pfi } from './pfi.js';

const pf = ids('pfi', 1, 6);

describe('pfi', () => {
  it('WE 2,3,1,2 and ID 1,1,0,2,1,0 → WE 2.0, ID 0.833, burnout 13/10 = 1.3', () => {
    const r = score(pfi, { ...all(pf, 3), pfi_7: 2, pfi_8: 3, pfi_9: 1, pfi_10: 2, pfi_11: 1, pfi_12: 1, pfi_13: 0, pfi_14: 2, pfi_15: 1, pfi_16: 0 });
    expect(r.scales.work_exhaustion.value).toBe(2);
    expect(r.scales.interpersonal_disengagement.value).toBeCloseTo(5 / 6, 12);
    expect(r.scales.burnout.value).toBe(1.3);
    expect(r.scales.professional_fulfillment.value).toBe(3);
  });
  it('burnout is the mean of all ten items 7–16, not the mean of the two subscale means', () => {
    const r = score(pfi, { ...all(pf, 0), pfi_7: 4, pfi_8: 4, pfi_9: 4, pfi_10: 4, ...all(ids('pfi', 11, 16), 0) });
    expect(r.scales.burnout.value).toBe(1.6);
    expect(r.scales.work_exhaustion.value).toBe(4);
    expect(r.scales.interpersonal_disengagement.value).toBe(0);
  });
  it('has no cut-offs until they are verified at the source', () => {
    expect(pfi.cutoffs).toEqual([]);
    expect(score(pfi, all(ids('pfi', 1, 16), 2)).cutoffs).toEqual({});
  });
  it('each subscale needs all its items', () => {
    const r = score(pfi, { ...all(pf, 4), pfi_6: null, ...all(ids('pfi', 7, 16), 1) });
    expect(r.scales.professional_fulfillment.value).toBeNull();
    expect(r.scales.burnout.value).toBe(1);
  });
});
