import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { withScoredSum } from '../../../test/support.js';
import { phq4 } from './phq4.js';

describe('phq4', () => {
  it('anxiety items first (LOINC 69724-3 order): 1,2,2,1 → total 6 moderate, both subscales 3 and positive', () => {
    const r = score(phq4, [1, 2, 2, 1]);
    expect(r.scales.total).toMatchObject({ value: 6, band: { id: 'moderate' } });
    expect(r.scales.anxiety.value).toBe(3);
    expect(r.scales.depression.value).toBe(3);
    expect(r.cutoffs).toEqual({ anxiety_positive: true, depression_positive: true });
  });
  it('0,1,1,0 → total 2 normal, both subscales negative', () => {
    const r = score(phq4, [0, 1, 1, 0]);
    expect(r.scales.total).toMatchObject({ value: 2, band: { id: 'normal' } });
    expect(r.cutoffs).toEqual({ anxiety_positive: false, depression_positive: false });
  });
  it('subscales are keyed by item identity: 3,0,0,0 is anxiety 3, depression 0', () => {
    const r = score(phq4, { phq4_1: 3, phq4_2: 0, phq4_3: 0, phq4_4: 0 });
    expect(r.cutoffs).toEqual({ anxiety_positive: true, depression_positive: false });
  });
  it.each([
    [0, 'normal'], [2, 'normal'], [3, 'mild'], [5, 'mild'], [6, 'moderate'], [8, 'moderate'], [9, 'severe'], [12, 'severe'],
  ] as const)('total %i → %s', (t, band) => {
    expect(score(phq4, withScoredSum(phq4, ['phq4_1', 'phq4_2', 'phq4_3', 'phq4_4'], t)).scales.total.band?.id).toBe(band);
  });
  it.each([[2, false], [3, true], [4, true]] as const)('subscale %i → positive %s', (s, positive) => {
    const anxious = { ...withScoredSum(phq4, ['phq4_1', 'phq4_2'], s), phq4_3: 0, phq4_4: 0 } as const;
    expect(score(phq4, anxious).cutoffs.anxiety_positive).toBe(positive);
    const depressed = { phq4_1: 0, phq4_2: 0, ...withScoredSum(phq4, ['phq4_3', 'phq4_4'], s) } as const;
    expect(score(phq4, depressed).cutoffs.depression_positive).toBe(positive);
  });
  it('a missing depression item leaves the anxiety subscale scored and the total null', () => {
    const r = score(phq4, [1, 2, null, 1]);
    expect(r.scales.anxiety.value).toBe(3);
    expect(r.scales.depression.value).toBeNull();
    expect(r.scales.total.value).toBeNull();
    expect(r.cutoffs).toEqual({ anxiety_positive: true, depression_positive: null });
  });
});

describe('phq4: benchmarks', () => {
  it('UK lockdown 2020 (Smith 2020): GAD-2 ≥ 3 in 21.9% and PHQ-2 ≥ 3 in 23.5% of 2,240', () => {
    expect(phq4.benchmarks.map((b) => [b.id, 'cutoff' in b ? b.cutoff : null, b.n, b.prevalence])).toEqual([
      ['uk_lockdown_2020_anxiety', 'anxiety_positive', 2240, 0.219],
      ['uk_lockdown_2020_depression', 'depression_positive', 2240, 0.235],
    ]);
  });
  it('every benchmark names a real cut-off and cites known sources', () => {
    const sources = new Set(phq4.sources.map((s) => s.id));
    for (const b of phq4.benchmarks) {
      expect(phq4.cutoffs.map((c) => c.id)).toContain(b.cutoff);
      for (const s of b.sources) expect(sources.has(s)).toBe(true);
    }
  });
});
