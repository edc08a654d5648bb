import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { gad7 } from './gad7.js';

const items = ids('gad7', 1, 7);

describe('gad7', () => {
  it('HL7 PHR IG example QuestionnaireResponse-ScoredAssessment-GAD7: 0,0,1,1,0,1,0 → 3, minimal', () => {
    const r = score(gad7, [0, 0, 1, 1, 0, 1, 0]);
    expect(r.scales.total).toMatchObject({ value: 3, band: { id: 'minimal' } });
    expect(r.cutoffs.positive_screen).toBe(false);
  });
  it.each([
    [0, 'minimal', false], [4, 'minimal', false], [5, 'mild', false], [9, 'mild', false], [10, 'moderate', true],
    [11, 'moderate', true], [14, 'moderate', true], [15, 'severe', true], [16, 'severe', true], [21, 'severe', true],
  ] as const)('total %i → %s, positive_screen %s', (t, band, positive) => {
    const r = score(gad7, withScoredSum(gad7, items, t));
    expect(r.scales.total).toMatchObject({ value: t, band: { id: band } });
    expect(r.cutoffs.positive_screen).toBe(positive);
  });
  it('needs all seven items', () => {
    expect(score(gad7, { ...all(items, 3), gad7_7: null }).scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 6 });
  });
});

describe('gad7: benchmarks', () => {
  it('German norms (Löwe 2008): n 5,030, mean 2.95, SD 3.4 on the total', () => {
    expect(gad7.benchmarks.find((b) => b.id === 'de_general_2006')).toMatchObject({ scale: 'total', country: 'DE', year: 2006, n: 5030, mean: 2.95, sd: 3.4 });
  });
  it('German 2021 survey (Hajek & König 2021): 13.4% of 3,075 at total ≥ 10', () => {
    expect(gad7.benchmarks.find((b) => b.id === 'de_covid_2021')).toMatchObject({ cutoff: 'positive_screen', year: 2021, n: 3075, prevalence: 0.134 });
  });
  it('every benchmark names a real scale or cut-off and cites known sources', () => {
    const sources = new Set(gad7.sources.map((s) => s.id));
    for (const b of gad7.benchmarks) {
      if ('scale' in b) expect(gad7.scales.map((s) => s.id)).toContain(b.scale);
      if ('cutoff' in b) expect(gad7.cutoffs.map((c) => c.id)).toContain(b.cutoff);
      for (const s of b.sources) expect(sources.has(s)).toBe(true);
    }
  });
});
