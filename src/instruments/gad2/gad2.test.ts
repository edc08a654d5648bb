import { describe, expect, it } from 'vitest';
import { definitionProblems } from '../../schema/problems.js';
import { score } from '../../scoring/score.js';
import { all, withScoredSum } from '../../../test/support.js';
import { gad2 } from './gad2.js';

const items = ['gad2_1', 'gad2_2'];

describe('gad2: definition', () => {
  it('is sound', () => {
    expect(definitionProblems(gad2)).toEqual([]);
  });
  it('is GAD-7 items 1 and 2 (LOINC 69725-0, 68509-9); no panel code, no bands', () => {
    expect(gad2.items.map((i) => i.codes[0].code)).toEqual(['69725-0', '68509-9']);
    expect('codes' in gad2).toBe(false);
    expect(gad2.scales[0].bandSchemes).toEqual([]);
  });
});

describe('gad2: scoring', () => {
  it('HL7 PHR IG GAD-7 example, items 1–2 (0, 0) → 0, negative', () => {
    const r = score(gad2, [0, 0]);
    expect(r.scales.total).toMatchObject({ value: 0, band: null });
    expect(r.cutoffs.positive_screen).toBe(false);
  });
  it.each([
    [0, false], [2, false], [3, true], [4, true], [6, true],
  ] as const)('total %i → positive_screen %s', (t, positive) => {
    const r = score(gad2, withScoredSum(gad2, items, t));
    expect(r.scales.total.value).toBe(t);
    expect(r.cutoffs.positive_screen).toBe(positive);
  });
  it('extremes equal the declared range', () => {
    expect(score(gad2, all(items, 0)).scales.total.value).toBe(0);
    expect(score(gad2, all(items, 3)).scales.total.value).toBe(6);
    expect(gad2.scales[0].range).toEqual([0, 6]);
  });
  it('needs both items: a missing one gives null, never a partial sum', () => {
    const r = score(gad2, { gad2_1: 3, gad2_2: undefined });
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 1 });
    expect(r.cutoffs.positive_screen).toBeNull();
  });
  it('an out-of-range answer invalidates the total', () => {
    const r = score(gad2, [1, 7] as never);
    expect(r.valid).toBe(false);
    expect(r.scales.total.reason).toBe('invalid_answers');
  });
});

describe('gad2: benchmark', () => {
  it('UK lockdown 2020 (Smith 2020): 21.9% of 2,240 at total ≥ 3', () => {
    expect(gad2.benchmarks).toEqual([
      expect.objectContaining({ id: 'uk_lockdown_2020', cutoff: 'positive_screen', country: 'GB', year: 2020, n: 2240, prevalence: 0.219 }),
    ]);
  });
});
