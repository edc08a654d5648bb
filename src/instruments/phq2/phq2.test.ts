import { describe, expect, it } from 'vitest';
import { definitionProblems } from '../../schema/problems.js';
import { score } from '../../scoring/score.js';
import { all, withScoredSum } from '../../../test/support.js';
import { phq2 } from './phq2.js';

const items = ['phq2_1', 'phq2_2'];
const total = (t: number) => withScoredSum(phq2, items, t);

describe('phq2: definition', () => {
  it('is sound: ids, sources, exactly one default cut-off scheme', () => {
    expect(definitionProblems(phq2)).toEqual([]);
  });
  it('uses LOINC panel 55757-9, items 44250-9 and 44255-8, total 55758-7', () => {
    expect(phq2.codes[0].code).toBe('55757-9');
    expect(phq2.items.map((i) => i.codes[0].code)).toEqual(['44250-9', '44255-8']);
    expect(phq2.scales[0].codes[0].code).toBe('55758-7');
  });
  it('publishes no severity bands', () => {
    expect(phq2.scales[0].bandSchemes).toEqual([]);
    expect(score(phq2, [3, 3]).scales.total.band).toBeNull();
  });
});

describe('phq2: default scheme, total ≥ 3 (Kroenke 2003)', () => {
  it.each([
    [0, false], [1, false], [2, false], [3, true], [4, true], [6, true],
  ] as const)('total %i → positive_screen %s', (t, positive) => {
    const r = score(phq2, total(t));
    expect(r.scales.total.value).toBe(t);
    expect(r.cutoffs.positive_screen).toBe(positive);
    expect(r.provenance.cutoffSchemes).toEqual({ positive_screen: 'standard' });
  });
  it('3,0 and 0,3 are both positive: either item can carry the score', () => {
    expect(score(phq2, [3, 0]).cutoffs.positive_screen).toBe(true);
    expect(score(phq2, [0, 3]).cutoffs.positive_screen).toBe(true);
  });
  it('default sources are the 2003 paper, not the ≥ 2 meta-analyses', () => {
    const { sources } = score(phq2, [1, 1]).provenance;
    expect(sources).toContain('kroenke2003');
    expect(sources).not.toContain('levis2020');
  });
});

describe('phq2: sensitive scheme, total ≥ 2 (Levis 2020, Manea 2016, Arroll 2010)', () => {
  it.each([
    [0, false], [1, false], [2, true], [3, true], [6, true],
  ] as const)('total %i → positive_screen %s', (t, positive) => {
    const r = score(phq2, total(t), { cutoffSchemes: { positive_screen: 'sensitive' } });
    expect(r.valid).toBe(true);
    expect(r.cutoffs.positive_screen).toBe(positive);
    expect(r.provenance.cutoffSchemes).toEqual({ positive_screen: 'sensitive' });
  });
  it('1,1 → 2: negative by default, positive when the sensitive scheme is chosen', () => {
    expect(score(phq2, [1, 1]).cutoffs.positive_screen).toBe(false);
    const r = score(phq2, [1, 1], { cutoffSchemes: { positive_screen: 'sensitive' } });
    expect(r.cutoffs.positive_screen).toBe(true);
    expect(r.provenance.sources).toEqual(expect.arrayContaining(['levis2020', 'manea2016', 'arroll2010']));
  });
});

describe('phq2: missing data and extremes', () => {
  it('all 0 → 0 and all 3 → 6 (the declared range)', () => {
    expect(score(phq2, all(items, 0)).scales.total.value).toBe(0);
    expect(score(phq2, all(items, 3)).scales.total.value).toBe(6);
    expect(phq2.scales[0].range).toEqual([0, 6]);
  });
  it('needs both items: one missing gives null under either scheme, even when the other alone would reach the cut-off', () => {
    for (const scheme of ['standard', 'sensitive'] as const) {
      const r = score(phq2, { phq2_1: 3, phq2_2: null }, { cutoffSchemes: { positive_screen: scheme } });
      expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 1 });
      expect(r.cutoffs.positive_screen).toBeNull();
    }
  });
});

describe('phq2: benchmark', () => {
  it('UK lockdown 2020 (Smith 2020): 23.5% of 2,240 at total ≥ 3', () => {
    expect(phq2.benchmarks).toEqual([
      expect.objectContaining({ id: 'uk_lockdown_2020', cutoff: 'positive_screen', country: 'GB', year: 2020, n: 2240, prevalence: 0.235 }),
    ]);
  });
});
