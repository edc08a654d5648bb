/**
 * Types derived from a definition (answers, ids) and the one result shape every instrument's
 * score has. Type-only: nothing here exists at run time.
 *
 * @module
 */
import type { EvidenceLevel, InstrumentDefinition } from './types.js';

/** Item ids of a definition as a union of string literals. */
export type ItemId<D extends InstrumentDefinition> = D['items'][number]['id'];
/** Scale ids of a definition as a union of string literals. */
export type ScaleId<D extends InstrumentDefinition> = D['scales'][number]['id'];
/** Cut-off ids of a definition as a union of string literals. */
export type CutoffId<D extends InstrumentDefinition> = D['cutoffs'][number]['id'];
/** Flag ids of a definition as a union of string literals. */
export type FlagId<D extends InstrumentDefinition> = D['flags'][number]['id'];

/** The scale of `D` with id `K` (its literal type). */
export type ScaleOf<D extends InstrumentDefinition, K extends ScaleId<D>> = Extract<D['scales'][number], { readonly id: K }>;
/** Band scheme ids of scale `K` of `D`, e.g. `'kroenke2001'` for the PHQ-9 total. */
export type BandSchemeId<D extends InstrumentDefinition, K extends ScaleId<D>> = ScaleOf<D, K>['bandSchemes'][number]['id'];
/** Band ids of scale `K` of `D` over all its schemes, e.g. `'minimal' | 'mild' | …` for the PHQ-9 total. */
export type BandId<D extends InstrumentDefinition, K extends ScaleId<D>> = ScaleOf<D, K>['bandSchemes'][number]['bands'][number]['id'];
/** Scheme ids of cut-off `K` of `D` (never for a cut-off with one criterion), e.g. `'sensitive'` for the PHQ-2 screen. */
export type CutoffSchemeId<D extends InstrumentDefinition, K extends CutoffId<D>> = NonNullable<Extract<D['cutoffs'][number], { readonly id: K }>['schemes']>[number]['id'];

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

/**
 * `A` when `A` is `unknown` (untrusted input, checked at run time), `never` otherwise: lets
 * `score()` take `unknown` while an object of any other type is still checked against the
 * definition's items.
 */
export type UnknownAnswers<A> = unknown extends A ? A : never;

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

/** A band as results report it: typed by the scale's band and scheme ids. */
export interface BandResult<B extends string = string, S extends string = string> {
  readonly id: B;
  readonly label: string;
  readonly scheme: S;
}

/** The score of one scale; `B` and `S` are the scale's band and band scheme ids. */
export interface ScaleResult<B extends string = string, S extends string = string> {
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
  readonly band: BandResult<B, S> | null;
}

/** The result type of scale `K` of `D`: a scale without band schemes has `band: null` only. */
export type ScaleResultOf<D extends InstrumentDefinition, K extends ScaleId<D>> = [BandId<D, K>] extends [never]
  ? ScaleResult<never, never> & { readonly band: null }
  : ScaleResult<BandId<D, K>, BandSchemeId<D, K>>;

/** An item flag that fired (`positive`) or could not be determined (`unanswered`). */
export interface FlagResult<F extends string = string> {
  readonly id: F;
  readonly item: string;
  readonly status: 'positive' | 'unanswered';
}

/**
 * The evidence of one rule that produced a band, a cut-off value or a flag (or the missing-data
 * rule or conversion table a scale used), copied from the definition.
 */
export interface RuleEvidence {
  readonly rule: 'band_scheme' | 'cutoff' | 'flag' | 'missing_rule' | 'table';
  /** The scale (band scheme, missing-data rule, table), cut-off or flag id. */
  readonly id: string;
  /** The band or cut-off scheme, where the rule has named schemes. */
  readonly scheme?: string;
  readonly level: EvidenceLevel;
  /** Sources at which the fact was read. */
  readonly sources: readonly string[];
}

/**
 * A band or cut-off left unclassified because none of its schemes may be a default (their sources
 * conflict, or are single secondary) and the caller chose none.
 */
export interface Undetermined {
  readonly rule: 'band_scheme' | 'cutoff';
  /** The scale or cut-off id. */
  readonly id: string;
  /** Why, and which schemes the caller can choose. */
  readonly message: string;
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
  /**
   * Scheme used per cut-off that has named schemes (cut-offs with one criterion are not listed);
   * `null` where the cut-off has no default scheme and none was chosen (see `undetermined`).
   */
  readonly cutoffSchemes: Readonly<Record<string, string | null>>;
  readonly prorated: boolean;
  /** Ids of the sources behind every rule used. */
  readonly sources: readonly string[];
  /**
   * The evidence level of every rule used: each band scheme applied, each cut-off criterion
   * evaluated, each flag, each published missing-data rule and conversion table. Rules of
   * definitions that record no evidence are not listed.
   */
  readonly evidence: readonly RuleEvidence[];
  /** Bands and cut-offs not classified because no scheme may be default and none was chosen. */
  readonly undetermined: readonly Undetermined[];
  /**
   * Rules that are not the package's but the user's (`withCutoff`, `withBandScheme`, or a
   * source marked `userSupplied` in a custom definition) and were used for this result, each
   * with the source text its author gave. Absent when every rule is the package's.
   */
  readonly userSupplied?: readonly UserRule[];
}

/** A user-supplied rule behind a result: which rule, and the source its author gave. */
export interface UserRule {
  /** E.g. `cut-off local_high` or `band scheme local of scale total`. */
  readonly rule: string;
  /** The source text given with the rule (its citation). */
  readonly source: string;
}

/** A warning: an issue that leaves the result valid. */
export type Warning = Issue & { readonly severity: 'warning' };

/** What every result has, valid or not. */
interface ScoreResultBase<D extends InstrumentDefinition> {
  readonly instrument: { readonly id: D['id']; readonly version: string; readonly name: string };
  readonly scales: { readonly [K in ScaleId<D>]: ScaleResultOf<D, K> };
  readonly cutoffs: { readonly [K in CutoffId<D>]: boolean | null };
  readonly flags: readonly FlagResult<FlagId<D>>[];
  readonly provenance: Provenance<ScaleId<D>>;
}

/** A result without error issues (there may be warnings, such as a key that is no item). */
export interface ValidScoreResult<D extends InstrumentDefinition = InstrumentDefinition> extends ScoreResultBase<D> {
  readonly valid: true;
  readonly issues: readonly Warning[];
}

/** A result with at least one error issue: the scales that depend on a bad answer are `null`. */
export interface InvalidScoreResult<D extends InstrumentDefinition = InstrumentDefinition> extends ScoreResultBase<D> {
  readonly valid: false;
  readonly issues: readonly Issue[];
}

/**
 * The result of `score()`: the same shape for every instrument, with the definition's scale,
 * cut-off, band, scheme and flag ids as literal types. `valid` narrows it: a valid result's
 * issues are warnings only.
 */
export type ScoreResult<D extends InstrumentDefinition = InstrumentDefinition> = ValidScoreResult<D> | InvalidScoreResult<D>;

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
  readonly bandSchemes?: { readonly [K in ScaleId<D>]?: BandSchemeId<D, K> };
  /** Scheme per cut-off, by scheme id, for cut-offs with named schemes; others use their default. */
  readonly cutoffSchemes?: { readonly [K in CutoffId<D>]?: CutoffSchemeId<D, K> };
  /**
   * A key of the answers that is no item of the instrument (a record's `id`, `department`, …):
   * `'ignore'` it (the default) or `'report'` it as an `unknown_item` issue of severity
   * `warning`. Neither makes the result invalid. Prototype keys (`__proto__`, `constructor`,
   * `prototype`) are always a `forbidden_key` error.
   */
  readonly unknownKeys?: 'ignore' | 'report';
}
