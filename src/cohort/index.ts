/**
 * The cohort layer (`wellbeing-instruments/cohort`): many respondents at once. `summarize`
 * gives per-scale descriptives, band counts, prevalence with Wilson intervals, reliability
 * (Cronbach's alpha with Feldt's interval, McDonald's omega total, item statistics, checked
 * against R's `psych`) and comparisons with published benchmarks; `summarizeOutcomes` puts
 * instruments that measure the same construct side by side; `summarizeBy` gives the same per
 * group (department, role, site), each against the rest of the organisation, with small groups
 * withheld; `compareCohorts` gives the change between two survey waves. The statistics are
 * exported too, for data you hold yourself. `burnoutCost` estimates what burnout costs an
 * organisation through turnover (Shanafelt, Goh & Sinsky 2017), every assumption an input with a
 * cited default.
 *
 * ```ts
 * import { cbi } from 'wellbeing-instruments';
 * import { summarize } from 'wellbeing-instruments/cohort';
 * const s = summarize(cbi, rows);
 * s.scales.work.reliability.alpha;
 * ```
 *
 * @module cohort
 */
export { summarize, summarizer, type Summarizer, type BandCounts, type CohortRow, type CohortSummary, type CutoffSummary, type ScaleSummary, type SummarizeOptions } from './summarize.js';
export {
  summarizeBy,
  groupedSummarizer,
  compareGroupValues,
  isWithheld,
  type CutoffVsRest,
  type GroupCohortSummary,
  type GroupedSummarizer,
  type GroupedSummary,
  type GroupKey,
  type GroupSuppression,
  type GroupSummary,
  type ScaleVsRest,
  type SummarizeByOptions,
  type SuppressionReason,
  type Withheld,
  type WithheldBenchmark,
} from './grouped.js';
export { compareCohorts, type CohortComparison, type CutoffChange, type GroupedComparison, type ScaleChange } from './waves.js';
export { summarizeOutcomes, type OutcomeAgreement, type OutcomePrevalence, type OutcomesSummary } from './outcomes.js';
export { reliability, type ItemReliability, type Reliability } from './reliability.js';
export { descriptives, quantile, type Descriptives } from './describe.js';
export { wilsonInterval, type Interval } from './intervals.js';
export type { BenchmarkComparison, DistributionComparison, MeanComparison, PrevalenceComparison } from './benchmarks.js';
export type { Histogram } from './histogram.js';
export type { StatReason } from './types.js';
export { burnoutCost, BURNOUT_COST_DEFAULTS, HAN_2019_COST_PER_PHYSICIAN, type BurnoutCostInput, type BurnoutCostResult, type BurnoutCostError, type CostAssumption, type CostIssue } from './cost.js';
