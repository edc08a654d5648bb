import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
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
});

const burnoutItems = ids('pfi', 7, 16);
/** Answers with a fulfilment item sum of `f` (of 24) and a burnout item sum of `b` (of 40). */
const sums = (f: number, b: number) => ({ ...withScoredSum(pfi, pf, f), ...withScoredSum(pfi, burnoutItems, b) });

describe('pfi: cut-offs (named schemes, no default: single secondary, and conflicting on fulfilment)', () => {
  it('scores both cut-offs null by default and says why in provenance', () => {
    const r = score(pfi, sums(24, 40));
    expect(r.cutoffs).toEqual({ burnout: null, professional_fulfillment_high: null });
    expect(r.provenance.cutoffSchemes).toEqual({ burnout: null, professional_fulfillment_high: null });
    expect(r.provenance.undetermined.map((u) => u.id)).toEqual(['burnout', 'professional_fulfillment_high']);
    expect(r.provenance.undetermined[1]!.message).toContain('choose one of ge_3_0, gt_3_0');
    expect(r.provenance.evidence).toEqual([]);
  });
  it.each([
    [13, 1.3, false],
    [14, 1.4, true],
  ] as const)('burnout item sum %i/10 = %d → mean_1_33 %s', (sum, mean, expected) => {
    const r = score(pfi, sums(12, sum), { cutoffSchemes: { burnout: 'mean_1_33' } });
    expect(r.scales.burnout.value).toBeCloseTo(mean, 12);
    expect(r.cutoffs.burnout).toBe(expected);
  });
  it('decides ≥ 1.33 exactly where 1.33 falls between answers: 12 of 9 answered (1.333…) is burnout under proration', () => {
    const answers = { ...withScoredSum(pfi, pf, 12), ...withScoredSum(pfi, ids('pfi', 7, 15), 12), pfi_16: null };
    expect(score(pfi, answers, { cutoffSchemes: { burnout: 'mean_1_33' } }).cutoffs.burnout).toBeNull();
    const r = score(pfi, answers, { prorate: true, cutoffSchemes: { burnout: 'mean_1_33' } });
    expect(r.scales.burnout).toMatchObject({ prorated: true, answered: 9 });
    expect(r.scales.burnout.value).toBeCloseTo(12 / 9, 12);
    expect(r.cutoffs.burnout).toBe(true);
  });
  it.each([
    [17, false, false],
    [18, true, false],
    [19, true, true],
  ] as const)('fulfilment item sum %i/6: ≥ 3.0 → %s, > 3.0 → %s', (sum, ge, gt) => {
    const answers = sums(sum, 0);
    expect(score(pfi, answers).scales.professional_fulfillment.value).toBeCloseTo(sum / 6, 12);
    expect(score(pfi, answers, { cutoffSchemes: { professional_fulfillment_high: 'ge_3_0' } }).cutoffs.professional_fulfillment_high).toBe(ge);
    expect(score(pfi, answers, { cutoffSchemes: { professional_fulfillment_high: 'gt_3_0' } }).cutoffs.professional_fulfillment_high).toBe(gt);
  });
  it('reports the chosen schemes and their evidence (single secondary) in provenance', () => {
    const r = score(pfi, sums(18, 14), { cutoffSchemes: { burnout: 'mean_1_33', professional_fulfillment_high: 'ge_3_0' } });
    expect(r.provenance.cutoffSchemes).toEqual({ burnout: 'mean_1_33', professional_fulfillment_high: 'ge_3_0' });
    expect(r.provenance.undetermined).toEqual([]);
    expect(r.provenance.evidence).toEqual([
      { rule: 'cutoff', id: 'burnout', scheme: 'mean_1_33', level: 'single_secondary', sources: ['pfi_public_scorer', 'pfi_design_document'] },
      { rule: 'cutoff', id: 'professional_fulfillment_high', scheme: 'ge_3_0', level: 'single_secondary', sources: ['pfi_design_document'] },
    ]);
  });
});

describe('pfi: missing data', () => {
  it('each subscale needs all its items', () => {
    const r = score(pfi, { ...all(pf, 4), pfi_6: null, ...all(ids('pfi', 7, 16), 1) });
    expect(r.scales.professional_fulfillment.value).toBeNull();
    expect(r.scales.burnout.value).toBe(1);
  });
});
