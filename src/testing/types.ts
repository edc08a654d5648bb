/**
 * Shapes of the known-answer vectors. Plain JSON: the same objects are shipped as
 * `vectors/<id>.json` for R, Python, SPSS or any other language.
 *
 * @module
 */
import type { IssueCode } from '../schema/result.js';

/** What a known-answer case checks. */
export type CaseKind = 'published' | 'boundary' | 'extreme' | 'reverse_key' | 'missing' | 'invalid';

/** What `score()` (and any correct scorer) must give for a case. */
export interface ExpectedResult {
  /** False when the answers contain a problem (an issue of severity `error`); `issues` then lists the codes. */
  readonly valid: boolean;
  /** Every scale's value (full precision), or null when it cannot be scored. */
  readonly scales: Readonly<Record<string, number | null>>;
  /** The band id of every scale with bands under the case's band schemes (null when unscored). */
  readonly bands: Readonly<Record<string, string | null>>;
  /** Every cut-off: true, false, or null when it cannot be determined. */
  readonly cutoffs: Readonly<Record<string, boolean | null>>;
  /** Issue codes, sorted: errors of invalid cases, or warnings of a valid one (`unknownKeys: 'report'`). */
  readonly issues: readonly IssueCode[];
}

/** One known answer: an input, the options it is scored with, and the result it must give. */
export interface KnownAnswerCase {
  /** Unique within the instrument, stable between releases, e.g. `total>=10:at`. */
  readonly id: string;
  readonly kind: CaseKind;
  /** What the case checks, in words. */
  readonly checks: string;
  /** Where it comes from: a citation for published examples, or the definition's sources it was derived from. */
  readonly source: string;
  /** Answers keyed by item id (or, for the wrong-length case, an array). JSON values only. */
  readonly answers: Readonly<Record<string, unknown>> | readonly unknown[];
  /** `score()` options the case uses (`prorate`, `bandSchemes`, `cutoffSchemes`); absent = defaults. */
  readonly options?: {
    readonly prorate?: boolean;
    readonly bandSchemes?: Readonly<Record<string, string>>;
    readonly cutoffSchemes?: Readonly<Record<string, string>>;
    readonly unknownKeys?: 'ignore' | 'report';
  };
  readonly expected: ExpectedResult;
}

/** All known answers of one instrument, as shipped in `vectors/<id>.json`. */
export interface VectorFile {
  readonly instrument: string;
  /** The definition version the vectors were derived from. */
  readonly definitionVersion: string;
  readonly cases: readonly KnownAnswerCase[];
}
