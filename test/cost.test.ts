/** burnoutCost(): the paper's worked example, the algebra, the interval carried through, and bad input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { burnoutCost, BURNOUT_COST_DEFAULTS, type BurnoutCostInput, type BurnoutCostResult } from '../src/cohort/index.js';

function ok(input: BurnoutCostInput): BurnoutCostResult {
  const r = burnoutCost(input);
  if ('error' in r) throw new Error(`unexpected error: ${JSON.stringify(r.issues)}`);
  return r;
}

describe('burnoutCost — Shanafelt, Goh & Sinsky 2017 worked example', () => {
  // "450 physicians … burnout reduction from 50 percent to 40 percent … cutting overall turnover by 0.5 percent
  // (20 percent of the 2.5 percent turnover rate attributable to burnout) … $500,000 … $1.125 million per year (ROI, 12.5%)"
  // A = 2.5 % at B = 50 %, RR = 2 means T = 7.5 % (t₀ = 5 %, burned-out 10 %).
  const r = ok({ clinicians: 450, burnoutPrevalence: 0.5, annualTurnover: 0.075, turnoverRiskRatio: 2, replacementCost: 500_000, targetPrevalence: 0.4, programmeCost: 1_000_000 });
  it('2.5 % of turnover is attributable to burnout', () => expect(r.attributableTurnover).toBeCloseTo(0.025, 12));
  it('turnover falls by 0.5 percentage points, a 20 % reduction of the attributable 2.5 %', () => {
    expect(r.turnoverReduction).toBeCloseTo(0.005, 12);
    expect(r.turnoverReduction! / r.attributableTurnover).toBeCloseTo(0.2, 12);
  });
  it('$1.125 million a year saved', () => expect(r.annualSavings).toBeCloseTo(1_125_000, 4));
  it('a return of 12.5 % on a $1 million programme ($2,222 per physician)', () => {
    expect(r.roi).toBeCloseTo(0.125, 12);
    expect(Math.round(1_000_000 / 450)).toBe(2222);
  });
  it('the cost at 50 %: 450 × 2.5 % × $500,000 = $5.625 million, 11.25 departures', () => {
    expect(r.annualCost).toBeCloseTo(5_625_000, 4);
    expect(r.attributableDepartures).toBeCloseTo(11.25, 10);
    expect(r.costPerClinician).toBeCloseTo(12_500, 6);
  });
  it('lists every assumption the caller gave as not default', () => {
    expect(r.assumptions.map((a) => [a.id, a.value, a.default])).toEqual([
      ['clinicians', 450, false],
      ['burnout_prevalence', 0.5, false],
      ['annual_turnover', 0.075, false],
      ['turnover_risk_ratio', 2, false],
      ['replacement_cost', 500_000, false],
      ['target_prevalence', 0.4, false],
      ['programme_cost', 1_000_000, false],
    ]);
  });
});

describe('burnoutCost — defaults and algebra', () => {
  it("uses the paper's national figures where none are given, marked and cited", () => {
    const r = ok({ clinicians: 100, burnoutPrevalence: 0.54 });
    const byId = Object.fromEntries(r.assumptions.map((a) => [a.id, a]));
    expect(byId['annual_turnover']).toMatchObject({ value: 0.07, default: true });
    expect(byId['turnover_risk_ratio']).toMatchObject({ value: 2, default: true });
    expect(byId['replacement_cost']).toMatchObject({ value: 500_000, default: true });
    for (const id of ['annual_turnover', 'turnover_risk_ratio', 'replacement_cost']) expect(byId[id]!.source).toMatch(/Shanafelt.*JAMA Intern Med.*2017.*footnote/);
    expect(byId['clinicians']!.source).toBeNull();
    // National means: T 7 %, B 54 %, RR 2 → A = 0.07 × 0.54 / 1.54 = 2.4545 % ("the 2.5% turnover attributable to burnout").
    expect(r.attributableTurnover).toBeCloseTo((0.07 * 0.54) / 1.54, 14);
    expect(r.annualSavings).toBeNull();
    expect(r.turnoverReduction).toBeNull();
    expect(r.roi).toBeNull();
    expect(r.interval).toBeNull();
    expect(r.benchmark.value).toBe(7600);
    expect(r.benchmark.source).toMatch(/Han.*Ann Intern Med.*2019/);
  });

  it('turnover splits into t₀ for the not burned out and RR·t₀ for the burned out, adding back to T', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (B, T, RR) => {
          const r = ok({ clinicians: 1000, burnoutPrevalence: B, annualTurnover: T, turnoverRiskRatio: RR, replacementCost: 1 });
          const t0 = T / (1 + B * (RR - 1));
          expect((1 - B) * t0 + B * RR * t0).toBeCloseTo(T, 12);
          expect(r.attributableTurnover).toBeCloseTo(T - t0, 12); // what turnover would fall by without burnout
          expect(r.attributableTurnover).toBeGreaterThanOrEqual(0);
          expect(r.attributableTurnover).toBeLessThanOrEqual(T + 1e-15);
        },
      ),
    );
  });

  it('no burnout, or a relative risk of 1, costs nothing; a target of 0 saves the whole cost', () => {
    expect(ok({ clinicians: 10, burnoutPrevalence: 0 }).annualCost).toBe(0);
    expect(ok({ clinicians: 10, burnoutPrevalence: 0.6, turnoverRiskRatio: 1 }).annualCost).toBe(0);
    const r = ok({ clinicians: 200, burnoutPrevalence: 0.45, targetPrevalence: 0 });
    expect(r.annualSavings).toBeCloseTo(r.annualCost, 6);
  });
});

describe('burnoutCost — the survey interval carried through', () => {
  const r = ok({ clinicians: 450, burnoutPrevalence: { estimate: 0.5, lower: 0.44, upper: 0.56 }, annualTurnover: 0.075, targetPrevalence: 0.4, programmeCost: 1_000_000 });
  it('maps each bound of the prevalence to the bound of every figure', () => {
    const lo = ok({ clinicians: 450, burnoutPrevalence: 0.44, annualTurnover: 0.075, targetPrevalence: 0.4, programmeCost: 1_000_000 });
    const hi = ok({ clinicians: 450, burnoutPrevalence: 0.56, annualTurnover: 0.075, targetPrevalence: 0.4, programmeCost: 1_000_000 });
    expect(r.interval).not.toBeNull();
    expect(r.interval!.attributableTurnover).toEqual([lo.attributableTurnover, hi.attributableTurnover]);
    expect(r.interval!.annualCost).toEqual([lo.annualCost, hi.annualCost]);
    expect(r.interval!.annualSavings).toEqual([lo.annualSavings, hi.annualSavings]);
    expect(r.interval!.roi).toEqual([lo.roi, hi.roi]);
    expect(r.annualSavings).toBeCloseTo(1_125_000, 4);
  });
  it('every figure rises with prevalence, so the interval is ordered and holds the estimate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 4, noNaN: true }), (x, y, z, RR) => {
        const [lower, estimate, upper] = [x, y, z].sort((a, b) => a - b) as [number, number, number];
        const r = ok({ clinicians: 300, burnoutPrevalence: { estimate, lower, upper }, annualTurnover: 0.05, turnoverRiskRatio: RR, targetPrevalence: 0, programmeCost: 1000 });
        for (const [key, value] of [['attributableTurnover', r.attributableTurnover], ['annualCost', r.annualCost], ['annualSavings', r.annualSavings], ['roi', r.roi]] as const) {
          const [l, u] = r.interval![key]!;
          expect(l).toBeLessThanOrEqual(value! + 1e-9 * Math.abs(value!));
          expect(u).toBeGreaterThanOrEqual(value! - 1e-9 * Math.abs(value!));
        }
      }),
    );
  });
});

describe('burnoutCost — bad input gives issues, never a throw, never NaN', () => {
  const cases: [string, unknown, string, string][] = [
    ['prevalence as a percentage', { clinicians: 450, burnoutPrevalence: 50 }, 'burnoutPrevalence', 'out_of_range'],
    ['prevalence missing', { clinicians: 450 }, 'burnoutPrevalence', 'invalid_type'],
    ['clinicians missing', { burnoutPrevalence: 0.5 }, 'clinicians', 'invalid_type'],
    ['clinicians 0', { clinicians: 0, burnoutPrevalence: 0.5 }, 'clinicians', 'out_of_range'],
    ['clinicians as text', { clinicians: '450', burnoutPrevalence: 0.5 }, 'clinicians', 'invalid_type'],
    ['NaN turnover', { clinicians: 450, burnoutPrevalence: 0.5, annualTurnover: Number.NaN }, 'annualTurnover', 'invalid_type'],
    ['Infinity cost', { clinicians: 450, burnoutPrevalence: 0.5, replacementCost: Number.POSITIVE_INFINITY }, 'replacementCost', 'invalid_type'],
    ['relative risk below 1', { clinicians: 450, burnoutPrevalence: 0.5, turnoverRiskRatio: 0.8 }, 'turnoverRiskRatio', 'out_of_range'],
    ['target above prevalence', { clinicians: 450, burnoutPrevalence: 0.4, targetPrevalence: 0.5 }, 'targetPrevalence', 'inconsistent'],
    ['programme cost 0', { clinicians: 450, burnoutPrevalence: 0.4, programmeCost: 0 }, 'programmeCost', 'out_of_range'],
    ['interval out of order', { clinicians: 450, burnoutPrevalence: { estimate: 0.5, lower: 0.6, upper: 0.7 } }, 'burnoutPrevalence', 'inconsistent'],
    ['interval bound missing', { clinicians: 450, burnoutPrevalence: { estimate: 0.5, lower: 0.4 } }, 'burnoutPrevalence.upper', 'invalid_type'],
    ['burned-out turnover above 100 %', { clinicians: 450, burnoutPrevalence: 0.1, annualTurnover: 0.9, turnoverRiskRatio: 3 }, 'annualTurnover', 'inconsistent'],
    ['a getter that throws', Object.defineProperty({ burnoutPrevalence: 0.5 }, 'clinicians', { get() { throw new Error('boom'); }, enumerable: true }), 'clinicians', 'invalid_type'],
  ];
  it.each(cases)('%s', (_name, input, fieldName, code) => {
    const r = burnoutCost(input as BurnoutCostInput);
    expect('error' in r).toBe(true);
    if ('error' in r) expect(r.issues).toContainEqual(expect.objectContaining({ field: fieldName, code }));
  });
  it('non-objects', () => {
    for (const input of [null, undefined, 3, 'x', [1, 2]]) {
      const r = burnoutCost(input as unknown as BurnoutCostInput);
      expect('error' in r && r.issues[0]!.code).toBe('invalid_type');
    }
  });
  it('defaults are the paper’s national figures', () => {
    expect(BURNOUT_COST_DEFAULTS.annualTurnover.value).toBe(0.07);
    expect(BURNOUT_COST_DEFAULTS.turnoverRiskRatio.value).toBe(2);
    expect(BURNOUT_COST_DEFAULTS.replacementCost.value).toBe(500_000);
  });
});
