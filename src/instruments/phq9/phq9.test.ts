import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { phq9 } from './phq9.js';

const scored = ids('phq9', 1, 9);
/** Items 1–8 carry the sum, so item 9 stays 0 unless the total needs it. */
const total = (t: number) => ({ ...withScoredSum(phq9, [...ids('phq9', 1, 8), 'phq9_9'], t), phq9_10: 0 }) as const;

describe('phq9: published examples', () => {
  it('HL7 US Core QuestionnaireResponse phq-9-example: 2,2,2,2,1,1,2,0,0 → 12, moderate', () => {
    const r = score(phq9, [2, 2, 2, 2, 1, 1, 2, 0, 0, 1]);
    expect(r.valid).toBe(true);
    expect(r.scales.total).toMatchObject({ value: 12, answered: 9, expected: 9, prorated: false, band: { id: 'moderate' } });
    expect(r.cutoffs.positive_screen).toBe(true);
    expect(r.flags).toEqual([]);
  });
  it('best and worst cases (awell test data): 0 minimal, 27 severe with the item-9 flag', () => {
    expect(score(phq9, all(scored, 0)).scales.total).toMatchObject({ value: 0, band: { id: 'minimal' } });
    const worst = score(phq9, all(scored, 3));
    expect(worst.scales.total).toMatchObject({ value: 27, band: { id: 'severe' } });
    expect(worst.flags).toEqual([{ id: 'suicidal_ideation', item: 'phq9_9', status: 'positive' }]);
  });
});

describe('phq9: every band and cut-off boundary', () => {
  it.each([
    [0, 'minimal', false], [4, 'minimal', false], [5, 'mild', false], [9, 'mild', false],
    [10, 'moderate', true], [11, 'moderate', true], [14, 'moderate', true], [15, 'moderately_severe', true],
    [19, 'moderately_severe', true], [20, 'severe', true], [27, 'severe', true],
  ] as const)('total %i → %s, positive_screen %s', (t, band, positive) => {
    const r = score(phq9, total(t));
    expect(r.scales.total.value).toBe(t);
    expect(r.scales.total.band?.id).toBe(band);
    expect(r.cutoffs.positive_screen).toBe(positive);
  });
});

describe('phq9: item 9 safety flag', () => {
  it.each([[0, []], [1, ['positive']], [2, ['positive']], [3, ['positive']]] as const)('item 9 = %i', (v, statuses) => {
    const r = score(phq9, { ...all(scored, 0), phq9_9: v });
    expect(r.flags.map((f) => f.status)).toEqual(statuses);
  });
  it('fires independently of the band (total 1, minimal)', () => {
    const r = score(phq9, { ...all(scored, 0), phq9_9: 1 });
    expect(r.scales.total.band?.id).toBe('minimal');
    expect(r.flags).toEqual([{ id: 'suicidal_ideation', item: 'phq9_9', status: 'positive' }]);
  });
  it('is "unanswered", never negative, when item 9 is missing or invalid — also when prorating', () => {
    for (const value of [null, undefined, 7]) {
      const r = score(phq9, { ...all(scored, 1), phq9_9: value as never }, { prorate: true });
      expect(r.flags).toEqual([{ id: 'suicidal_ideation', item: 'phq9_9', status: 'unanswered' }]);
    }
  });
});

describe('phq9: missing data', () => {
  it('needs all nine items: one missing gives null, never a partial sum', () => {
    const r = score(phq9, { ...all(scored, 3), phq9_4: null });
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 8 });
    expect(r.cutoffs.positive_screen).toBeNull();
    expect(r.valid).toBe(true);
  });
  it('the unscored difficulty item is not needed', () => {
    expect(score(phq9, all(scored, 1)).scales.total.value).toBe(9);
  });
  it('prorates only on request: 8 of 9 answered, sum 11 → 11 × 9 / 8', () => {
    const answers = { phq9_1: 2, phq9_2: 2, phq9_3: 2, phq9_4: 2, phq9_6: 1, phq9_7: 2, phq9_8: 0, phq9_9: 0 } as const;
    const r = score(phq9, answers, { prorate: true });
    expect(r.scales.total).toMatchObject({ value: 12.375, prorated: true, answered: 8, band: { id: 'moderate' } });
    expect(r.provenance.prorated).toBe(true);
    expect(r.provenance.rules[0]).toMatch(/prorated/);
  });
  it('prorating needs at least 5 of 9 (half, rounded up)', () => {
    const five = { phq9_1: 1, phq9_2: 1, phq9_3: 1, phq9_4: 1, phq9_5: 1 } as const;
    expect(score(phq9, five, { prorate: true }).scales.total.value).toBe(9);
    const four = { phq9_1: 1, phq9_2: 1, phq9_3: 1, phq9_4: 1 } as const;
    expect(score(phq9, four, { prorate: true }).scales.total).toMatchObject({ value: null, reason: 'insufficient_answers' });
  });
  it('complete answers are never marked prorated', () => {
    expect(score(phq9, all(scored, 2), { prorate: true }).scales.total).toMatchObject({ value: 18, prorated: false });
  });
});

describe('phq9: bad input', () => {
  it('an out-of-range answer invalidates the total and is reported', () => {
    const r = score(phq9, { ...all(scored, 1), phq9_3: 4 } as never);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_value', item: 'phq9_3', value: 4 })]);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.cutoffs.positive_screen).toBeNull();
  });
  it('a bad difficulty item makes the result invalid but leaves the total scored', () => {
    const r = score(phq9, { ...all(scored, 1), phq9_10: 9 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.total.value).toBe(9);
  });
  it('an array may leave off the unscored difficulty item (9 values), but not a scored one (8 values)', () => {
    expect(score(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1])).toMatchObject({ valid: true, scales: { total: { value: 9 } } });
    const r = score(phq9, [1, 1, 1, 1, 1, 1, 1, 1]);
    expect(r.issues.map((i) => i.code)).toEqual(['wrong_length']);
    expect(r.issues[0]!.message).toMatch(/expected an array of 9 to 10 answers/);
    expect(r.scales.total.reason).toBe('invalid_answers');
    expect(score(phq9, new Array(11).fill(0)).issues.map((i) => i.code)).toEqual(['wrong_length']);
  });
});

describe('phq9: benchmarks', () => {
  it('German norms (Kocalevent 2013): n 5,018, mean 2.91, SD 3.5 on the total', () => {
    expect(phq9.benchmarks.find((b) => b.id === 'de_general_2013')).toMatchObject({ scale: 'total', country: 'DE', n: 5018, mean: 2.91, sd: 3.5 });
  });
  it('German 2021 survey (Hajek & König 2021): 20.0% of 3,075 at total ≥ 10', () => {
    expect(phq9.benchmarks.find((b) => b.id === 'de_covid_2021')).toMatchObject({ cutoff: 'positive_screen', year: 2021, n: 3075, prevalence: 0.2 });
  });
  it('every benchmark names a real scale or cut-off and cites known sources', () => {
    const sources = new Set(phq9.sources.map((s) => s.id));
    for (const b of phq9.benchmarks) {
      if ('scale' in b) expect(phq9.scales.map((s) => s.id)).toContain(b.scale);
      if ('cutoff' in b) expect(phq9.cutoffs.map((c) => c.id)).toContain(b.cutoff);
      for (const s of b.sources) expect(sources.has(s)).toBe(true);
    }
  });
});
