import { describe, expect, it } from 'vitest';
import type { AnswersInput, ScoreOptions } from '../../schema/result.js';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { who5 } from './who5.js';

/** The named schemes these tests exercise: none is a default (their evidence is single secondary), so each is chosen. */
const chosen = { cutoffSchemes: { likely_depression: 'halliday2017' } } as const;
const scoreChosen = (answers: AnswersInput<typeof who5>, options: ScoreOptions<typeof who5> = {}) => score(who5, answers, { ...chosen, ...options });

const items = ids('who5', 1, 5);

describe('who5', () => {
  it.each([
    // awell-score __testdata__/who_5_responses.ts
    [[4, 1, 0, 2, 3], 10, 40, true, false],
    [[3, 3, 3, 3, 3], 15, 60, false, false],
    [[0, 0, 0, 0, 0], 0, 0, true, true],
    [[5, 5, 5, 5, 5], 25, 100, false, false],
    [[1, 2, 1, 2, 1], 7, 28, true, true],
  ] as const)('%j → raw %i, percentage %i', (answers, raw, pct, poor, depressed) => {
    const r = scoreChosen(answers);
    expect(r.scales.raw.value).toBe(raw);
    expect(r.scales.percentage.value).toBe(pct);
    expect(r.cutoffs).toEqual({ poor_wellbeing: poor, likely_depression: depressed });
  });
  it('percentage is raw × 4, not (raw − 5) × 4 as some calculators print', () => {
    expect(scoreChosen(all(items, 1)).scales.percentage.value).toBe(20);
  });
  it.each([
    [12, 48, true], [13, 52, false], [14, 56, false],
  ] as const)('poor well-being boundary: raw %i (%i%%) → %s', (raw, pct, poor) => {
    const r = scoreChosen(withScoredSum(who5, items, raw));
    expect(r.scales.percentage.value).toBe(pct);
    expect(r.cutoffs.poor_wellbeing).toBe(poor);
  });
  it.each([[6, true], [7, true], [8, false]] as const)('likely depression boundary: raw %i → %s', (raw, depressed) => {
    expect(scoreChosen(withScoredSum(who5, items, raw)).cutoffs.likely_depression).toBe(depressed);
  });
  it('a missing item leaves both scores null with the same reason', () => {
    const r = scoreChosen([5, 5, 5, 5, null]);
    expect(r.scales.raw).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 4 });
    expect(r.scales.percentage).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 4, expected: 5 });
    expect(r.cutoffs).toEqual({ poor_wellbeing: null, likely_depression: null });
  });
  it('ships no item wording', () => {
    expect(who5.items.every((i) => !('text' in i))).toBe(true);
  });
});

describe('who5: likely depression has no default scheme (single secondary)', () => {
  it('gives poor well-being (secondary) by default and likely depression only when chosen', () => {
    const r = score(who5, [1, 1, 1, 1, 1]);
    expect(r.cutoffs).toEqual({ poor_wellbeing: true, likely_depression: null });
    expect(scoreChosen([1, 1, 1, 1, 1]).cutoffs).toEqual({ poor_wellbeing: true, likely_depression: true });
  });
});
