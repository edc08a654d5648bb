import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { wemwbs } from './wemwbs.js';

const items = ids('wemwbs', 1, 14);

describe('wemwbs: sum of 14 items scored 1–5 (Tennant 2007; Warwick scoring guidance)', () => {
  it('extremes are 14 and 70 (no reverse keys)', () => {
    expect(score(wemwbs, all(items, 1)).scales.total.value).toBe(14);
    expect(score(wemwbs, all(items, 5)).scales.total.value).toBe(70);
    expect(wemwbs.items.some((i) => 'reverse' in i)).toBe(false);
  });
  it('[4,3,3,4,3,4,4,3,4,3,4,4,3,4] → 50', () => {
    expect(score(wemwbs, [4, 3, 3, 4, 3, 4, 4, 3, 4, 3, 4, 4, 3, 4]).scales.total.value).toBe(50);
  });
  it('"Some of the time" throughout → 42; one item raised to "All of the time" → 44', () => {
    expect(score(wemwbs, all(items, 3)).scales.total.value).toBe(42);
    expect(score(wemwbs, { ...all(items, 3), wemwbs_10: 5 }).scales.total.value).toBe(44);
  });
  it('has no bands', () => {
    expect(wemwbs.scales[0].bandSchemes).toEqual([]);
    expect(score(wemwbs, all(items, 3)).scales.total.band).toBeNull();
  });
});

describe('wemwbs: missing and invalid answers', () => {
  it('one unanswered item leaves the total null (no published rule)', () => {
    expect(score(wemwbs, { ...all(items, 4), wemwbs_14: null }).scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 13, expected: 14 });
  });
  it('0 is not an option (the scale starts at 1)', () => {
    const r = score(wemwbs, { ...all(items, 4), wemwbs_1: 0 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
});

describe('wemwbs: licence', () => {
  it('ships no item wording and no instructions', () => {
    expect(wemwbs.items.every((i) => !('text' in i))).toBe(true);
    expect('instructions' in wemwbs).toBe(false);
    expect(wemwbs.licence).toMatchObject({ itemText: false, commercialUseNeedsPermission: true });
  });
});

describe('wemwbs: depression screen (Bianco 2012: cut-off 43.5, so a total of 43 or less)', () => {
  it.each([
    [42, true],
    [43, true],
    [44, false],
    [45, false],
  ] as const)('total %i → %s', (total, expected) => {
    const r = score(wemwbs, withScoredSum(wemwbs, ids('wemwbs', 1, 14), total));
    expect(r.scales.total.value).toBe(total);
    expect(r.cutoffs.depression_screen).toBe(expected);
  });
  it('is null when the total is not scored, and its evidence (primary) is in provenance', () => {
    const r = score(wemwbs, { wemwbs_1: 1 });
    expect(r.cutoffs.depression_screen).toBeNull();
    expect(r.provenance.evidence).toContainEqual({ rule: 'cutoff', id: 'depression_screen', level: 'primary', sources: ['bianco2012'] });
  });
});
