import { describe, expect, it } from 'vitest';
import { score } from '../../scoring/score.js';
import { mmdhp } from './mmdhp.js';

const n = Array.from({ length: 27 }, (_, k) => k + 1);
const freq = n.map((k) => `mmdhp_${k}_frequency`);
const dist = n.map((k) => `mmdhp_${k}_distress`);

/** Every item's frequency set to f and distress set to d. */
function answers(f: number | null, d: number | null): Record<string, number | null> {
  return Object.fromEntries(n.flatMap((k) => [[`mmdhp_${k}_frequency`, f], [`mmdhp_${k}_distress`, d]]));
}

describe('mmdhp: structure', () => {
  it('has 27 situations, each rated for frequency then distress, in form order', () => {
    expect(mmdhp.items.map((i) => i.id)).toEqual(n.flatMap((k) => [`mmdhp_${k}_frequency`, `mmdhp_${k}_distress`]));
    expect(mmdhp.items.map((i) => i.number)).toEqual(n.flatMap((k) => [k, k]));
  });
  it('pairs each frequency rating with the distress rating of the same situation', () => {
    const method = mmdhp.scales[0].method;
    expect(method.kind).toBe('product_sum');
    expect(method.pairs).toEqual(n.map((k) => [`mmdhp_${k}_frequency`, `mmdhp_${k}_distress`]));
  });
  it('both ratings run 0–4 with labelled ends (Never … Very frequently; None … Very distressed)', () => {
    const [f, d] = mmdhp.responseScales;
    expect(f.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4]);
    expect(d.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4]);
    expect([f.options[0].label, f.options[4].label, d.options[0].label, d.options[4].label]).toEqual(['Never', 'Very frequently', 'None', 'Very distressed']);
  });
  it('defines no bands and no cut-offs (the authors publish none)', () => {
    expect(mmdhp.scales[0].bandSchemes).toEqual([]);
    expect(mmdhp.cutoffs).toEqual([]);
  });
});

describe('mmdhp: total = Σ frequency × distress (0–432)', () => {
  it('frequency 1 and distress 2 on every item → 27 × 2 = 54', () => {
    expect(score(mmdhp, answers(1, 2)).scales.total.value).toBe(54);
  });
  it('never experienced (frequency 0) with maximal distress → 0: the ratings are multiplied, not added', () => {
    expect(score(mmdhp, answers(0, 4)).scales.total.value).toBe(0);
  });
  it('extremes: all 0 → 0; all 4 × 4 → 432', () => {
    expect(score(mmdhp, answers(0, 0)).scales.total.value).toBe(0);
    expect(score(mmdhp, answers(4, 4)).scales.total.value).toBe(432);
  });
  it('one situation at 3 × 4 and every other at frequency 0 → 12', () => {
    const r = score(mmdhp, { ...answers(0, 2), mmdhp_9_frequency: 3, mmdhp_9_distress: 4 });
    expect(r.scales.total.value).toBe(12);
  });
  it('a mixed pattern: items 1–9 at 2×3, 10–18 at 1×4, 19–27 at 4×1 → 9×6 + 9×4 + 9×4 = 126', () => {
    const a: Record<string, number> = {};
    for (const k of n) {
      const [f, d] = k <= 9 ? [2, 3] : k <= 18 ? [1, 4] : [4, 1];
      a[`mmdhp_${k}_frequency`] = f;
      a[`mmdhp_${k}_distress`] = d;
    }
    expect(score(mmdhp, a).scales.total.value).toBe(126);
  });
  it('accepts answers as an array in item order (frequency, distress, frequency, …)', () => {
    const arr = n.flatMap(() => [2, 2] as const);
    expect(score(mmdhp, arr).scales.total.value).toBe(108);
  });
});

describe('mmdhp: missing and invalid answers (no published rule: every rating required)', () => {
  it('one distress rating missing → null, even when that situation was never experienced', () => {
    const r = score(mmdhp, { ...answers(0, 1), mmdhp_27_distress: null });
    expect(r.scales.total).toMatchObject({ value: null, reason: 'insufficient_answers', answered: 53, expected: 54 });
  });
  it('one frequency rating missing → null; proration does not apply to this product score', () => {
    const a = { ...answers(2, 2), mmdhp_1_frequency: null };
    expect(score(mmdhp, a).scales.total.value).toBeNull();
    expect(score(mmdhp, a, { prorate: true }).scales.total.value).toBeNull();
  });
  it('5 is not an option: invalid, and the total is not scored', () => {
    const r = score(mmdhp, { ...answers(1, 1), mmdhp_3_distress: 5 } as never);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([expect.objectContaining({ item: 'mmdhp_3_distress', value: 5 })]);
    expect(r.scales.total).toMatchObject({ value: null, reason: 'invalid_answers' });
  });
});

describe('mmdhp: benchmark', () => {
  it('Andalusia (MMD-HP-SPA): n 566, mean 127.3, SD 66.7', () => {
    expect(mmdhp.benchmarks).toEqual([
      expect.objectContaining({ id: 'spain_andalusia_2024', scale: 'total', n: 566, mean: 127.3, sd: 66.7 }),
    ]);
  });
  it('uses the frequency and distress ids', () => {
    expect(freq.every((id) => mmdhp.items.some((i) => i.id === id))).toBe(true);
    expect(dist.every((id) => mmdhp.items.some((i) => i.id === id))).toBe(true);
  });
});
