/**
 * The compiled form of a definition (what `compile()` builds once per definition) and the small
 * helpers the engine shares with it.
 *
 * @internal
 * @module
 */
import type { Provenance, RuleEvidence, Undetermined, UserRule } from '../schema/result.js';
import type { ComparisonOperator, Evidence, InstrumentDefinition } from '../schema/types.js';
import { PACKAGE_VERSION } from '../version.js';
import type { Rational } from './exact.js';
import type { NullReason } from '../schema/result.js';
import type { Read } from './read.js';

/**
 * A scale's state during one call: its own exact value (`n / d`) when `present`. One per scale of
 * a compiled definition, rewritten by every call (no allocation per call): read it before the next.
 */
export interface ScaleState extends Rational {
  n: number;
  d: number;
  exact: boolean;
  present: boolean;
  reason: NullReason | undefined;
  answered: number;
  prorated: boolean;
}

/** The scorer `compileScorer` generated for a definition, and its counts of calls answered and handed to the engine. */
export interface Generated {
  readonly score: (answers: unknown) => unknown;
  readonly counts: { generated: number; engine: number };
}

/** Whether `a op b` holds, given the sign of `a − b`. */
export function holds(sign: number, op: ComparisonOperator): boolean {
  switch (op) {
    case '>=':
      return sign >= 0;
    case '>':
      return sign > 0;
    case '<=':
      return sign <= 0;
    case '<':
      return sign < 0;
  }
}

/** A result's provenance block (shared by `score()` for the common cases). */
export function provenanceOf(
  def: InstrumentDefinition,
  rules: readonly string[],
  bandSchemes: Readonly<Record<string, string | null>>,
  cutoffSchemes: Readonly<Record<string, string | null>>,
  prorated: boolean,
  sources: readonly string[],
  evidence: readonly RuleEvidence[],
  undetermined: readonly Undetermined[],
  userSupplied: readonly UserRule[],
): Provenance {
  return {
    instrument: def.id,
    definitionVersion: def.version,
    packageVersion: PACKAGE_VERSION,
    rules,
    bandSchemes,
    cutoffSchemes,
    prorated,
    sources,
    evidence,
    undetermined,
    ...(userSupplied.length > 0 ? { userSupplied } : {}),
  };
}

/** A rule's evidence as results report it (frozen, shared), or null where the definition records none. */
export function ruleEvidence(rule: RuleEvidence['rule'], id: string, scheme: string | undefined, evidence: Evidence | undefined): RuleEvidence | null {
  if (evidence === undefined) return null;
  const sources = Object.freeze([...evidence.sources]);
  return Object.freeze(scheme === undefined ? { rule, id, level: evidence.level, sources } : { rule, id, scheme, level: evidence.level, sources });
}

const NO_USER_RULES: readonly UserRule[] = Object.freeze([]);

/**
 * The user-supplied rules (`withCutoff`, `withBandScheme`: rules citing a source marked
 * `userSupplied`) behind a result: every such cut-off (each is evaluated) and the band and
 * cut-off schemes chosen, each with the source text its author gave.
 */
export function userRulesOf(
  userSources: ReadonlyMap<string, string>,
  scaleIds: readonly string[],
  schemes: readonly (CompiledBands | null)[],
  cutoffs: readonly { readonly id: string; readonly single: CompiledCutoffScheme | null }[],
  cutoffChoice: readonly (CompiledCutoffScheme | null)[],
): readonly UserRule[] {
  if (userSources.size === 0) return NO_USER_RULES;
  const out: UserRule[] = [];
  const add = (rule: string, sources: readonly string[]) => {
    const source = sources.map((id) => userSources.get(id)).find((text) => text !== undefined);
    if (source !== undefined) out.push(Object.freeze({ rule, source }));
  };
  schemes.forEach((scheme, i) => {
    if (scheme !== null) add(`band scheme ${scheme.scheme} of scale ${scaleIds[i]!}`, scheme.sources);
  });
  cutoffs.forEach((cutoff, i) => {
    const scheme = cutoff.single ?? cutoffChoice[i];
    if (scheme !== null && scheme !== undefined) add(cutoff.single === null ? `cut-off ${cutoff.id}, scheme ${scheme.id}` : `cut-off ${cutoff.id}`, scheme.sources);
  });
  return out.length === 0 ? NO_USER_RULES : Object.freeze(out);
}

/** Thrown when a definition is not internally consistent (a programming error, not bad answers). */
export class DefinitionError extends Error {
  override readonly name = 'DefinitionError';
  constructor(
    message: string,
    readonly definitionId: string,
  ) {
    super(message);
  }
}

export interface CompiledItem {
  readonly id: string;
  /** raw option value → index into `scored` (SameValueZero, so −0 matches 0). */
  readonly options: ReadonlyMap<number, number>;
  /**
   * Fast path for integer options: `dense[value - denseFrom]` is the option index (or −1; undefined
   * outside the table, for a fraction, NaN or ±Infinity), or
   * null when the options are not small integers.
   */
  readonly dense: Int16Array | null;
  readonly denseFrom: number;
  /** Recoded (reverse-keyed where marked) value of each option, as an exact rational. */
  readonly scored: readonly Rational[];
  /** Raw value of each option, by option index. */
  readonly raw: readonly number[];
  /** Allowed raw values, for messages. */
  readonly allowed: string;
}

export type CompiledScale =
  | {
      readonly kind: 'sum' | 'mean';
      readonly id: string;
      readonly items: readonly number[];
      /** Common denominator of every recoded option value of the scale's items. */
      readonly unit: number;
      /** Integer numerator over `unit` of each item's recoded options: `[item][option]`. */
      readonly points: readonly (readonly number[])[];
      readonly minAnswered: number | null;
    }
  | { readonly kind: 'linear'; readonly id: string; readonly of: number; readonly multiply: Rational; readonly add: Rational }
  | { readonly kind: 'lookup'; readonly id: string; readonly of: number; readonly table: ReadonlyMap<number, Rational> }
  | {
      readonly kind: 'composite';
      readonly id: string;
      readonly terms: readonly { readonly scale: number; readonly weight: Rational }[];
      readonly add: Rational;
    }
  | {
      readonly kind: 'product_sum';
      readonly id: string;
      /** Item indices of each pair. */
      readonly pairs: readonly (readonly [number, number])[];
      /** Item indices of every item of the scale. */
      readonly items: readonly number[];
    };

export interface CompiledBands {
  readonly scheme: string;
  readonly bands: readonly {
    readonly min: Rational;
    /** The band holds values above `min` only (`minExclusive`). */
    readonly exclusive: boolean;
    /** The band as results report it, frozen and shared by every result in this band. */
    readonly result: { readonly id: string; readonly label: string; readonly scheme: string };
  }[];
  readonly sources: readonly string[];
  readonly evidence: RuleEvidence | null;
}

export type CompiledCriterion =
  | {
      readonly kind: 'scale';
      readonly scale: number;
      readonly op: ComparisonOperator;
      readonly value: Rational;
    }
  | { readonly kind: 'item'; readonly item: number; /** Per option index: whether the condition holds. */ readonly holds: readonly boolean[] }
  | { readonly kind: 'cutoff'; readonly cutoff: number }
  | { readonly kind: 'any' | 'all'; readonly of: readonly CompiledCriterion[] }
  /** A cut-off without a default scheme when the caller chose none: always null. */
  | { readonly kind: 'undetermined' };

export interface CompiledCutoffScheme {
  readonly id: string;
  readonly criterion: CompiledCriterion;
  readonly sources: readonly string[];
  readonly evidence: RuleEvidence | null;
}

export interface Compiled {
  readonly definition: InstrumentDefinition;
  readonly items: readonly CompiledItem[];
  /** One MISSING per item: copied (a fast packed-array slice) to start each call's answers. */
  readonly blankAnswers: readonly number[];
  /** Shortest accepted answer array: trailing items that no scale uses may be left off. */
  readonly minArrayLength: number;
  readonly itemIndex: ReadonlyMap<string, number>;
  /** Item, scale and cut-off ids in definition order. */
  readonly itemIds: readonly string[];
  readonly scaleIds: readonly string[];
  readonly cutoffIds: readonly string[];
  /** Each scale's state, overwritten by every call (see `computeScales`), in `scales` order. */
  readonly states: readonly ScaleState[];
  /**
   * The reading state `score()` reuses from call to call (reset first), unless a call is already
   * using it (`busy`): a getter in the answers may call `score()` again.
   */
  readonly scratch: { readonly read: Read; busy: boolean };
  /**
   * The scorer generated for this definition by `compileScorer` (null until then): `score()`
   * passes it every call made without options.
   */
  generated: Generated | null;
  /** Scales in an order where every base comes before the scales derived from it. */
  readonly scales: readonly CompiledScale[];
  /** Indices into `scales` in definition order, with their ids and item counts, for building the result. */
  readonly scaleOrder: readonly { readonly id: string; readonly index: number; readonly expected: number }[];
  /** Per scale (definition order): item count, rule text, default and named band schemes. */
  readonly scaleInfo: readonly {
    readonly expected: number;
    readonly rule: string;
    readonly proratedRule: string | null;
    readonly bands: ReadonlyMap<string, CompiledBands>;
    readonly defaultBands: CompiledBands | null;
    /** Why the scale gets no band when no scheme is chosen (it has schemes but none is default). */
    readonly undetermined: Undetermined | null;
  }[];
  readonly cutoffs: readonly {
    readonly id: string;
    /** Named schemes (null for a cut-off with one criterion). */
    readonly schemes: ReadonlyMap<string, CompiledCutoffScheme> | null;
    /** The one criterion of a cut-off without named schemes, as a scheme (null for a schemed cut-off). */
    readonly single: CompiledCutoffScheme | null;
    /** Why the cut-off is null when no scheme is chosen (it has schemes but none is default). */
    readonly undetermined: Undetermined | null;
  }[];
  /** Source id → citation of the sources marked `userSupplied` (empty for shipped instruments). */
  readonly userSources: ReadonlyMap<string, string>;
  /** Whether any cut-off refers to another (only then are cut-off values memoised). */
  readonly cutoffsReferCutoffs: boolean;
  readonly flags: readonly {
    readonly item: number;
    /** Per option index of the item: whether that answer fires the flag (decided once, here). */
    readonly fires: readonly boolean[];
    /** The two results a flag can report, frozen and shared. */
    readonly positive: { readonly id: string; readonly item: string; readonly status: 'positive' };
    readonly unanswered: { readonly id: string; readonly item: string; readonly status: 'unanswered' };
  }[];
  /** Sources of every scale, missing rule, cut-off and flag (band scheme sources are added per call). */
  readonly baseSources: readonly string[];
  /** Evidence of the rules every result uses whatever its options: flags, published missing-data rules, conversion tables. */
  readonly baseEvidence: readonly RuleEvidence[];
  /** Provenance shared (frozen) by every result that uses the default band schemes. */
  readonly defaults: {
    readonly instrument: { readonly id: string; readonly version: string; readonly name: string };
    readonly schemes: readonly (CompiledBands | null)[];
    /** The criterion of each cut-off (its default scheme's where it has schemes). */
    readonly criteria: readonly CompiledCriterion[];
    /** The default scheme of each cut-off (null for a cut-off with one criterion, or with no default scheme). */
    readonly cutoffSchemeChoice: readonly (CompiledCutoffScheme | null)[];
    readonly rules: readonly string[];
    readonly proratedRules: readonly string[];
    /** Whole provenance blocks for default band schemes: `[options.prorate][anything prorated]`. */
    readonly provenance: readonly (readonly Provenance[])[];
  };
}


/** Band scheme id per scale id, for provenance. */
export function schemeIds(scaleIds: readonly string[], schemes: readonly (CompiledBands | null)[]): Record<string, string | null> {
  return Object.fromEntries(scaleIds.map((id, i) => [id, schemes[i]?.scheme ?? null]));
}

/** Scheme id per cut-off that has named schemes (null where none applies), for provenance. */
export function cutoffSchemeIds(cutoffs: Compiled['cutoffs'], chosen: readonly (CompiledCutoffScheme | null)[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  cutoffs.forEach((c, i) => {
    if (c.schemes !== null) out[c.id] = chosen[i]?.id ?? null;
  });
  return out;
}

/**
 * The evidence of every rule a result used (band schemes, cut-off criteria, then flags, missing-data
 * rules and tables) and what was left undetermined, for given band and cut-off scheme choices.
 */
export function evidenceOf(
  c: Pick<Compiled, 'scaleInfo' | 'cutoffs' | 'baseEvidence'>,
  schemes: readonly (CompiledBands | null)[],
  cutoffSchemes: readonly (CompiledCutoffScheme | null)[],
): { evidence: readonly RuleEvidence[]; undetermined: readonly Undetermined[] } {
  const evidence: RuleEvidence[] = [];
  const undetermined: Undetermined[] = [];
  c.scaleInfo.forEach((info, i) => {
    const scheme = schemes[i];
    if (scheme === null || scheme === undefined) {
      if (info.undetermined !== null) undetermined.push(info.undetermined);
    } else if (scheme.evidence !== null) evidence.push(scheme.evidence);
  });
  c.cutoffs.forEach((co, i) => {
    const scheme = co.single ?? cutoffSchemes[i] ?? null;
    if (scheme === null) {
      if (co.undetermined !== null) undetermined.push(co.undetermined);
    } else if (scheme.evidence !== null) evidence.push(scheme.evidence);
  });
  evidence.push(...c.baseEvidence);
  return { evidence: Object.freeze(evidence), undetermined: Object.freeze(undetermined) };
}

/** The sources behind a result: those of every rule plus those of the band and cut-off schemes used. */
export function schemeSources(
  baseSources: readonly string[],
  schemes: readonly (CompiledBands | null)[],
  cutoffSchemes: readonly (CompiledCutoffScheme | null)[],
): string[] {
  const sources = new Set(baseSources);
  for (const scheme of schemes) scheme?.sources.forEach((x) => sources.add(x));
  for (const scheme of cutoffSchemes) scheme?.sources.forEach((x) => sources.add(x));
  return [...sources];
}
