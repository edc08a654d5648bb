/**
 * Types derived from a definition (answers, ids) and the one result shape every instrument's
 * score has. Type-only: nothing here exists at run time.
 *
 * @module
 */
import type { InstrumentDefinition } from './types.js';

/** Item ids of a definition as a union of string literals. */
export type ItemId<D extends InstrumentDefinition> = D['items'][number]['id'];
/** Scale ids of a definition as a union of string literals. */
export type ScaleId<D extends InstrumentDefinition> = D['scales'][number]['id'];
/** Cut-off ids of a definition as a union of string literals. */
export type CutoffId<D extends InstrumentDefinition> = D['cutoffs'][number]['id'];
/** Flag ids of a definition as a union of string literals. */
export type FlagId<D extends InstrumentDefinition> = D['flags'][number]['id'];

/** The raw option values an item accepts (before reverse keying), e.g. `0 | 1 | 2 | 3`. */
export type ItemValue<D extends InstrumentDefinition, K extends ItemId<D>> = Extract<
  D['responseScales'][number],
  { readonly id: Extract<D['items'][number], { readonly id: K }>['responseScale'] }
>['options'][number]['value'];

/**
 * Answers keyed by item id. Each value is one of the item's option values; `null` or an absent
 * key means not answered. Missing is never zero.
 *
 * @example
 * ```ts
 * const a: Answers<typeof phq9> = { phq9_1: 2, phq9_2: 1, phq9_9: null };
 * ```
 */
export type Answers<D extends InstrumentDefinition> = {
  readonly [K in ItemId<D>]?: ItemValue<D, K> | null | undefined;
};

/** Answers as an array in item order (index 0 = first item); `null`/`undefined` = not answered. */
export type AnswerList<D extends InstrumentDefinition> = readonly (
  | ItemValue<D, ItemId<D>>
  | null
  | undefined
)[];

/** Either form `score()` accepts. */
export type AnswersInput<D extends InstrumentDefinition> = Answers<D> | AnswerList<D>;

/** Machine-readable problem codes in a result's `issues`. */
export type IssueCode =
  | 'invalid_answers'
  | 'wrong_length'
  | 'unknown_item'
  | 'forbidden_key'
  | 'invalid_type'
  | 'not_finite'
  | 'invalid_value'
  | 'unknown_band_scheme'
  | 'unknown_cutoff_scheme'
  | 'invalid_options'
  | 'too_many_issues';

/**
 * How much an issue matters: an `error` makes the result invalid (`valid: false`); a `warning`
 * is reported and changes nothing (a key that is no item, with `unknownKeys: 'report'`).
 */
export type IssueSeverity = 'error' | 'warning';

/** One problem with the input. `score()` reports every problem it finds, one issue each. */
export interface Issue {
  readonly code: IssueCode;
  /** `error` (the result is invalid) or `warning` (reported only). */
  readonly severity: IssueSeverity;
  /** The item id (or the offending key / array index as a string) the issue is about. */
  readonly item?: string;
  /** The offending value, as given (only for JSON-safe primitives). */
  readonly value?: string | number | boolean | null;
  /** A sentence a person can act on. */
  readonly message: string;
}

/** Why a scale has no value. */
export type NullReason = 'insufficient_answers' | 'invalid_answers';

/** The score of one scale. */
export interface ScaleResult {
  /** Full-precision value, or `null` when it cannot be scored (never 0 or NaN for lack of answers). */
  readonly value: number | null;
  readonly reason?: NullReason;
  /** How many of the scale's items were validly answered. */
  readonly answered: number;
  /** How many items the scale has. */
  readonly expected: number;
  /** True when the value was prorated under `options.prorate`. */
  readonly prorated: boolean;
  /** The band of the chosen scheme, or null when the value is null or the scale has no bands. */
  readonly band: { readonly id: string; readonly label: string; readonly scheme: string } | null;
}

/** An item flag that fired (`positive`) or could not be determined (`unanswered`). */
export interface FlagResult<F extends string = string> {
  readonly id: F;
  readonly item: string;
  readonly status: 'positive' | 'unanswered';
}

/** How the result was reached, for audit. */
export interface Provenance<S extends string = string> {
  readonly instrument: string;
  readonly definitionVersion: string;
  readonly packageVersion: string;
  /** One sentence per scale naming the missing-data rule applied. */
  readonly rules: readonly string[];
  /** Band scheme used per scale (null for scales without bands). */
  readonly bandSchemes: Readonly<Record<S, string | null>>;
  /** Scheme used per cut-off that has named schemes (cut-offs with one criterion are not listed). */
  readonly cutoffSchemes: Readonly<Record<string, string>>;
  readonly prorated: boolean;
  /** Ids of the sources behind every rule used. */
  readonly sources: readonly string[];
}

/**
 * The result of `score()`: the same shape for every instrument, with the definition's scale,
 * cut-off and flag ids as literal key types.
 */
export interface ScoreResult<D extends InstrumentDefinition = InstrumentDefinition> {
  readonly instrument: { readonly id: D['id']; readonly version: string; readonly name: string };
  /** False when any answer was bad; `issues` then says what. */
  readonly valid: boolean;
  readonly issues: readonly Issue[];
  readonly scales: { readonly [K in ScaleId<D>]: ScaleResult };
  readonly cutoffs: { readonly [K in CutoffId<D>]: boolean | null };
  readonly flags: readonly FlagResult<FlagId<D>>[];
  readonly provenance: Provenance<ScaleId<D>>;
}

/** Options for `score()`. */
export interface ScoreOptions<D extends InstrumentDefinition = InstrumentDefinition> {
  /**
   * Opt in to the package's proration rule for scales whose rule is `all`: when at least half
   * of a scale's items (rounded up) are answered, a mean scale is the mean of the answered items
   * and a sum scale is that mean × the number of items. Such scales are marked `prorated: true`.
   * Published rules (`min_answered`) are never changed, and item flags are never imputed.
   */
  readonly prorate?: boolean;
  /** Band scheme per scale, by scheme id; scales not named use their default scheme. */
  readonly bandSchemes?: { readonly [K in ScaleId<D>]?: string };
  /** Scheme per cut-off, by scheme id, for cut-offs with named schemes; others use their default. */
  readonly cutoffSchemes?: { readonly [K in CutoffId<D>]?: string };
  /**
   * A key of the answers that is no item of the instrument (a record's `id`, `department`, …):
   * `'ignore'` it (the default) or `'report'` it as an `unknown_item` issue of severity
   * `warning`. Neither makes the result invalid. Prototype keys (`__proto__`, `constructor`,
   * `prototype`) are always a `forbidden_key` error.
   */
  readonly unknownKeys?: 'ignore' | 'report';
}
