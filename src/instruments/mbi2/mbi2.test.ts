import { describe, expect, it } from 'vitest';
import type { AnswersInput, ScoreOptions } from '../../schema/result.js';
import { score } from '../../scoring/score.js';
import { mbi2 } from './mbi2.js';

/** The named schemes these tests exercise: none is a default (their evidence is single secondary), so each is chosen. */
const chosen = { cutoffSchemes: { depersonalization_high: 'weekly', burnout: 'ee_or_dp' } } as const;
const scoreChosen = (answers: AnswersInput<typeof mbi2>, options: ScoreOptions<typeof mbi2> = {}) => score(mbi2, answers, { ...chosen, ...options });

describe('mbi2', () => {
  it('derived example (research notes T8): EE "once a week" (4), DP "a few times a month" (3) → high EE, burnout', () => {
    const r = scoreChosen({ mbi2_1: 4, mbi2_2: 3 });
    expect(r.scales.emotional_exhaustion.value).toBe(4);
    expect(r.scales.depersonalization.value).toBe(3);
    expect(r.cutoffs).toEqual({ emotional_exhaustion_high: true, depersonalization_high: false, burnout: true });
  });
  it.each([
    [3, false],
    [4, true],
    [5, true],
  ] as const)('EE %i → high %s (DP 0)', (ee, high) => {
    const r = scoreChosen({ mbi2_1: ee, mbi2_2: 0 });
    expect(r.cutoffs.emotional_exhaustion_high).toBe(high);
    expect(r.cutoffs.burnout).toBe(high);
  });
  it.each([
    [3, false],
    [4, true],
    [5, true],
  ] as const)('DP %i → high %s (EE 0)', (dp, high) => {
    const r = scoreChosen({ mbi2_1: 0, mbi2_2: dp });
    expect(r.cutoffs.depersonalization_high).toBe(high);
    expect(r.cutoffs.burnout).toBe(high);
  });
  it('extremes: Never / Every day on both → 0/0 not burned out, 6/6 burned out', () => {
    expect(scoreChosen([0, 0]).cutoffs).toEqual({ emotional_exhaustion_high: false, depersonalization_high: false, burnout: false });
    const r = scoreChosen([6, 6]);
    expect([r.scales.emotional_exhaustion.value, r.scales.depersonalization.value]).toEqual([6, 6]);
    expect(r.cutoffs.burnout).toBe(true);
  });
  it('burnout is three-valued: one high item decides it alone; one low item with the other unanswered does not', () => {
    expect(scoreChosen({ mbi2_1: 5 }).cutoffs).toEqual({ emotional_exhaustion_high: true, depersonalization_high: null, burnout: true });
    expect(scoreChosen({ mbi2_2: 6 }).cutoffs.burnout).toBe(true);
    expect(scoreChosen({ mbi2_1: 3 }).cutoffs).toEqual({ emotional_exhaustion_high: false, depersonalization_high: null, burnout: null });
    expect(scoreChosen({}).cutoffs.burnout).toBeNull();
  });
  it('rejects values outside 0–6', () => {
    const r = scoreChosen({ mbi2_1: 7, mbi2_2: -1 } as never);
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => i.item)).toEqual(['mbi2_1', 'mbi2_2']);
  });
  it('ships no MBI wording', () => {
    expect(mbi2.licence.itemText).toBe(false);
    expect(mbi2.licence.commercialUseNeedsPermission).toBe(true);
    expect(mbi2.items.every((i) => !('text' in i))).toBe(true);
  });
  it('Dolan et al. 2015 benchmark: shares at "once a week" or more add to the published 36.7%', () => {
    const dist = mbi2.benchmarks[0].distribution;
    const weekly = dist.filter((d) => d.value >= 4).reduce((a, d) => a + d.proportion, 0);
    expect(weekly).toBeCloseTo(mbi2.benchmarks[1].prevalence, 9);
    expect(Math.round(((413 + 852 + 719) / 5404) * 1000) / 1000).toBe(mbi2.benchmarks[1].prevalence);
  });
});

describe('mbi2: depersonalization and burnout have no default scheme (the DP threshold is single secondary)', () => {
  it('gives high EE by default but leaves DP and burnout null unless chosen', () => {
    const r = score(mbi2, { mbi2_1: 4, mbi2_2: 6 });
    expect(r.cutoffs).toEqual({ emotional_exhaustion_high: true, depersonalization_high: null, burnout: null });
    expect(r.provenance.undetermined.map((u) => u.id)).toEqual(['depersonalization_high', 'burnout']);
    expect(scoreChosen({ mbi2_1: 0, mbi2_2: 4 }).cutoffs).toEqual({ emotional_exhaustion_high: false, depersonalization_high: true, burnout: true });
  });
});
