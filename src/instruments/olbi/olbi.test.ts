import { describe, expect, it } from 'vitest';
import type { AnswersInput, ScoreOptions } from '../../schema/result.js';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { olbi } from './olbi.js';

/** The named schemes these tests exercise: none is a default (their evidence is single secondary), so each is chosen. */
const chosen = { cutoffSchemes: { exhaustion_high: 'peterson', disengagement_high: 'peterson', burnout: 'peterson' } } as const;
const scoreChosen = (answers: AnswersInput<typeof olbi>, options: ScoreOptions<typeof olbi> = {}) => score(olbi, answers, { ...chosen, ...options });

const exhaustion = ['olbi_2', 'olbi_4', 'olbi_5', 'olbi_8', 'olbi_10', 'olbi_12', 'olbi_14', 'olbi_16'];
const disengagement = ['olbi_1', 'olbi_3', 'olbi_6', 'olbi_7', 'olbi_9', 'olbi_11', 'olbi_13', 'olbi_15'];

describe('olbi', () => {
  it('acquiescent "Strongly agree" to all 16 → 2.5 on both (half the items reversed), burnout', () => {
    const r = scoreChosen(ids('olbi', 1, 16).map(() => 1));
    expect(r.scales.exhaustion.value).toBe(2.5);
    expect(r.scales.disengagement.value).toBe(2.5);
    expect(r.cutoffs).toEqual({ exhaustion_high: true, disengagement_high: true, burnout: true });
  });
  it('2,2,3,2,3,3,2,2,3,3,4,2,3,2,2,3 → exhaustion 2.875 (high), disengagement 2.0 (not high), no burnout', () => {
    const r = scoreChosen([2, 2, 3, 2, 3, 3, 2, 2, 3, 3, 4, 2, 3, 2, 2, 3]);
    expect(r.scales.exhaustion.value).toBe(2.875);
    expect(r.scales.disengagement.value).toBe(2);
    expect(r.cutoffs).toEqual({ exhaustion_high: true, disengagement_high: false, burnout: false });
  });
  it('reverse keys are exactly items 2, 3, 4, 6, 8, 9, 11, 12 (5 − x)', () => {
    expect(olbi.items.filter((i) => 'reverse' in i && i.reverse).map((i) => i.number)).toEqual([2, 3, 4, 6, 8, 9, 11, 12]);
    const onlyItem2 = scoreChosen({ ...withScoredSum(olbi, exhaustion, 8), olbi_2: 1 });
    expect(onlyItem2.scales.exhaustion.value).toBe((4 + 7) / 8);
  });
  it.each([
    [17, 2.125, false], [18, 2.25, true], [19, 2.375, true],
  ] as const)('exhaustion sum %i = mean %d → high %s (≥ 2.25)', (sum, mean, high) => {
    const r = scoreChosen({ ...withScoredSum(olbi, exhaustion, sum), ...withScoredSum(olbi, disengagement, 8) });
    expect(r.scales.exhaustion.value).toBe(mean);
    expect(r.cutoffs.exhaustion_high).toBe(high);
    expect(r.cutoffs.burnout).toBe(false);
  });
  it.each([
    [16, 2, false], [17, 2.125, true], [18, 2.25, true],
  ] as const)('disengagement sum %i = mean %d → high %s (≥ 2.10; 2.10 itself is not reachable with 8 items)', (sum, mean, high) => {
    const r = scoreChosen({ ...withScoredSum(olbi, exhaustion, 32), ...withScoredSum(olbi, disengagement, sum) });
    expect(r.scales.disengagement.value).toBe(mean);
    expect(r.cutoffs.disengagement_high).toBe(high);
    expect(r.cutoffs.burnout).toBe(high);
  });
  it('three-valued burnout: unknown exhaustion and low disengagement → false; unknown and high → null', () => {
    const low = scoreChosen(withScoredSum(olbi, disengagement, 8));
    expect(low.cutoffs).toEqual({ exhaustion_high: null, disengagement_high: false, burnout: false });
    const high = scoreChosen(withScoredSum(olbi, disengagement, 32));
    expect(high.cutoffs).toEqual({ exhaustion_high: null, disengagement_high: true, burnout: null });
  });
  it('ships no item wording', () => {
    expect(olbi.items.every((i) => !('text' in i))).toBe(true);
  });
});

describe('olbi: benchmarks (academic anesthesia department, Psychol Rep 2020)', () => {
  it('exhaustion 2.52 (SD 0.51) and disengagement 2.27 (SD 0.52), n 130, on the 1–4 burnout-direction means', () => {
    const byId = Object.fromEntries(olbi.benchmarks.map((b) => [b.id, b]));
    expect(byId.us_anesthesia_dept_exhaustion).toMatchObject({ scale: 'exhaustion', country: 'US', n: 130, mean: 2.52, sd: 0.51 });
    expect(byId.us_anesthesia_dept_disengagement).toMatchObject({ scale: 'disengagement', country: 'US', n: 130, mean: 2.27, sd: 0.52 });
  });
  it('benchmark means lie inside the scale range and the scales run higher = worse', () => {
    for (const b of olbi.benchmarks) {
      const scale = olbi.scales.find((s) => s.id === b.scale);
      expect(scale?.direction).toBe('higher_is_worse');
      expect(b.mean).toBeGreaterThanOrEqual(scale!.range[0]);
      expect(b.mean).toBeLessThanOrEqual(scale!.range[1]);
    }
  });
  it('every benchmark names a real scale or cut-off and cites known sources', () => {
    const sources = new Set(olbi.sources.map((s) => s.id));
    for (const b of olbi.benchmarks) {
      if ('scale' in b) expect(olbi.scales.map((s) => s.id)).toContain(b.scale);
      if ('cutoff' in b) expect(olbi.cutoffs.map((c) => c.id)).toContain(b.cutoff);
      for (const s of b.sources) expect(sources.has(s)).toBe(true);
    }
  });
});

describe('olbi: cut-offs have no default scheme (single secondary)', () => {
  it('scores the means but leaves every cut-off null unless the peterson scheme is chosen', () => {
    const r = score(olbi, all(ids('olbi', 1, 16), 1));
    expect(r.scales.exhaustion.value).toBe(2.5);
    expect(r.cutoffs).toEqual({ exhaustion_high: null, disengagement_high: null, burnout: null });
    expect(r.provenance.cutoffSchemes).toEqual({ exhaustion_high: null, disengagement_high: null, burnout: null });
    expect(scoreChosen(all(ids('olbi', 1, 16), 1)).cutoffs.burnout).toBe(true);
  });
});
