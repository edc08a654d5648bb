import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { all, ids } from '../../../test/support.js';
import { cbi } from './cbi.js';

const personal = ids('cbi', 1, 6);
const work = ids('cbi', 7, 13);
const client = ids('cbi', 14, 19);

describe('cbi: scoring (mean of answered items, 0–100)', () => {
  it('personal: Often, Sometimes, Often, Seldom, Always, Never → 325/6 = 54.17, high', () => {
    const r = score(cbi, { cbi_1: 75, cbi_2: 50, cbi_3: 75, cbi_4: 25, cbi_5: 100, cbi_6: 0 });
    expect(r.scales.personal.value).toBeCloseTo(325 / 6, 12);
    expect(r.cutoffs.personal_high).toBe(true);
  });
  it('work: item 13 is reverse-keyed — "Often" (75) scores 25, so 75,50,25,75,50,25,75 → 325/7 = 46.43, not high', () => {
    const r = score(cbi, { cbi_7: 75, cbi_8: 50, cbi_9: 25, cbi_10: 75, cbi_11: 50, cbi_12: 25, cbi_13: 75 });
    expect(r.scales.work.value).toBeCloseTo(325 / 7, 12);
    expect(r.cutoffs.work_high).toBe(false);
  });
  it('reverse key: "Always" everywhere gives work (6 × 100 + 0) / 7 = 85.71, not 100', () => {
    const r = score(cbi, all([...personal, ...work, ...client], 100));
    expect(r.scales.work.value).toBeCloseTo(600 / 7, 12);
    expect(r.scales.personal.value).toBe(100);
    expect(r.scales.client.value).toBe(100);
  });
  it('reverse key: "Never/almost never" on item 13 alone scores 100', () => {
    expect(score(cbi, { ...all(work.slice(0, 6), 0), cbi_13: 0 }).scales.work.value).toBeCloseTo(100 / 7, 12);
  });
});

describe('cbi: the ≥ 50 boundary, exact on means', () => {
  it.each([
    ['personal', { cbi_1: 50, cbi_2: 50, cbi_3: 50, cbi_4: 50, cbi_5: 50, cbi_6: 25 }, 275 / 6, false],
    ['personal', all(personal, 50), 50, true],
    ['personal', { cbi_1: 50, cbi_2: 50, cbi_3: 50, cbi_4: 50, cbi_5: 50, cbi_6: 75 }, 325 / 6, true],
    ['work', { cbi_7: 50, cbi_8: 50, cbi_9: 50, cbi_10: 50, cbi_11: 50, cbi_12: 25, cbi_13: 50 }, 325 / 7, false],
    ['work', all(work, 50), 50, true],
    ['work', { cbi_7: 50, cbi_8: 50, cbi_9: 50, cbi_10: 50, cbi_11: 50, cbi_12: 75, cbi_13: 50 }, 375 / 7, true],
    ['client', { cbi_14: 75, cbi_15: 50, cbi_16: 25 }, 50, true],
    ['client', { cbi_14: 75, cbi_15: 50, cbi_16: 0 }, 125 / 3, false],
    ['client', { cbi_14: 75, cbi_15: 75, cbi_16: 25 }, 175 / 3, true],
  ] as const)('%s mean %d → high %s', (scale, answers, value, high) => {
    const r = score(cbi, answers);
    expect(r.scales[scale].value).toBeCloseTo(value, 12);
    expect(r.cutoffs[`${scale}_high`]).toBe(high);
  });
});

describe('cbi: published missing-data rule (non-responder below 3 of 6, 4 of 7, 3 of 6)', () => {
  it('personal with 3 answered is the mean of those three: 75, 50, 75 → 66.67', () => {
    const r = score(cbi, { cbi_1: 75, cbi_2: 50, cbi_3: 75 });
    expect(r.scales.personal).toMatchObject({ answered: 3, expected: 6, prorated: false });
    expect(r.scales.personal.value).toBeCloseTo(200 / 3, 12);
  });
  it('personal with 2 answered is a non-responder (null), not a low score', () => {
    expect(score(cbi, { cbi_1: 75, cbi_2: 50 }).scales.personal).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 2 });
  });
  it('work: 3 of 7 is null, 4 of 7 is the mean of the four (item 13 "Never" scores 100)', () => {
    expect(score(cbi, { cbi_7: 75, cbi_8: 50, cbi_9: 25 }).scales.work.value).toBeNull();
    expect(score(cbi, { cbi_7: 75, cbi_8: 50, cbi_9: 25, cbi_13: 0 }).scales.work.value).toBe(62.5);
  });
  it('client: 2 of 6 is null, 3 of 6 is scored', () => {
    expect(score(cbi, { cbi_14: 100, cbi_15: 100 }).scales.client.value).toBeNull();
    expect(score(cbi, { cbi_14: 100, cbi_15: 100, cbi_19: 25 }).scales.client.value).toBe(75);
  });
  it('the published rule is not changed by options.prorate', () => {
    expect(score(cbi, { cbi_1: 75, cbi_2: 50 }, { prorate: true }).scales.personal.value).toBeNull();
  });
  it('an invalid answer is not treated as missing: the scale is not scored even with enough other answers', () => {
    const r = score(cbi, { ...all(personal, 50), cbi_6: 60 } as never);
    expect(r.scales.personal).toMatchObject({ value: null, reason: 'invalid_answers', answered: 5 });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_value', item: 'cbi_6', value: 60 })]);
  });
});

describe('cbi: benchmarks (Creedy et al. 2017, Australian midwives, September 2014)', () => {
  it('share at ≥ 50: personal 64.9%, work-related 43.8%, client-related 10.4% of 1037 surveys', () => {
    const byId = Object.fromEntries(cbi.benchmarks.map((b) => [b.id, b]));
    expect(byId.au_midwives_2014_personal).toMatchObject({ cutoff: 'personal_high', country: 'AU', year: 2014, n: 1037, prevalence: 0.649 });
    expect(byId.au_midwives_2014_work).toMatchObject({ cutoff: 'work_high', country: 'AU', year: 2014, n: 1037, prevalence: 0.438 });
    expect(byId.au_midwives_2014_client).toMatchObject({ cutoff: 'client_high', country: 'AU', year: 2014, n: 1037, prevalence: 0.104 });
  });
  it('the cut-offs they refer to are the ≥ 50 lines the paper used', () => {
    for (const b of cbi.benchmarks) {
      const c = cbi.cutoffs.find((x) => x.id === b.cutoff);
      expect(c?.criterion).toMatchObject({ op: '>=', value: 50 });
    }
  });
  it('every benchmark names a real scale or cut-off and cites known sources', () => {
    const sources = new Set(cbi.sources.map((s) => s.id));
    for (const b of cbi.benchmarks) {
      if ('scale' in b) expect(cbi.scales.map((s) => s.id)).toContain(b.scale);
      if ('cutoff' in b) expect(cbi.cutoffs.map((c) => c.id)).toContain(b.cutoff);
      for (const s of b.sources) expect(sources.has(s)).toBe(true);
    }
  });
});
