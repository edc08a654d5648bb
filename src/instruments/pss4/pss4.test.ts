import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema } from '../../schema/definition.js';
import { definitionProblems } from '../../schema/problems.js';
import { score } from '../../scoring/score.js';
import { all, ids } from '../../../test/support.js';
import { pss4 } from './pss4.js';

const items = ids('pss4', 1, 4);

describe('pss4: definition', () => {
  it('is a valid definition with no problems', () => {
    expect(InstrumentDefinitionSchema.safeParse(pss4).success).toBe(true);
    expect(definitionProblems(pss4)).toEqual([]);
  });
  it('reverse keys are exactly items 2 and 3 (Cohen’s scoring page)', () => {
    expect(pss4.items.filter((i) => 'reverse' in i && i.reverse).map((i) => i.number)).toEqual([2, 3]);
  });
  it('has no bands or cut-offs and ships no item wording', () => {
    expect(pss4.scales[0].bandSchemes).toEqual([]);
    expect(pss4.cutoffs).toEqual([]);
    expect(pss4.items.every((i) => !('text' in i))).toBe(true);
  });
  it('the English norm (Warttig 2013) is inside the range and cites known sources', () => {
    const known = new Set(pss4.sources.map((s) => s.id));
    expect(pss4.benchmarks).toEqual([expect.objectContaining({ scale: 'total', n: 1568, mean: 6.11 })]);
    expect(pss4.benchmarks[0].sources.every((s) => known.has(s))).toBe(true);
  });
});

describe('pss4: scoring (sum 0–16, items 2 and 3 reversed as 4 − x)', () => {
  it.each([
    // awell-health/awell-score src/scores/pss_4/__testdata__/pss_4_test_responses.ts
    ['best', [0, 4, 4, 0], 0],
    ['median', [2, 2, 2, 2], 8],
    ['worst', [4, 0, 0, 4], 16],
    ['random', [2, 1, 4, 3], 8],
  ] as const)('%s response %j → %i', (_name, answers, total) => {
    expect(score(pss4, answers).scales.total).toMatchObject({ value: total, answered: 4, prorated: false, band: null });
  });
  it('"Never" to all four is 8, not 0; "Very Often" to all four is 8, not 16', () => {
    expect(score(pss4, all(items, 0)).scales.total.value).toBe(8);
    expect(score(pss4, all(items, 4)).scales.total.value).toBe(8);
  });
  it('reverse key: "Very Often" on item 2 alone scores 0, on item 1 alone scores 4', () => {
    expect(score(pss4, { pss4_1: 0, pss4_2: 4, pss4_3: 4, pss4_4: 0 }).scales.total.value).toBe(0);
    expect(score(pss4, { pss4_1: 4, pss4_2: 4, pss4_3: 4, pss4_4: 0 }).scales.total.value).toBe(4);
  });
});

describe('pss4: missing data (no published rule: all four needed)', () => {
  it('3 of 4 answered → null', () => {
    expect(score(pss4, [2, 1, 4, null]).scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 3, expected: 4 });
  });
  it('opt-in proration: 2 of 4 → mean × 4 (3 and reversed 1 = 3 → 6 over 2 → 12); 1 of 4 → null', () => {
    expect(score(pss4, { pss4_1: 3, pss4_2: 1 }, { prorate: true }).scales.total).toMatchObject({ value: 12, answered: 2, prorated: true });
    expect(score(pss4, { pss4_1: 3 }, { prorate: true }).scales.total).toMatchObject({ value: null, reason: 'insufficient_answers' });
  });
  it('an answer outside 0–4 is invalid, not missing', () => {
    const r = score(pss4, [2, 1, 4, -1] as never);
    expect(r.valid).toBe(false);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
});
