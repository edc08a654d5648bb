import { describe, expect, it } from 'vitest';
import type { AnswersInput, ScoreOptions } from '../../schema/result.js';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { mbi } from './mbi.js';

/** The named schemes these tests exercise: none is a default (their evidence is single secondary), so each is chosen. */
const chosen = { bandSchemes: { emotional_exhaustion: 'manual_medicine', depersonalization: 'manual_medicine', personal_accomplishment: 'manual_medicine' } } as const;
const scoreChosen = (answers: AnswersInput<typeof mbi>, options: ScoreOptions<typeof mbi> = {}) => score(mbi, answers, { ...chosen, ...options });

const ee = [1, 2, 3, 6, 8, 13, 14, 16, 20].map((n) => `mbi_${n}`);
const dp = [5, 10, 11, 15, 22].map((n) => `mbi_${n}`);
const pa = [4, 7, 9, 12, 17, 18, 19, 21].map((n) => `mbi_${n}`);
const sums = (e: number, d: number, p: number) => ({ ...withScoredSum(mbi, ee, e), ...withScoredSum(mbi, dp, d), ...withScoredSum(mbi, pa, p) });

describe('mbi', () => {
  it('EE items 3 each, DP items 2 each, PA items 4 each → EE 27 high, DP 10 high, PA 32 low; burnout', () => {
    const r = scoreChosen({ ...all(ee, 3), ...all(dp, 2), ...all(pa, 4) });
    expect(r.scales.emotional_exhaustion).toMatchObject({ value: 27, band: { id: 'high' } });
    expect(r.scales.depersonalization).toMatchObject({ value: 10, band: { id: 'high' } });
    expect(r.scales.personal_accomplishment).toMatchObject({ value: 32, band: { id: 'low' } });
    expect(r.cutoffs).toEqual({ emotional_exhaustion_high: true, depersonalization_high: true, burnout: true });
  });
  it('EE 26 and DP 9 → not burned out under the physician convention', () => {
    expect(scoreChosen(sums(26, 9, 48)).cutoffs).toEqual({ emotional_exhaustion_high: false, depersonalization_high: false, burnout: false });
  });
  it('no reverse keys: PA is summed in its own direction (all 6 → 48)', () => {
    expect(mbi.items.some((i) => 'reverse' in i)).toBe(false);
    expect(scoreChosen(all([...ee, ...dp, ...pa], 6)).scales.personal_accomplishment.value).toBe(48);
  });
  it.each([
    [18, 'low', false], [19, 'moderate', false], [26, 'moderate', false], [27, 'high', true], [28, 'high', true],
  ] as const)('EE %i → %s, high %s', (e, band, high) => {
    const r = scoreChosen(sums(e, 0, 48));
    expect(r.scales.emotional_exhaustion.band?.id).toBe(band);
    expect(r.cutoffs.emotional_exhaustion_high).toBe(high);
    expect(r.cutoffs.burnout).toBe(high);
  });
  it.each([
    [5, 'low', false], [6, 'moderate', false], [9, 'moderate', false], [10, 'high', true], [11, 'high', true],
  ] as const)('DP %i → %s, high %s', (d, band, high) => {
    const r = scoreChosen(sums(0, d, 48));
    expect(r.scales.depersonalization.band?.id).toBe(band);
    expect(r.cutoffs.depersonalization_high).toBe(high);
    expect(r.cutoffs.burnout).toBe(high);
  });
  it.each([
    [33, 'low'], [34, 'moderate'], [39, 'moderate'], [40, 'high'], [41, 'high'],
  ] as const)('PA %i → %s', (p, band) => {
    expect(scoreChosen(sums(0, 0, p)).scales.personal_accomplishment.band?.id).toBe(band);
  });
  it('burnout is three-valued: high EE with DP unanswered → true; low EE with DP unanswered → null', () => {
    expect(scoreChosen(withScoredSum(mbi, ee, 30)).cutoffs.burnout).toBe(true);
    expect(scoreChosen(withScoredSum(mbi, ee, 10)).cutoffs.burnout).toBeNull();
  });
  it('burnout uses the default scheme ee_or_dp and says so in provenance', () => {
    const r = scoreChosen(sums(27, 0, 48));
    expect(r.cutoffs.burnout).toBe(true);
    expect(r.provenance.cutoffSchemes).toEqual({ burnout: 'ee_or_dp' });
    expect(scoreChosen(sums(27, 0, 48), { cutoffSchemes: { burnout: 'ee_or_dp' } }).cutoffs.burnout).toBe(true);
  });
  it.each([
    // EE, DP, PA → alternative (high EE and (high DP or PA < 33)), default (EE ≥ 27 or DP ≥ 10)
    [27, 9, 32, true, true],
    [27, 9, 33, false, true],
    [27, 9, 34, false, true],
    [27, 10, 48, true, true],
    [26, 10, 0, false, true],
    [26, 9, 32, false, false],
    [54, 30, 0, true, true],
  ] as const)('EE %i, DP %i, PA %i → ee_and_dp_or_low_pa %s (ee_or_dp %s)', (e, d, p, alternative, standard) => {
    const r = scoreChosen(sums(e, d, p), { cutoffSchemes: { burnout: 'ee_and_dp_or_low_pa' } });
    expect(r.cutoffs.burnout).toBe(alternative);
    expect(r.provenance.cutoffSchemes).toEqual({ burnout: 'ee_and_dp_or_low_pa' });
    expect(scoreChosen(sums(e, d, p)).cutoffs.burnout).toBe(standard);
  });
  it('PA 33 is "low" in the manual bands but not low for NAM\'s "PA score less than 33"', () => {
    const r = scoreChosen(sums(30, 0, 33), { cutoffSchemes: { burnout: 'ee_and_dp_or_low_pa' } });
    expect(r.scales.personal_accomplishment.band?.id).toBe('low');
    expect(r.cutoffs.burnout).toBe(false);
  });
  it('the alternative scheme is three-valued', () => {
    const alt = { cutoffSchemes: { burnout: 'ee_and_dp_or_low_pa' } } as const;
    // high EE, DP unanswered, PA low → all(true, any(null, true)) = true
    expect(scoreChosen({ ...withScoredSum(mbi, ee, 30), ...withScoredSum(mbi, pa, 20) }, alt).cutoffs.burnout).toBe(true);
    // high EE, DP unanswered, PA not low → all(true, any(null, false)) = null
    expect(scoreChosen({ ...withScoredSum(mbi, ee, 30), ...withScoredSum(mbi, pa, 40) }, alt).cutoffs.burnout).toBeNull();
    // EE not high, the rest unanswered → all(false, …) = false
    expect(scoreChosen(withScoredSum(mbi, ee, 10), alt).cutoffs.burnout).toBe(false);
  });
  it('an unknown scheme id is reported and the default is used', () => {
    const r = scoreChosen(sums(27, 0, 48), { cutoffSchemes: { burnout: 'nope' as never } });
    expect(r.issues.some((i) => i.code === 'unknown_cutoff_scheme')).toBe(true);
    expect(r.provenance.cutoffSchemes).toEqual({ burnout: 'ee_or_dp' });
  });
  it('national benchmarks 2011–2023 refer to the burnout cut-off with their read prevalences', () => {
    expect(mbi.benchmarks.map((b) => [b.year, b.n, b.prevalence])).toEqual([
      [2011, 7227, 0.458], [2014, 6767, 0.544], [2017, 4893, 0.439], [2020, 7510, 0.382], [2021, 2440, 0.628], [2023, 7643, 0.452],
    ]);
    expect(mbi.benchmarks.every((b) => b.cutoff === 'burnout')).toBe(true);
  });
  it('ships no item wording', () => {
    expect(mbi.licence.itemText).toBe(false);
    expect(mbi.items.every((i) => !('text' in i))).toBe(true);
  });
});

describe('mbi: no default band scheme (the manual table was read only in reproductions)', () => {
  it('scores without bands by default; the cut-offs (secondary) still apply', () => {
    const r = score(mbi, all(ids('mbi', 1, 22), 3));
    expect(Object.values(r.scales).map((s) => s.band)).toEqual([null, null, null]);
    expect(r.cutoffs.burnout).toBe(true);
    expect(r.provenance.undetermined.map((u) => u.id)).toEqual(['emotional_exhaustion', 'depersonalization', 'personal_accomplishment']);
    expect(r.provenance.evidence.map((e) => [e.id, e.level])).toEqual([
      ['emotional_exhaustion_high', 'secondary'],
      ['depersonalization_high', 'secondary'],
      ['burnout', 'secondary'],
    ]);
  });
});
