import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema } from '../../schema/definition.js';
import { definitionProblems } from '../../schema/problems.js';
import type { AnswersInput, ScoreOptions } from '../../schema/result.js';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { brs } from './brs.js';

/** The named schemes these tests exercise: none is a default (their evidence is single secondary), so each is chosen. */
const chosen = { bandSchemes: { resilience: 'smith2013' } } as const;
const scoreChosen = (answers: AnswersInput<typeof brs>, options: ScoreOptions<typeof brs> = {}) => score(brs, answers, { ...chosen, ...options });

const items = ids('brs', 1, 6);

describe('brs: definition', () => {
  it('is a valid definition with no problems', () => {
    expect(InstrumentDefinitionSchema.safeParse(brs).success).toBe(true);
    expect(definitionProblems(brs)).toEqual([]);
  });
  it('reverse keys are exactly items 2, 4, 6 (Smith 2008)', () => {
    expect(brs.items.filter((i) => 'reverse' in i && i.reverse).map((i) => i.number)).toEqual([2, 4, 6]);
  });
  it('bands: low from 1, normal from 3.00 inclusive, high strictly above 4.30', () => {
    expect(brs.scales[0].bandSchemes[0].bands).toEqual([
      { id: 'low', label: 'Low resilience', min: 1 },
      { id: 'normal', label: 'Normal resilience', min: 3 },
      { id: 'high', label: 'High resilience', min: 4.3, minExclusive: true },
    ]);
  });
  it('ships no item wording and needs permission for commercial use', () => {
    expect(brs.items.every((i) => !('text' in i))).toBe(true);
    expect(brs.licence).toMatchObject({ itemText: false, commercialUseNeedsPermission: true });
  });
});

describe('brs: scoring (mean of six, items 2, 4, 6 reversed as 6 − x)', () => {
  it('4,2,3,3,4,2 → 4,4,3,3,4,4 → 22/6 = 3.67, normal (digicalcs worked example, recomputed)', () => {
    const r = scoreChosen([4, 2, 3, 3, 4, 2]);
    expect(r.scales.resilience.value).toBeCloseTo(22 / 6, 12);
    expect(r.scales.resilience.band).toMatchObject({ id: 'normal', scheme: 'smith2013' });
  });
  it('extremes equal the declared range: 1 (low) and 5 (high)', () => {
    expect(scoreChosen([1, 5, 1, 5, 1, 5]).scales.resilience).toMatchObject({ value: 1, band: { id: 'low' } });
    expect(scoreChosen([5, 1, 5, 1, 5, 1]).scales.resilience).toMatchObject({ value: 5, band: { id: 'high' } });
  });
  it('"Strongly agree" to everything is 3 (acquiescence cancels out), not 5', () => {
    expect(scoreChosen(all(items, 5)).scales.resilience.value).toBe(3);
  });
  it('reverse key: only item 2 "Strongly agree", the rest at their best → (5 × 5 + 1) / 6', () => {
    expect(scoreChosen({ brs_1: 5, brs_2: 5, brs_3: 5, brs_4: 1, brs_5: 5, brs_6: 1 }).scales.resilience.value).toBeCloseTo(26 / 6, 12);
  });
});

describe('brs: band boundaries (exact on means)', () => {
  it.each([
    [17, 'low'], [18, 'normal'], [19, 'normal'],
  ] as const)('scored sum %i (mean just below / at / above 3.00) → %s', (sum, band) => {
    const r = scoreChosen(withScoredSum(brs, items, sum));
    expect(r.scales.resilience.value).toBeCloseTo(sum / 6, 12);
    expect(r.scales.resilience.band?.id).toBe(band);
  });
  it.each([
    [25, 'normal'], [26, 'high'], [27, 'high'],
  ] as const)('scored sum %i (mean 4.17 / 4.33 / 4.5 around 4.30) → %s', (sum, band) => {
    expect(scoreChosen(withScoredSum(brs, items, sum)).scales.resilience.band?.id).toBe(band);
  });
  it('with opt-in proration the band still follows the mean: 3 answered summing 13 → 4.33 high, 12 → 4.0 normal', () => {
    const high = scoreChosen({ brs_1: 5, brs_3: 4, brs_5: 4 }, { prorate: true });
    expect(high.scales.resilience).toMatchObject({ answered: 3, prorated: true, band: { id: 'high' } });
    expect(high.scales.resilience.value).toBeCloseTo(13 / 3, 12);
    expect(scoreChosen({ brs_1: 4, brs_3: 4, brs_5: 4 }, { prorate: true }).scales.resilience.band?.id).toBe('normal');
  });
});

describe('brs: missing data (no published minimum: every item needed)', () => {
  it('5 of 6 answered → null, not the mean of the five', () => {
    expect(scoreChosen([4, 2, 3, 3, 4, null]).scales.resilience).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 5, expected: 6, band: null });
  });
  it('opt-in proration: 3 of 6 is the mean of the three (prorated); 2 of 6 stays null', () => {
    const three = scoreChosen({ brs_1: 4, brs_2: 2, brs_3: 3 }, { prorate: true });
    expect(three.scales.resilience).toMatchObject({ answered: 3, prorated: true });
    expect(three.scales.resilience.value).toBeCloseTo(11 / 3, 12);
    expect(scoreChosen({ brs_1: 4, brs_2: 2 }, { prorate: true }).scales.resilience).toMatchObject({ value: null, reason: 'insufficient_answers' });
  });
  it('0 is not an option (1–5): invalid, not missing', () => {
    const r = scoreChosen([4, 2, 3, 3, 4, 0] as never);
    expect(r.valid).toBe(false);
    expect(r.scales.resilience).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
});

describe('brs: no default band scheme (single secondary bands)', () => {
  it('scores the mean but gives no band unless smith2013 is chosen, and says why', () => {
    const r = score(brs, [4, 2, 3, 3, 4, 2]);
    expect(r.scales.resilience).toMatchObject({ band: null });
    expect(r.scales.resilience.value).toBeCloseTo(22 / 6, 12);
    expect(r.provenance.bandSchemes).toEqual({ resilience: null });
    expect(r.provenance.undetermined).toMatchObject([{ rule: 'band_scheme', id: 'resilience' }]);
    expect(scoreChosen([4, 2, 3, 3, 4, 2]).provenance.evidence).toEqual([{ rule: 'band_scheme', id: 'resilience', scheme: 'smith2013', level: 'single_secondary', sources: ['phenx_brs'] }]);
  });
});
