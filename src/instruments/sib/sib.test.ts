import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { sib } from './sib.js';

describe('sib', () => {
  it.each([
    [1, false],
    [2, false],
    [3, true],
    [4, true],
    [5, true],
  ] as const)('answer %i → burnout scale %i, cut-off (≥ 3) %s', (answer, burnout) => {
    const r = score(sib, { sib_1: answer });
    expect(r.scales.burnout).toMatchObject({ value: answer, answered: 1, expected: 1, prorated: false, band: null });
    expect(r.cutoffs.burnout).toBe(burnout);
  });
  it('takes the answer in printed order: 1 = "I enjoy my work…", 5 = "I feel completely burned out…" (no reverse key)', () => {
    const options = sib.responseScales[0].options;
    expect(options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
    expect(options[0].label.startsWith('I enjoy my work.')).toBe(true);
    expect(options[2].label.startsWith('I am definitely burning out')).toBe(true);
    expect(options[4].label.startsWith('I feel completely burned out')).toBe(true);
    expect('reverse' in sib.items[0]).toBe(false);
  });
  it('accepts an array in item order', () => {
    expect(score(sib, [3]).cutoffs.burnout).toBe(true);
  });
  it('unanswered → no score and an undetermined cut-off', () => {
    const r = score(sib, { sib_1: null });
    expect(r.scales.burnout).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 0 });
    expect(r.cutoffs.burnout).toBeNull();
  });
  it.each([0, 6, 2.5])('rejects %s (not an option value)', (v) => {
    const r = score(sib, { sib_1: v } as never);
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'invalid_value', item: 'sib_1' });
    expect(r.scales.burnout.value).toBeNull();
  });
  it('ships the non-proprietary wording, with no commercial restriction', () => {
    expect(sib.licence.itemText).toBe(true);
    expect(sib.licence.commercialUseNeedsPermission).toBe(false);
    expect(sib.items[0].text).toBe('Overall, based on your definition of burnout, how would you rate your level of burnout?');
  });
  it('Dolan et al. 2015 benchmark: the printed shares add to 100% and answers 3–5 give the published 38.5%', () => {
    const dist = sib.benchmarks[0].distribution;
    expect(dist.reduce((a, d) => a + d.proportion, 0)).toBeCloseTo(1, 9);
    const atLeast3 = dist.filter((d) => d.value >= 3).reduce((a, d) => a + d.proportion, 0);
    expect(atLeast3).toBeCloseTo(sib.benchmarks[1].prevalence, 9);
    expect(Math.round((955 / 5404) * 1000) / 1000).toBe(dist[0].proportion);
    expect(Math.round(((1233 + 546 + 301) / 5404) * 1000) / 1000).toBe(sib.benchmarks[1].prevalence);
  });
});
