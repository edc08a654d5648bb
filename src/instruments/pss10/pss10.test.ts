import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema } from '../../schema/definition.js';
import { definitionProblems } from '../../schema/problems.js';
import { score } from '../../scoring/score.js';
import { all, ids } from '../../../test/support.js';
import { pss10 } from './pss10.js';

const items = ids('pss10', 1, 10);

describe('pss10: definition', () => {
  it('is a valid definition with no problems', () => {
    expect(InstrumentDefinitionSchema.safeParse(pss10).success).toBe(true);
    expect(definitionProblems(pss10)).toEqual([]);
  });
  it('reverse keys are exactly the positively stated items 4, 5, 7, 8 (Cohen’s scoring page)', () => {
    expect(pss10.items.filter((i) => 'reverse' in i && i.reverse).map((i) => i.number)).toEqual([4, 5, 7, 8]);
  });
  it('has no bands (Cohen: not a diagnostic instrument, no cut-offs) and ships no item wording', () => {
    expect(pss10.scales[0].bandSchemes).toEqual([]);
    expect(pss10.cutoffs).toEqual([]);
    expect(pss10.items.every((i) => !('text' in i))).toBe(true);
    expect(pss10.licence).toMatchObject({ itemText: false, commercialUseNeedsPermission: true });
  });
  it('every benchmark sits inside the range and cites known sources', () => {
    const known = new Set(pss10.sources.map((s) => s.id));
    for (const b of pss10.benchmarks) {
      expect(b.mean).toBeGreaterThanOrEqual(0);
      expect(b.mean).toBeLessThanOrEqual(40);
      expect(b.sources.every((s) => known.has(s))).toBe(true);
    }
  });
});

describe('pss10: scoring (sum 0–40, items 4, 5, 7, 8 reversed as 4 − x)', () => {
  it('extremes equal the declared range: 0 and 40', () => {
    expect(score(pss10, [0, 0, 0, 4, 4, 0, 4, 4, 0, 0]).scales.total.value).toBe(0);
    expect(score(pss10, [4, 4, 4, 0, 0, 4, 0, 0, 4, 4]).scales.total.value).toBe(40);
  });
  it('"Never" to everything is 16, not 0 (the four positive items score 4 each)', () => {
    expect(score(pss10, all(items, 0)).scales.total.value).toBe(16);
  });
  it('"Very Often" to everything is 24, not 40', () => {
    expect(score(pss10, all(items, 4)).scales.total.value).toBe(24);
  });
  it('all "Sometimes" is 20 (2 is its own reverse)', () => {
    expect(score(pss10, all(items, 2)).scales.total.value).toBe(20);
  });
  it('3,2,3,1,1,2,1,1,2,3 → 15 from the six negative items + 4 × 3 reversed = 27', () => {
    const r = score(pss10, [3, 2, 3, 1, 1, 2, 1, 1, 2, 3]);
    expect(r.scales.total).toMatchObject({ value: 27, answered: 10, expected: 10, prorated: false, band: null });
  });
  it.each([
    ['pss10_4', -1], ['pss10_5', -1], ['pss10_7', -1], ['pss10_8', -1], ['pss10_1', 1], ['pss10_9', 1],
  ] as const)('moving %s from "Never" to "Almost Never" changes the total by %i', (item, delta) => {
    const base = score(pss10, all(items, 0)).scales.total.value!;
    const moved = score(pss10, { ...all(items, 0), [item]: 1 }).scales.total.value!;
    expect(moved - base).toBe(delta);
  });
});

describe('pss10: missing data (no published rule: every item needed)', () => {
  it('9 of 10 answered → null with insufficient_answers, never a low total', () => {
    const r = score(pss10, { ...all(items, 2), pss10_10: null });
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 9, expected: 10 });
  });
  it('opt-in proration: 5 of 10 answered is prorated to mean × 10; 4 of 10 stays null', () => {
    const five = score(pss10, { pss10_1: 3, pss10_2: 2, pss10_3: 3, pss10_4: 1, pss10_5: 1 }, { prorate: true });
    // scored 3 + 2 + 3 + 3 + 3 = 14 over 5 items → 28
    expect(five.scales.total).toMatchObject({ value: 28, answered: 5, prorated: true });
    const four = score(pss10, { pss10_1: 3, pss10_2: 2, pss10_3: 3, pss10_4: 1 }, { prorate: true });
    expect(four.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 4 });
  });
  it('an out-of-range answer (5) is invalid, not missing', () => {
    const r = score(pss10, { ...all(items, 2), pss10_3: 5 } as never);
    expect(r.valid).toBe(false);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_value', item: 'pss10_3', value: 5 })]);
  });
});
