import { describe, expect, it } from 'vitest';
import { definitionProblems } from '../../schema/problems.js';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { phq8 } from './phq8.js';

const items = ids('phq8', 1, 8);

describe('phq8: definition', () => {
  it('is sound: ids, sources, bands', () => {
    expect(definitionProblems(phq8)).toEqual([]);
  });
  it('has the eight PHQ-9 items 1–8 and no suicidality item or flag', () => {
    expect(phq8.items.map((i) => i.id)).toEqual(items);
    expect(phq8.items.map((i) => i.codes[0].code)).toEqual(['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3']);
    expect(phq8.items.some((i) => i.codes.some((c) => (c.code as string) === '44260-8'))).toBe(false);
    expect(phq8.flags).toEqual([]);
  });
  it('ships text under the Pfizer notice', () => {
    expect(phq8.licence).toMatchObject({ itemText: true, commercialUseNeedsPermission: false });
    expect(phq8.items.every((i) => typeof i.text === 'string' && i.text.length > 0)).toBe(true);
  });
});

describe('phq8: worked example and extremes', () => {
  it('US Core PHQ-9 example without its item 9 (which was 0): 2,2,2,2,1,1,2,0 → 12, moderate, positive', () => {
    const r = score(phq8, [2, 2, 2, 2, 1, 1, 2, 0]);
    expect(r.valid).toBe(true);
    expect(r.scales.total).toMatchObject({ value: 12, answered: 8, expected: 8, prorated: false, band: { id: 'moderate' } });
    expect(r.cutoffs.positive_screen).toBe(true);
    expect(r.flags).toEqual([]);
  });
  it('all 0 → 0 minimal, all 3 → 24 severe (the declared range)', () => {
    expect(score(phq8, all(items, 0)).scales.total).toMatchObject({ value: 0, band: { id: 'minimal' } });
    expect(score(phq8, all(items, 3)).scales.total).toMatchObject({ value: 24, band: { id: 'severe' } });
    expect(phq8.scales[0].range).toEqual([0, 24]);
  });
});

describe('phq8: every band and cut-off boundary', () => {
  it.each([
    [0, 'minimal', false], [4, 'minimal', false], [5, 'mild', false], [6, 'mild', false], [9, 'mild', false],
    [10, 'moderate', true], [11, 'moderate', true], [14, 'moderate', true], [15, 'moderately_severe', true],
    [16, 'moderately_severe', true], [19, 'moderately_severe', true], [20, 'severe', true], [21, 'severe', true], [24, 'severe', true],
  ] as const)('total %i → %s, positive_screen %s', (t, band, positive) => {
    const r = score(phq8, withScoredSum(phq8, items, t));
    expect(r.scales.total.value).toBe(t);
    expect(r.scales.total.band?.id).toBe(band);
    expect(r.cutoffs.positive_screen).toBe(positive);
  });
});

describe('phq8: missing data and bad input', () => {
  it('needs all eight items: one missing gives null and an undetermined cut-off', () => {
    const r = score(phq8, { ...all(items, 3), phq8_8: null });
    expect(r.valid).toBe(true);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 7, expected: 8 });
    expect(r.cutoffs.positive_screen).toBeNull();
  });
  it('does not accept a ninth (PHQ-9 item 9) answer', () => {
    expect(score(phq8, new Array(9).fill(0)).issues.map((i) => i.code)).toEqual(['wrong_length']);
    // A key that is no item is ignored (or a warning when asked), never scored: the PHQ-8 has no item 9 and no flag.
    const r = score(phq8, { ...all(items, 0), phq8_9: 1 } as never, { unknownKeys: 'report' });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'unknown_item', item: 'phq8_9', severity: 'warning' })]);
    expect(r.flags).toEqual([]);
    expect(r.scales.total.value).toBe(0);
  });
  it('an out-of-range answer invalidates the total', () => {
    const r = score(phq8, { ...all(items, 1), phq8_2: 4 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
});

describe('phq8: benchmark', () => {
  it('BRFSS 2006 (Kroenke 2009): 8.6% of 198,678 at total ≥ 10', () => {
    expect(phq8.benchmarks).toEqual([
      expect.objectContaining({ id: 'us_brfss_2006', cutoff: 'positive_screen', country: 'US', year: 2006, n: 198678, prevalence: 0.086, sources: ['kroenke2009'] }),
    ]);
    for (const b of phq8.benchmarks) expect(phq8.cutoffs.map((c) => c.id)).toContain(b.cutoff);
  });
});
