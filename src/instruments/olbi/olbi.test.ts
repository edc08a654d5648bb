import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { ids, withScoredSum } from '../../../test/support.js';
import { olbi } from './olbi.js';

const exhaustion = ['olbi_2', 'olbi_4', 'olbi_5', 'olbi_8', 'olbi_10', 'olbi_12', 'olbi_14', 'olbi_16'];
const disengagement = ['olbi_1', 'olbi_3', 'olbi_6', 'olbi_7', 'olbi_9', 'olbi_11', 'olbi_13', 'olbi_15'];

describe('olbi', () => {
  it('acquiescent "Strongly agree" to all 16 → 2.5 on both (half the items reversed), burnout', () => {
    const r = score(olbi, ids('olbi', 1, 16).map(() => 1));
    expect(r.scales.exhaustion.value).toBe(2.5);
    expect(r.scales.disengagement.value).toBe(2.5);
    expect(r.cutoffs).toEqual({ exhaustion_high: true, disengagement_high: true, burnout: true });
  });
  it('2,2,3,2,3,3,2,2,3,3,4,2,3,2,2,3 → exhaustion 2.875 (high), disengagement 2.0 (not high), no burnout', () => {
    const r = score(olbi, [2, 2, 3, 2, 3, 3, 2, 2, 3, 3, 4, 2, 3, 2, 2, 3]);
    expect(r.scales.exhaustion.value).toBe(2.875);
    expect(r.scales.disengagement.value).toBe(2);
    expect(r.cutoffs).toEqual({ exhaustion_high: true, disengagement_high: false, burnout: false });
  });
  it('reverse keys are exactly items 2, 3, 4, 6, 8, 9, 11, 12 (5 − x)', () => {
    expect(olbi.items.filter((i) => 'reverse' in i && i.reverse).map((i) => i.number)).toEqual([2, 3, 4, 6, 8, 9, 11, 12]);
    const onlyItem2 = score(olbi, { ...withScoredSum(olbi, exhaustion, 8), olbi_2: 1 });
    expect(onlyItem2.scales.exhaustion.value).toBe((4 + 7) / 8);
  });
  it.each([
    [17, 2.125, false], [18, 2.25, true], [19, 2.375, true],
  ] as const)('exhaustion sum %i = mean %d → high %s (≥ 2.25)', (sum, mean, high) => {
    const r = score(olbi, { ...withScoredSum(olbi, exhaustion, sum), ...withScoredSum(olbi, disengagement, 8) });
    expect(r.scales.exhaustion.value).toBe(mean);
    expect(r.cutoffs.exhaustion_high).toBe(high);
    expect(r.cutoffs.burnout).toBe(false);
  });
  it.each([
    [16, 2, false], [17, 2.125, true], [18, 2.25, true],
  ] as const)('disengagement sum %i = mean %d → high %s (≥ 2.10; 2.10 itself is not reachable with 8 items)', (sum, mean, high) => {
    const r = score(olbi, { ...withScoredSum(olbi, exhaustion, 32), ...withScoredSum(olbi, disengagement, sum) });
    expect(r.scales.disengagement.value).toBe(mean);
    expect(r.cutoffs.disengagement_high).toBe(high);
    expect(r.cutoffs.burnout).toBe(high);
  });
  it('three-valued burnout: unknown exhaustion and low disengagement → false; unknown and high → null', () => {
    const low = score(olbi, withScoredSum(olbi, disengagement, 8));
    expect(low.cutoffs).toEqual({ exhaustion_high: null, disengagement_high: false, burnout: false });
    const high = score(olbi, withScoredSum(olbi, disengagement, 32));
    expect(high.cutoffs).toEqual({ exhaustion_high: null, disengagement_high: true, burnout: null });
  });
  it('ships no item wording', () => {
    expect(olbi.items.every((i) => !('text' in i))).toBe(true);
  });
});
