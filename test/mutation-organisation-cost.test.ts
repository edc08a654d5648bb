/**
 * burnoutCost() pinned for the mutation run (issue 19): the exact issue each bad input gives (code,
 * field and the message a user reads), the edges of every accepted range, the impossible-turnover
 * guard at exactly 100 %, the assumptions as listed (labels, defaults, sources), and a second hand
 * calculation of the algebra in docs/cohort.md with round numbers.
 */
import { describe, expect, it } from 'vitest';
import { burnoutCost, HAN_2019_COST_PER_PHYSICIAN, type BurnoutCostError, type BurnoutCostInput, type BurnoutCostResult } from '../src/cohort/index.js';

function ok(input: BurnoutCostInput): BurnoutCostResult {
  const r = burnoutCost(input);
  if ('error' in r) throw new Error(`unexpected error: ${JSON.stringify(r.issues)}`);
  return r;
}

function fails(input: unknown): BurnoutCostError {
  const r = burnoutCost(input as BurnoutCostInput);
  if (!('error' in r)) throw new Error('expected an error');
  return r;
}

const PROPORTION = 'between 0 and 1 (a proportion, not a percentage)';

describe('burnoutCost — each bad input gives one issue with the message the user reads', () => {
  const cases: [string, Record<string, unknown>, { code: string; field: string; message: string }][] = [
    ['clinicians as text', { clinicians: '450', burnoutPrevalence: 0.5 }, { code: 'invalid_type', field: 'clinicians', message: 'clinicians must be a finite number, got "450".' }],
    ['clinicians missing', { burnoutPrevalence: 0.5 }, { code: 'invalid_type', field: 'clinicians', message: 'clinicians is required (the number of clinicians employed).' }],
    ['clinicians 0', { clinicians: 0, burnoutPrevalence: 0.5 }, { code: 'out_of_range', field: 'clinicians', message: 'clinicians must be greater than 0, got 0.' }],
    ['clinicians null', { clinicians: null, burnoutPrevalence: 0.5 }, { code: 'invalid_type', field: 'clinicians', message: 'clinicians must be a finite number, got null.' }],
    ['clinicians an object', { clinicians: { n: 4 }, burnoutPrevalence: 0.5 }, { code: 'invalid_type', field: 'clinicians', message: 'clinicians must be a finite number, got object.' }],
    ['clinicians true', { clinicians: true, burnoutPrevalence: 0.5 }, { code: 'invalid_type', field: 'clinicians', message: 'clinicians must be a finite number, got boolean.' }],
    ['clinicians -Infinity', { clinicians: Number.NEGATIVE_INFINITY, burnoutPrevalence: 0.5 }, { code: 'invalid_type', field: 'clinicians', message: 'clinicians must be a finite number, got -Infinity.' }],
    ['prevalence missing', { clinicians: 450 }, { code: 'invalid_type', field: 'burnoutPrevalence', message: 'burnoutPrevalence is required (a proportion 0–1, or { estimate, lower, upper }).' }],
    ['prevalence null', { clinicians: 450, burnoutPrevalence: null }, { code: 'invalid_type', field: 'burnoutPrevalence', message: 'burnoutPrevalence must be a finite number, got null.' }],
    ['prevalence as text', { clinicians: 450, burnoutPrevalence: '54%' }, { code: 'invalid_type', field: 'burnoutPrevalence', message: 'burnoutPrevalence must be a finite number, got "54%".' }],
    ['prevalence a percentage', { clinicians: 450, burnoutPrevalence: 54 }, { code: 'out_of_range', field: 'burnoutPrevalence', message: `burnoutPrevalence must be ${PROPORTION}, got 54.` }],
    ['prevalence below 0', { clinicians: 450, burnoutPrevalence: -0.1 }, { code: 'out_of_range', field: 'burnoutPrevalence', message: `burnoutPrevalence must be ${PROPORTION}, got -0.1.` }],
    ['interval estimate a percentage', { clinicians: 450, burnoutPrevalence: { estimate: 50, lower: 0.4, upper: 0.6 } }, { code: 'out_of_range', field: 'burnoutPrevalence.estimate', message: 'burnoutPrevalence.estimate must be between 0 and 1, got 50.' }],
    ['interval lower as text', { clinicians: 450, burnoutPrevalence: { estimate: 0.5, lower: '0.4', upper: 0.6 } }, { code: 'invalid_type', field: 'burnoutPrevalence.lower', message: 'burnoutPrevalence.lower must be a finite number, got "0.4".' }],
    ['interval upper missing', { clinicians: 450, burnoutPrevalence: { estimate: 0.5, lower: 0.4 } }, { code: 'invalid_type', field: 'burnoutPrevalence.upper', message: 'burnoutPrevalence.upper is required.' }],
    ['interval out of order', { clinicians: 450, burnoutPrevalence: { estimate: 0.5, lower: 0.6, upper: 0.7 } }, { code: 'inconsistent', field: 'burnoutPrevalence', message: 'burnoutPrevalence needs lower ≤ estimate ≤ upper, got 0.6 ≤ 0.5 ≤ 0.7.' }],
    ['interval upper below the estimate', { clinicians: 450, burnoutPrevalence: { estimate: 0.5, lower: 0.4, upper: 0.45 } }, { code: 'inconsistent', field: 'burnoutPrevalence', message: 'burnoutPrevalence needs lower ≤ estimate ≤ upper, got 0.4 ≤ 0.5 ≤ 0.45.' }],
    ['turnover a percentage', { clinicians: 450, burnoutPrevalence: 0.5, annualTurnover: 7 }, { code: 'out_of_range', field: 'annualTurnover', message: `annualTurnover must be ${PROPORTION}, got 7.` }],
    ['relative risk below 1', { clinicians: 450, burnoutPrevalence: 0.5, turnoverRiskRatio: 0.8 }, { code: 'out_of_range', field: 'turnoverRiskRatio', message: 'turnoverRiskRatio must be at least 1 (burned-out clinicians are at least as likely to leave), got 0.8.' }],
    ['replacement cost negative', { clinicians: 450, burnoutPrevalence: 0.5, replacementCost: -1 }, { code: 'out_of_range', field: 'replacementCost', message: 'replacementCost must be 0 or more, got -1.' }],
    ['target a percentage', { clinicians: 450, burnoutPrevalence: 0.5, targetPrevalence: 40 }, { code: 'out_of_range', field: 'targetPrevalence', message: `targetPrevalence must be ${PROPORTION}, got 40.` }],
    ['target above the prevalence', { clinicians: 450, burnoutPrevalence: 0.4, targetPrevalence: 0.5 }, { code: 'inconsistent', field: 'targetPrevalence', message: 'targetPrevalence (0.5) is above burnoutPrevalence (0.4); a target is a reduction.' }],
    ['target above an interval estimate', { clinicians: 450, burnoutPrevalence: { estimate: 0.4, lower: 0.3, upper: 0.6 }, targetPrevalence: 0.5 }, { code: 'inconsistent', field: 'targetPrevalence', message: 'targetPrevalence (0.5) is above burnoutPrevalence (0.4); a target is a reduction.' }],
    ['programme cost 0', { clinicians: 450, burnoutPrevalence: 0.4, programmeCost: 0 }, { code: 'out_of_range', field: 'programmeCost', message: 'programmeCost must be greater than 0, got 0.' }],
    ['programme cost as text', { clinicians: 450, burnoutPrevalence: 0.4, programmeCost: '1e6' }, { code: 'invalid_type', field: 'programmeCost', message: 'programmeCost must be a finite number, got "1e6".' }],
    [
      'burned-out turnover above 100 %',
      { clinicians: 450, burnoutPrevalence: 0.1, annualTurnover: 0.9, turnoverRiskRatio: 3 },
      { code: 'inconsistent', field: 'annualTurnover', message: 'With turnover 0.9, relative risk 3 and prevalence 0.1, more than every burned-out clinician would leave each year; check the turnover and relative risk.' },
    ],
  ];
  it.each(cases)('%s', (_name, input, issue) => {
    expect(fails(input)).toEqual({ error: 'burnoutCost could not use its inputs.', issues: [issue] });
  });

  it('an unusable bound is reported alone, not also as out of order', () => {
    expect(fails({ clinicians: 10, burnoutPrevalence: { estimate: 0.5, lower: 'x', upper: 0.4 } }).issues.map((i) => [i.field, i.code])).toEqual([['burnoutPrevalence.lower', 'invalid_type']]);
    expect(fails({ clinicians: 10, burnoutPrevalence: { estimate: 0.5, lower: 0.6, upper: null } }).issues.map((i) => [i.field, i.code])).toEqual([['burnoutPrevalence.upper', 'invalid_type']]);
    expect(fails({ clinicians: 10, burnoutPrevalence: { estimate: null, lower: 0.6, upper: 0.4 } }).issues.map((i) => [i.field, i.code])).toEqual([['burnoutPrevalence.estimate', 'invalid_type']]);
  });

  it('shortens a long text to 40 characters and an ellipsis in the message', () => {
    const long = 'x'.repeat(41);
    expect(fails({ clinicians: long, burnoutPrevalence: 0.5 }).issues[0]!.message).toBe(`clinicians must be a finite number, got "${'x'.repeat(40)}…".`);
    const forty = 'y'.repeat(40);
    expect(fails({ clinicians: forty, burnoutPrevalence: 0.5 }).issues[0]!.message).toBe(`clinicians must be a finite number, got "${forty}".`);
  });

  it('a getter that throws is read as unusable, never thrown (top level and inside the interval)', () => {
    const hostile = Object.defineProperty({ burnoutPrevalence: 0.5 }, 'clinicians', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(fails(hostile).issues).toEqual([{ code: 'invalid_type', field: 'clinicians', message: 'clinicians must be a finite number, got symbol.' }]);
    const interval = Object.defineProperty({ estimate: 0.5, upper: 0.6 }, 'lower', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(fails({ clinicians: 10, burnoutPrevalence: interval }).issues).toEqual([{ code: 'invalid_type', field: 'burnoutPrevalence.lower', message: 'burnoutPrevalence.lower must be a finite number, got symbol.' }]);
  });

  it('collects every problem at once, in the order of the inputs', () => {
    const r = fails({ clinicians: -1, burnoutPrevalence: 2, annualTurnover: 2, turnoverRiskRatio: 0, replacementCost: -5, targetPrevalence: 3, programmeCost: -1 });
    expect(r.issues.map((i) => [i.field, i.code])).toEqual([
      ['clinicians', 'out_of_range'],
      ['burnoutPrevalence', 'out_of_range'],
      ['annualTurnover', 'out_of_range'],
      ['turnoverRiskRatio', 'out_of_range'],
      ['replacementCost', 'out_of_range'],
      ['targetPrevalence', 'out_of_range'],
      ['programmeCost', 'out_of_range'],
    ]);
    // Without a usable prevalence there is nothing to hold the target against: no second issue.
    expect(fails({ clinicians: 10, burnoutPrevalence: 'x', targetPrevalence: 0.5 }).issues.map((i) => i.field)).toEqual(['burnoutPrevalence']);
    // Every missing bound of an interval is named.
    expect(fails({ clinicians: 10, burnoutPrevalence: {} }).issues.map((i) => i.message)).toEqual([
      'burnoutPrevalence.estimate is required.',
      'burnoutPrevalence.lower is required.',
      'burnoutPrevalence.upper is required.',
    ]);
  });

  it('anything but a plain object is refused with what it was', () => {
    const cases: [unknown, string][] = [
      [null, 'null'],
      [undefined, 'undefined'],
      [3, '3'],
      ['x', '"x"'],
      [[1, 2], 'object'],
    ];
    for (const [input, got] of cases) {
      expect(fails(input)).toEqual({ error: 'burnoutCost needs an object of inputs.', issues: [{ code: 'invalid_type', field: '(input)', message: `Expected an object, got ${got}.` }] });
    }
  });
});

describe('burnoutCost — accepted ranges include their edges', () => {
  it('prevalence 0 and 1, turnover 0 and 1 (when possible), relative risk 1, replacement cost 0, target equal to the prevalence', () => {
    // B = 1: everyone burned out, so t₀ = T / RR and A = T − T/RR = 0.07 − 0.035.
    expect(ok({ clinicians: 10, burnoutPrevalence: 1 }).attributableTurnover).toBeCloseTo(0.035, 15);
    expect(ok({ clinicians: 10, burnoutPrevalence: 0 }).attributableTurnover).toBe(0);
    expect(ok({ clinicians: 10, burnoutPrevalence: 0.5, annualTurnover: 0 }).annualCost).toBe(0);
    // T = 1 with RR = 1: everyone leaves whatever the burnout, none of it attributable.
    expect(ok({ clinicians: 10, burnoutPrevalence: 0.5, annualTurnover: 1, turnoverRiskRatio: 1 }).attributableTurnover).toBe(0);
    expect(ok({ clinicians: 10, burnoutPrevalence: 0.5, replacementCost: 0 }).annualCost).toBe(0);
    const same = ok({ clinicians: 10, burnoutPrevalence: 0.5, targetPrevalence: 0.5, programmeCost: 100 });
    expect([same.turnoverReduction, same.annualSavings, same.roi]).toEqual([0, 0, -1]);
    expect(ok({ clinicians: 10, burnoutPrevalence: 0.5, targetPrevalence: 0 }).turnoverReduction).toBeCloseTo(ok({ clinicians: 10, burnoutPrevalence: 0.5 }).attributableTurnover, 15);
    expect(ok({ clinicians: 0.5, burnoutPrevalence: 0.5 }).attributableDepartures).toBeCloseTo(0.5 * ((0.07 * 0.5) / 1.5), 15);
    expect(ok({ clinicians: 10, burnoutPrevalence: { estimate: 0, lower: 0, upper: 0 } }).interval!.attributableTurnover).toEqual([0, 0]);
    expect(ok({ clinicians: 10, burnoutPrevalence: { estimate: 1, lower: 1, upper: 1 } }).interval!.attributableTurnover[1]).toBeCloseTo(0.035, 15);
  });

  it('the impossible-turnover guard uses the relative risk as the algebra does (RR = 3)', () => {
    // RR · t₀ = 3 · 0.5 / (1 + 0.5 · 2) = 0.75: possible; t₀ = 0.25, A = 0.5 · 2 · 0.25 = 0.25.
    expect(ok({ clinicians: 10, burnoutPrevalence: 0.5, annualTurnover: 0.5, turnoverRiskRatio: 3 }).attributableTurnover).toBeCloseTo(0.25, 15);
    // 3 · 0.7 / 2 = 1.05: impossible.
    expect(fails({ clinicians: 10, burnoutPrevalence: 0.5, annualTurnover: 0.7, turnoverRiskRatio: 3 }).issues[0]!.field).toBe('annualTurnover');
  });

  it('burned-out turnover of exactly 100 % is possible; just above it is not, judged at the interval’s lower bound', () => {
    // RR · t₀ = 2 · 0.6 / (1 + 0.2) = 1 exactly: every burned-out clinician leaves.
    const edge = ok({ clinicians: 100, burnoutPrevalence: 0.2, annualTurnover: 0.6, turnoverRiskRatio: 2, replacementCost: 1 });
    expect(edge.attributableTurnover).toBeCloseTo(0.1, 15); // B (RR − 1) t₀ = 0.2 · 0.5
    // The estimate 0.5 alone would be possible (1.2 / 1.5 = 0.8), but the interval's lower bound 0.1 is not (1.2 / 1.1).
    const r = fails({ clinicians: 100, burnoutPrevalence: { estimate: 0.5, lower: 0.1, upper: 0.6 }, annualTurnover: 0.6, turnoverRiskRatio: 2 });
    expect(r.issues).toEqual([{ code: 'inconsistent', field: 'annualTurnover', message: 'With turnover 0.6, relative risk 2 and prevalence 0.1, more than every burned-out clinician would leave each year; check the turnover and relative risk.' }]);
    expect(ok({ clinicians: 100, burnoutPrevalence: { estimate: 0.5, lower: 0.2, upper: 0.6 }, annualTurnover: 0.6, turnoverRiskRatio: 2 }).interval!.attributableTurnover[0]).toBeCloseTo(0.1, 15);
  });
});

describe('burnoutCost — a second worked example by hand', () => {
  // N = 200, B = 0.3, T = 0.1, RR = 3, C = 1000: t₀ = 0.1 / (1 + 0.3 · 2) = 0.0625; burned-out turnover 0.1875;
  // A = 0.3 · 2 · 0.0625 = 0.0375; 7.5 departures; cost 7,500; 37.5 per clinician.
  // Target 0.1: A − A′ = 0.2 · 2 · 0.0625 = 0.025; savings 200 · 0.025 · 1000 = 5,000; on a programme of 2,000 the return is 1.5.
  const input = { clinicians: 200, burnoutPrevalence: 0.3, annualTurnover: 0.1, turnoverRiskRatio: 3, replacementCost: 1000, targetPrevalence: 0.1, programmeCost: 2000 };
  it('gives every figure', () => {
    const r = ok(input);
    expect(r.attributableTurnover).toBeCloseTo(0.0375, 15);
    expect(r.attributableDepartures).toBeCloseTo(7.5, 12);
    expect(r.annualCost).toBeCloseTo(7500, 9);
    expect(r.costPerClinician).toBeCloseTo(37.5, 12);
    expect(r.turnoverReduction).toBeCloseTo(0.025, 15);
    expect(r.annualSavings).toBeCloseTo(5000, 9);
    expect(r.roi).toBeCloseTo(1.5, 12);
    expect(r.interval).toBeNull();
  });

  it('lists the assumptions as used, with their labels; only defaults carry a source', () => {
    expect(ok(input).assumptions).toEqual([
      { id: 'clinicians', label: 'Clinicians employed', value: 200, default: false, source: null },
      { id: 'burnout_prevalence', label: 'Burnout prevalence', value: 0.3, default: false, source: null },
      { id: 'annual_turnover', label: 'Annual turnover (all clinicians)', value: 0.1, default: false, source: null },
      { id: 'turnover_risk_ratio', label: 'Relative risk of leaving when burned out', value: 3, default: false, source: null },
      { id: 'replacement_cost', label: 'Cost of replacing one clinician', value: 1000, default: false, source: null },
      { id: 'target_prevalence', label: 'Target burnout prevalence', value: 0.1, default: false, source: null },
      { id: 'programme_cost', label: 'Programme cost per year', value: 2000, default: false, source: null },
    ]);
    const defaults = ok({ clinicians: 200, burnoutPrevalence: { estimate: 0.3, lower: 0.2, upper: 0.4 } }).assumptions;
    expect(defaults.map((a) => [a.id, a.value, a.default])).toEqual([
      ['clinicians', 200, false],
      ['burnout_prevalence', 0.3, false],
      ['annual_turnover', 0.07, true],
      ['turnover_risk_ratio', 2, true],
      ['replacement_cost', 500_000, true],
    ]);
    expect(defaults[2]!.source).toMatch(/Figure 2 footnote b: "National mean, approximately 7%"$/);
    expect(defaults[3]!.source).toMatch(/Figure 2 footnote d: "Assumes that burned out physicians are approximately 2 times as likely" to leave$/);
    expect(defaults[4]!.source).toMatch(/Figure 2 footnote c: "Mean cost of \$500 000 to \$1 000 000 per physician"; the paper's example uses the conservative \$500,000$/);
    for (const a of defaults.slice(2)) expect(a.source).toMatch(/^Shanafelt T, Goh J, Sinsky C\. The Business Case for Investing in Physician Well-being\. JAMA Intern Med\. 2017;177\(12\):1826-1832\. doi:10\.1001\/jamainternmed\.2017\.4340, /);
  });

  it('shows Han et al. 2019 beside it and says what the model leaves out', () => {
    const r = ok(input);
    expect(r.benchmark).toEqual(HAN_2019_COST_PER_PHYSICIAN);
    expect(r.benchmark).toEqual({
      label: 'Burnout-related cost of turnover and reduced clinical hours per employed US physician per year',
      value: 7600,
      source: 'Han S, Shanafelt TD, Sinsky CA, et al. Estimating the Attributable Cost of Physician Burnout in the United States. Ann Intern Med. 2019;170(11):784-790. doi:10.7326/M18-1422 (abstract: "approximately $7600 per employed physician each year")',
    });
    expect(r.note).toBe(
      'Counts turnover only, as the paper does: lost productivity of burned-out clinicians who stay, quality, safety and litigation are not included, so the figure is conservative. The model was built for physicians; for other clinicians use your own turnover, relative risk and replacement cost.',
    );
  });

  it('carries the interval to savings only with a target, and to the return only with a programme cost too', () => {
    const bounds = { estimate: 0.3, lower: 0.2, upper: 0.4 };
    const none = ok({ ...input, burnoutPrevalence: bounds, targetPrevalence: undefined, programmeCost: undefined } as unknown as BurnoutCostInput);
    expect(none.interval).toMatchObject({ annualSavings: null, roi: null });
    expect([none.annualSavings, none.turnoverReduction, none.roi]).toEqual([null, null, null]);
    const { programmeCost: _p, ...noProgramme } = input;
    const savings = ok({ ...noProgramme, burnoutPrevalence: bounds });
    expect(savings.roi).toBeNull();
    expect(savings.interval!.roi).toBeNull();
    // At B = 0.2: t₀ = 0.1 / 1.4, savings 200 · 0.1 · 2 · t₀ · 1000; at B = 0.4: t₀ = 0.1 / 1.8, savings 200 · 0.3 · 2 · t₀ · 1000.
    expect(savings.interval!.annualSavings![0]).toBeCloseTo((200 * 0.1 * 2 * (0.1 / 1.4) * 1000), 9);
    expect(savings.interval!.annualSavings![1]).toBeCloseTo((200 * 0.3 * 2 * (0.1 / 1.8) * 1000), 9);
    expect(savings.assumptions.map((a) => a.id)).toEqual(['clinicians', 'burnout_prevalence', 'annual_turnover', 'turnover_risk_ratio', 'replacement_cost', 'target_prevalence']);
    const full = ok({ ...input, burnoutPrevalence: bounds });
    expect(full.interval!.roi![0]).toBeCloseTo((200 * 0.1 * 2 * (0.1 / 1.4) * 1000 - 2000) / 2000, 12);
    expect(full.interval!.attributableTurnover[0]).toBeCloseTo(0.2 * 2 * (0.1 / 1.4), 15);
    expect(full.interval!.annualCost[1]).toBeCloseTo(200 * 0.4 * 2 * (0.1 / 1.8) * 1000, 9);
    const { targetPrevalence: _t, ...programmeOnly } = input;
    const noTarget = ok(programmeOnly);
    expect([noTarget.annualSavings, noTarget.roi]).toEqual([null, null]);
    expect(noTarget.assumptions.map((a) => a.id).at(-1)).toBe('programme_cost');
  });
});
