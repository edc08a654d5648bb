/**
 * Shared vocabulary of the cohort layer.
 *
 * @module
 */

/**
 * Why a statistic is `null` instead of a number (the cohort layer never returns NaN):
 *
 * - `no_values`: nothing to describe (no scored value, no determinable cut-off);
 * - `fewer_than_two_values`: an SD needs two values;
 * - `fewer_than_three_cases`: reliability needs at least 3 complete cases;
 * - `single_item`: the scale has one item, so no internal consistency;
 * - `fewer_than_two_items` / `fewer_than_three_items`: after leaving out items without
 *   variance, too few remain for alpha (2) or for omega and alpha-if-deleted (3);
 * - `zero_variance`: the item (or sample) does not vary;
 * - `non_positive_total_variance`: the covariances sum to zero or less (items cancel out);
 * - `no_item_data`: the rows were score results, which carry no item answers;
 * - `derived_scale`: the scale is computed from other scales (linear, lookup, composite), not items;
 * - `benchmark_without_sd`: the benchmark publishes no SD, so no interval or standardised difference;
 * - `no_cutoff`: the outcome has no published cut-off.
 */
export type StatReason =
  | 'no_values'
  | 'fewer_than_two_values'
  | 'fewer_than_three_cases'
  | 'single_item'
  | 'fewer_than_two_items'
  | 'fewer_than_three_items'
  | 'zero_variance'
  | 'non_positive_total_variance'
  | 'no_item_data'
  | 'derived_scale'
  | 'benchmark_without_sd'
  | 'no_cutoff';
