/** How the report writes numbers, intervals and the reasons a figure is missing. */
import type { Interval } from '../../cohort/intervals.js';
import type { StatReason } from '../../cohort/types.js';

/** A count with thousands separators: 1,234. */
export function count(n: number): string {
  return n.toLocaleString('en');
}

/** A value with at most `digits` decimals (trailing zeros dropped): 6.1, 27, 0.87. */
export function num(v: number, digits = 2): string {
  const rounded = Number(v.toFixed(digits));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A statistic with a fixed number of decimals (alpha, means, intervals): 0.90, 41.80. */
export function fixed(v: number, digits = 2): string {
  const text = v.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** A proportion 0–1 as a percentage with one decimal: 0.2346 → "23.5 %". */
export function pct(p: number): string {
  return `${(100 * p).toFixed(1)} %`;
}

/** A 95 % interval of proportions: "18.1–45.4 %". */
export function pctInterval(ci: Interval): string {
  return `${(100 * ci.lower).toFixed(1)}–${(100 * ci.upper).toFixed(1)} %`;
}

/** A 95 % interval of values: "0.81 to 0.88" ("to", as either end may be negative). */
export function interval(ci: Interval, digits = 2): string {
  return `${fixed(ci.lower, digits)} to ${fixed(ci.upper, digits)}`;
}

/** A signed difference with fixed decimals: "+1.20", "−0.40". */
export function signed(v: number, digits = 2): string {
  const text = fixed(Math.abs(v), digits);
  return Number(text) === 0 ? text : `${v < 0 ? '−' : '+'}${text}`;
}

/** Why a figure is not given, in words. */
export const REASONS: Readonly<Record<StatReason, string>> = {
  no_values: 'no values',
  fewer_than_two_values: 'fewer than 2 values',
  fewer_than_three_cases: 'fewer than 3 complete answers',
  single_item: 'a single item has no internal consistency',
  fewer_than_two_items: 'fewer than 2 items vary',
  fewer_than_three_items: 'fewer than 3 items vary',
  zero_variance: 'no variation',
  non_positive_total_variance: 'the items do not covary',
  no_item_data: 'no item answers',
  derived_scale: 'computed from another scale, not from items',
  benchmark_without_sd: 'the benchmark publishes no SD',
  no_cutoff: 'no published cut-off',
};

/** The figure, or "—" with the reason as a title-less note. */
export function orReason<T>(value: T | null, show: (v: T) => string, reason: StatReason | undefined): string {
  if (value !== null) return show(value);
  return reason === undefined ? '—' : `— (${REASONS[reason]})`;
}

/** snake_case ids as words: "positive_screen" → "positive screen". */
export function words(id: string): string {
  return id.replaceAll('_', ' ');
}
