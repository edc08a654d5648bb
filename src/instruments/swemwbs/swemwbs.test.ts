import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids, withScoredSum } from '../../../test/support.js';
import { swemwbs } from './swemwbs.js';

const items = ids('swemwbs', 1, 7);

// Warwick's SWEMWBS raw → metric table, typed out again here (not read from the definition) so a
// changed row in the definition fails this test.
const expected: readonly (readonly [number, number])[] = [
  [7, 7.0], [8, 9.51], [9, 11.25], [10, 12.4], [11, 13.33], [12, 14.08], [13, 14.75], [14, 15.32], [15, 15.84], [16, 16.36],
  [17, 16.88], [18, 17.43], [19, 17.98], [20, 18.59], [21, 19.25], [22, 19.98], [23, 20.73], [24, 21.54], [25, 22.35],
  [26, 23.21], [27, 24.11], [28, 25.03], [29, 26.02], [30, 27.03], [31, 28.13], [32, 29.31], [33, 30.7], [34, 32.55], [35, 35.0],
];

describe('swemwbs: raw sum and metric conversion', () => {
  it.each(expected)('raw %i → metric %d', (raw, metric) => {
    const r = score(swemwbs, withScoredSum(swemwbs, items, raw));
    expect(r.scales.raw.value).toBe(raw);
    expect(r.scales.metric.value).toBe(metric);
  });
  it('the table has one row per reachable raw score and increases strictly', () => {
    const table = swemwbs.scales[1].method.table;
    expect(table.map(([from]) => from)).toEqual(Array.from({ length: 29 }, (_, k) => 7 + k));
    for (let k = 1; k < table.length; k++) expect(table[k]![1]).toBeGreaterThan(table[k - 1]![1]);
  });
  it('"Some of the time" on all seven → raw 21 → metric 19.25', () => {
    expect(score(swemwbs, all(items, 3)).scales).toMatchObject({ raw: { value: 21 }, metric: { value: 19.25 } });
  });
  it('[4,3,2,4,3,4,5] → raw 25 → metric 22.35', () => {
    expect(score(swemwbs, [4, 3, 2, 4, 3, 4, 5]).scales).toMatchObject({ raw: { value: 25 }, metric: { value: 22.35 } });
  });
  it('the rows Peitz et al. 2024 quote: raw 23 → 20.73 and raw 32 → 29.31', () => {
    expect(score(swemwbs, withScoredSum(swemwbs, items, 23)).scales.metric.value).toBe(20.73);
    expect(score(swemwbs, withScoredSum(swemwbs, items, 32)).scales.metric.value).toBe(29.31);
  });
  it('the metric score depends on the sum only, not on which items carry it', () => {
    const a = score(swemwbs, [5, 5, 5, 1, 1, 1, 1]).scales.metric.value;
    const b = score(swemwbs, [1, 1, 1, 1, 5, 5, 5]).scales.metric.value;
    expect(a).toBe(17.98); // 5+5+5+1+1+1+1 = 19
    expect(b).toBe(a);
  });
  it('has no bands and no cut-offs (none verified at the source)', () => {
    const r = score(swemwbs, all(items, 4));
    expect(r.scales.metric.band).toBeNull();
    expect(r.cutoffs).toEqual({});
  });
});

describe('swemwbs: missing and invalid answers', () => {
  it('one unanswered item leaves raw and metric null with the same reason', () => {
    const r = score(swemwbs, { ...all(items, 4), swemwbs_7: null });
    expect(r.scales.raw).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 6, expected: 7 });
    expect(r.scales.metric).toMatchObject({ value: null, reason: 'insufficient_answers' });
  });
  it('a prorated raw score that is not a whole number has no metric value (no interpolation)', () => {
    const r = score(swemwbs, { swemwbs_1: 4, swemwbs_2: 4, swemwbs_3: 4, swemwbs_4: 4, swemwbs_5: 4, swemwbs_6: 5 }, { prorate: true });
    expect(r.scales.raw).toMatchObject({ prorated: true });
    expect(r.scales.raw.value).toBeCloseTo((25 * 7) / 6, 12);
    expect(r.scales.metric).toMatchObject({ value: null, reason: 'insufficient_answers' });
  });
  it('an answer of 6 is invalid, not missing', () => {
    const r = score(swemwbs, { ...all(items, 4), swemwbs_3: 6 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.metric).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
});

describe('swemwbs: licence', () => {
  it('ships no item wording and no instructions', () => {
    expect(swemwbs.items.every((i) => !('text' in i))).toBe(true);
    expect('instructions' in swemwbs).toBe(false);
    expect(swemwbs.licence).toMatchObject({ itemText: false, commercialUseNeedsPermission: true });
  });
});
