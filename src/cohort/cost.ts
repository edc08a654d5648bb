/**
 * The cost of burnout to an organisation through turnover, after the worksheets of Shanafelt,
 * Goh & Sinsky, "The Business Case for Investing in Physician Well-being", JAMA Intern Med
 * 2017;177(12):1826-1832 (Figure 2, "Worksheet to Project Organizational Cost of Physician
 * Burnout"; Figure 3, "Worksheet to Determine Return on Investment (ROI) in Reduced Turnover
 * Costs Resulting From Intervention to Reduce Physician Burnout").
 *
 * The worksheets' inputs and national means were read at the paper (its footnotes: burnout
 * "National mean, approximately 54%", turnover "National mean, approximately 7%", replacement
 * "Mean cost of $500 000 to $1 000 000 per physician", "burned out physicians are approximately 2
 * times as likely" to leave). The worksheets' formula boxes are printed as an image that could not
 * be read, so the algebra is the standard one for a risk factor's attributable share (Levin's
 * population attributable fraction) and is shown in full here and in docs/cohort.md:
 *
 * - turnover among clinicians who are not burned out: t₀ = T / (1 + B (RR − 1));
 * - among those who are: RR · t₀; so T = (1 − B) t₀ + B · RR · t₀ holds;
 * - turnover attributable to burnout: A = B (RR − 1) t₀ = T · B (RR − 1) / (1 + B (RR − 1));
 * - clinicians leaving each year because of burnout: N · A; their cost: N · A · C;
 * - with a target prevalence B′ and t₀ unchanged (the working conditions of those who are not
 *   burned out stay as they are): A′ = B′ (RR − 1) t₀, savings N (A − A′) C, and the return on a
 *   programme costing P a year (savings − P) / P.
 *
 * This reproduces the paper's worked example: 450 physicians, burnout reduced from 50 % to 40 %,
 * "a 20% reduction in the 2.5% turnover attributable to burnout", turnover 0.5 percentage points
 * lower, "$1.125 million per year (ROI, 12.5%)" on "$1 million/y", at $500,000 per replacement;
 * A = 2.5 % at B = 50 % and RR = 2 corresponds to an overall turnover T of 7.5 %
 * (t₀ = 5 %, burned-out 10 %). With the national mean T = 7 % the same organisation's A is 2.33 %.
 *
 * @module
 */
import type { Interval } from './intervals.js';

/** Inputs of {@link burnoutCost}. Proportions are between 0 and 1. */
export interface BurnoutCostInput {
  /** Clinicians employed (a headcount or FTE), > 0. */
  readonly clinicians: number;
  /**
   * Share of clinicians with burnout, 0–1; give `{ estimate, lower, upper }` (a survey's
   * prevalence with its Wilson interval) to carry the interval through to the cost.
   */
  readonly burnoutPrevalence: number | { readonly estimate: number; readonly lower: number; readonly upper: number };
  /** Share of clinicians leaving each year, 0–1. Default: 0.07, the paper's national mean. */
  readonly annualTurnover?: number;
  /** How many times as likely a burned-out clinician is to leave, ≥ 1. Default: 2, as the paper. */
  readonly turnoverRiskRatio?: number;
  /** Cost of replacing one clinician, ≥ 0. Default: 500,000 (US $), the paper's conservative figure. */
  readonly replacementCost?: number;
  /** The prevalence a programme aims for, 0–1 and below `burnoutPrevalence`, for savings. */
  readonly targetPrevalence?: number;
  /** The programme's yearly cost, > 0, for the return on investment. */
  readonly programmeCost?: number;
}

/** One assumption of the model, as it was used, with where its default comes from. */
export interface CostAssumption {
  readonly id: 'clinicians' | 'burnout_prevalence' | 'annual_turnover' | 'turnover_risk_ratio' | 'replacement_cost' | 'target_prevalence' | 'programme_cost';
  readonly label: string;
  readonly value: number;
  /** `true` when the caller gave no value and the cited default was used. */
  readonly default: boolean;
  /** The source of the default (or of the model's reading of the value); `null` for the organisation's own figures. */
  readonly source: string | null;
}

/** The estimate. Money is in the unit of `replacementCost` (US $ for the defaults). */
export interface BurnoutCostResult {
  /** Share of all clinicians leaving each year because of burnout (A above). */
  readonly attributableTurnover: number;
  /** Clinicians leaving each year because of burnout (N · A). */
  readonly attributableDepartures: number;
  /** N · A · replacement cost. */
  readonly annualCost: number;
  /** `annualCost / clinicians`, to set beside the published per-physician benchmark. */
  readonly costPerClinician: number;
  /**
   * The same figures at the prevalence interval's bounds, when `burnoutPrevalence` came with an
   * interval (each figure rises with prevalence, so the bounds map to the bounds); else `null`.
   */
  readonly interval: {
    readonly attributableTurnover: readonly [number, number];
    readonly annualCost: readonly [number, number];
    readonly annualSavings: readonly [number, number] | null;
    readonly roi: readonly [number, number] | null;
  } | null;
  /** Yearly savings when burnout falls to `targetPrevalence`; `null` without a target. */
  readonly annualSavings: number | null;
  /** The fall in the overall turnover rate at the target (A − A′, a proportion); `null` without a target. */
  readonly turnoverReduction: number | null;
  /** (savings − programme cost) / programme cost; `null` without both a target and a programme cost. */
  readonly roi: number | null;
  /** Every input as used, defaults marked and cited. */
  readonly assumptions: readonly CostAssumption[];
  /** A published estimate to show beside this one (not a second model). */
  readonly benchmark: { readonly label: string; readonly value: number; readonly source: string };
  /** What the model leaves out, in words for the reader of a report. */
  readonly note: string;
}

/** A problem with an input of {@link burnoutCost}. */
export interface CostIssue {
  readonly code: 'invalid_type' | 'out_of_range' | 'inconsistent';
  readonly field: string;
  readonly message: string;
}

/** What {@link burnoutCost} returns for inputs it cannot use; it never throws. */
export interface BurnoutCostError {
  readonly error: string;
  readonly issues: readonly CostIssue[];
}

const SHANAFELT_2017 =
  'Shanafelt T, Goh J, Sinsky C. The Business Case for Investing in Physician Well-being. JAMA Intern Med. 2017;177(12):1826-1832. doi:10.1001/jamainternmed.2017.4340';

/** The paper's defaults, each with the footnote it was read in (Figures 2 and 3). */
export const BURNOUT_COST_DEFAULTS = {
  annualTurnover: { value: 0.07, source: `${SHANAFELT_2017}, Figure 2 footnote b: "National mean, approximately 7%"` },
  turnoverRiskRatio: { value: 2, source: `${SHANAFELT_2017}, Figure 2 footnote d: "Assumes that burned out physicians are approximately 2 times as likely" to leave` },
  replacementCost: { value: 500_000, source: `${SHANAFELT_2017}, Figure 2 footnote c: "Mean cost of $500 000 to $1 000 000 per physician"; the paper's example uses the conservative $500,000` },
} as const;

/** Han et al. 2019, shown beside the estimate. */
export const HAN_2019_COST_PER_PHYSICIAN = {
  label: 'Burnout-related cost of turnover and reduced clinical hours per employed US physician per year',
  value: 7600,
  source:
    'Han S, Shanafelt TD, Sinsky CA, et al. Estimating the Attributable Cost of Physician Burnout in the United States. Ann Intern Med. 2019;170(11):784-790. doi:10.7326/M18-1422 (abstract: "approximately $7600 per employed physician each year")',
} as const;

const LABELS: Record<CostAssumption['id'], string> = {
  clinicians: 'Clinicians employed',
  burnout_prevalence: 'Burnout prevalence',
  annual_turnover: 'Annual turnover (all clinicians)',
  turnover_risk_ratio: 'Relative risk of leaving when burned out',
  replacement_cost: 'Cost of replacing one clinician',
  target_prevalence: 'Target burnout prevalence',
  programme_cost: 'Programme cost per year',
};

const NOTE =
  'Counts turnover only, as the paper does: lost productivity of burned-out clinicians who stay, quality, safety and litigation are not included, so the figure is conservative. The model was built for physicians; for other clinicians use your own turnover, relative risk and replacement cost.';

type Check = (value: number) => boolean;
const proportion: Check = (v) => v >= 0 && v <= 1;

/** Reads one numeric field; pushes an issue and returns null when it is unusable. */
function field(input: Readonly<Record<string, unknown>>, name: string, ok: Check, range: string, issues: CostIssue[]): number | null | undefined {
  const value = input[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push({ code: 'invalid_type', field: name, message: `${name} must be a finite number, got ${describe(value)}.` });
    return null;
  }
  if (!ok(value)) {
    issues.push({ code: 'out_of_range', field: name, message: `${name} must be ${range}, got ${value}.` });
    return null;
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value;
}

/** Reads `burnoutPrevalence` as a number or an estimate with its interval. */
function prevalenceOf(value: unknown, issues: CostIssue[]): { estimate: number; interval: Interval | null } | null {
  if (value === null || typeof value !== 'object') {
    const holder = { burnoutPrevalence: value };
    if (value === undefined) {
      issues.push({ code: 'invalid_type', field: 'burnoutPrevalence', message: 'burnoutPrevalence is required (a proportion 0–1, or { estimate, lower, upper }).' });
      return null;
    }
    const estimate = field(holder, 'burnoutPrevalence', proportion, 'between 0 and 1 (a proportion, not a percentage)', issues);
    return typeof estimate === 'number' ? { estimate, interval: null } : null;
  }
  const parts = value as Readonly<Record<string, unknown>>;
  const read = (name: 'estimate' | 'lower' | 'upper') => {
    const v = field({ [`burnoutPrevalence.${name}`]: readSafely(parts, name) }, `burnoutPrevalence.${name}`, proportion, 'between 0 and 1', issues);
    if (v === undefined) issues.push({ code: 'invalid_type', field: `burnoutPrevalence.${name}`, message: `burnoutPrevalence.${name} is required.` });
    return v ?? null;
  };
  const estimate = read('estimate');
  const lower = read('lower');
  const upper = read('upper');
  if (estimate === null || lower === null || upper === null) return null;
  if (!(lower <= estimate && estimate <= upper)) {
    issues.push({ code: 'inconsistent', field: 'burnoutPrevalence', message: `burnoutPrevalence needs lower ≤ estimate ≤ upper, got ${lower} ≤ ${estimate} ≤ ${upper}.` });
    return null;
  }
  return { estimate, interval: { lower, upper } };
}

/** A property read that a hostile getter cannot turn into a throw. */
function readSafely(object: Readonly<Record<string, unknown>>, key: string): unknown {
  try {
    return object[key];
  } catch {
    return Symbol('unreadable');
  }
}

/** Snapshot of the plain input fields, read once each and never throwing. */
function snapshot(input: unknown): Record<string, unknown> | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return null;
  const out: Record<string, unknown> = {};
  for (const key of ['clinicians', 'burnoutPrevalence', 'annualTurnover', 'turnoverRiskRatio', 'replacementCost', 'targetPrevalence', 'programmeCost']) {
    out[key] = readSafely(input as Readonly<Record<string, unknown>>, key);
  }
  return out;
}

/**
 * The yearly cost of turnover attributable to burnout, and what a reduction would save, after
 * Shanafelt, Goh & Sinsky 2017 (see the module comment for the algebra and why it is written out
 * rather than read). Every assumption is an input; the ones left out take the paper's cited
 * national figures and are marked `default: true` in `assumptions`. Never throws: unusable input
 * gives `{ error, issues }`.
 *
 * @example
 * ```ts
 * import { burnoutCost } from 'wellbeing-instruments/cohort';
 * // The paper's example: 450 physicians, burnout 50 % → 40 %, $500,000 per replacement, a $1 M programme.
 * const r = burnoutCost({ clinicians: 450, burnoutPrevalence: 0.5, annualTurnover: 0.075, targetPrevalence: 0.4, programmeCost: 1_000_000 });
 * if (!('error' in r)) {
 *   r.attributableTurnover; // 0.025 — "the 2.5% turnover attributable to burnout"
 *   r.turnoverReduction;    // 0.005 — turnover 0.5 percentage points lower
 *   r.annualSavings;        // 1,125,000
 *   r.roi;                  // 0.125
 * }
 * ```
 */
export function burnoutCost(input: BurnoutCostInput): BurnoutCostResult | BurnoutCostError {
  const fields = snapshot(input);
  if (fields === null) {
    return { error: 'burnoutCost needs an object of inputs.', issues: [{ code: 'invalid_type', field: '(input)', message: `Expected an object, got ${describe(input)}.` }] };
  }
  const issues: CostIssue[] = [];
  const clinicians = field(fields, 'clinicians', (v) => v > 0, 'greater than 0', issues);
  if (clinicians === undefined) issues.push({ code: 'invalid_type', field: 'clinicians', message: 'clinicians is required (the number of clinicians employed).' });
  const prevalence = prevalenceOf(fields['burnoutPrevalence'], issues);
  const turnover = field(fields, 'annualTurnover', proportion, 'between 0 and 1 (a proportion, not a percentage)', issues);
  const rr = field(fields, 'turnoverRiskRatio', (v) => v >= 1, 'at least 1 (burned-out clinicians are at least as likely to leave)', issues);
  const replacement = field(fields, 'replacementCost', (v) => v >= 0, '0 or more', issues);
  const target = field(fields, 'targetPrevalence', proportion, 'between 0 and 1 (a proportion, not a percentage)', issues);
  const programme = field(fields, 'programmeCost', (v) => v > 0, 'greater than 0', issues);
  if (typeof target === 'number' && prevalence !== null && target > prevalence.estimate) {
    issues.push({ code: 'inconsistent', field: 'targetPrevalence', message: `targetPrevalence (${target}) is above burnoutPrevalence (${prevalence.estimate}); a target is a reduction.` });
  }
  if (issues.length > 0 || typeof clinicians !== 'number' || prevalence === null || turnover === null || rr === null || replacement === null || target === null || programme === null) {
    return { error: 'burnoutCost could not use its inputs.', issues };
  }

  const T = turnover ?? BURNOUT_COST_DEFAULTS.annualTurnover.value;
  const RR = rr ?? BURNOUT_COST_DEFAULTS.turnoverRiskRatio.value;
  const C = replacement ?? BURNOUT_COST_DEFAULTS.replacementCost.value;
  const N = clinicians;
  const B = prevalence.estimate;

  // Turnover among burned-out clinicians is RR · t₀; above 100 % the inputs cannot all be true.
  const worstB = prevalence.interval?.lower ?? B;
  if ((RR * T) / (1 + worstB * (RR - 1)) > 1) {
    return {
      error: 'burnoutCost could not use its inputs.',
      issues: [{ code: 'inconsistent', field: 'annualTurnover', message: `With turnover ${T}, relative risk ${RR} and prevalence ${worstB}, more than every burned-out clinician would leave each year; check the turnover and relative risk.` }],
    };
  }

  const figures = (b: number) => {
    const t0 = T / (1 + b * (RR - 1));
    const a = b * (RR - 1) * t0;
    const reduction = target === undefined ? null : (b - target) * (RR - 1) * t0;
    const savings = reduction === null ? null : N * reduction * C;
    const roi = savings === null || programme === undefined ? null : (savings - programme) / programme;
    return { a, cost: N * a * C, reduction, savings, roi };
  };
  const at = figures(B);
  const low = prevalence.interval === null ? null : figures(prevalence.interval.lower);
  const high = prevalence.interval === null ? null : figures(prevalence.interval.upper);
  const pair = (l: number | null | undefined, h: number | null | undefined): readonly [number, number] | null =>
    typeof l === 'number' && typeof h === 'number' ? [l, h] : null;

  const assumption = (id: CostAssumption['id'], value: number, isDefault: boolean, source: string | null): CostAssumption => ({ id, label: LABELS[id], value, default: isDefault, source });
  const assumptions: CostAssumption[] = [
    assumption('clinicians', N, false, null),
    assumption('burnout_prevalence', B, false, null),
    assumption('annual_turnover', T, turnover === undefined, turnover === undefined ? BURNOUT_COST_DEFAULTS.annualTurnover.source : null),
    assumption('turnover_risk_ratio', RR, rr === undefined, rr === undefined ? BURNOUT_COST_DEFAULTS.turnoverRiskRatio.source : null),
    assumption('replacement_cost', C, replacement === undefined, replacement === undefined ? BURNOUT_COST_DEFAULTS.replacementCost.source : null),
  ];
  if (target !== undefined) assumptions.push(assumption('target_prevalence', target, false, null));
  if (programme !== undefined) assumptions.push(assumption('programme_cost', programme, false, null));

  return {
    attributableTurnover: at.a,
    attributableDepartures: N * at.a,
    annualCost: at.cost,
    costPerClinician: at.cost / N,
    interval:
      low === null || high === null
        ? null
        : {
            attributableTurnover: [low.a, high.a],
            annualCost: [low.cost, high.cost],
            annualSavings: pair(low.savings, high.savings),
            roi: pair(low.roi, high.roi),
          },
    annualSavings: at.savings,
    turnoverReduction: at.reduction,
    roi: at.roi,
    assumptions,
    benchmark: HAN_2019_COST_PER_PHYSICIAN,
    note: NOTE,
  };
}
