/**
 * The TypeScript shape of an instrument definition. Every property is `readonly` so that
 * definitions written `as const satisfies InstrumentDefinition` keep their literal types
 * (item ids, scale ids, option values), which the scoring types read back.
 *
 * The zod schema in `./definition.ts` validates the same shape at run time and is what the
 * shipped JSON Schema (`schema/instrument.schema.json`) is generated from; a type-level check
 * there keeps the two in step.
 *
 * @module
 */

/** What an instrument measures. Used by the catalogue to filter and by later comparison layers. */
export type Construct =
  | 'anxiety'
  | 'burnout'
  | 'compassion_fatigue'
  | 'depression'
  | 'distress'
  | 'engagement'
  | 'moral_distress'
  | 'professional_fulfillment'
  | 'resilience'
  | 'stress'
  | 'wellbeing';

/** A code from a terminology such as LOINC. */
export interface Coding {
  /** Code system URI, e.g. `http://loinc.org`. */
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/**
 * What kind of document a source is, which decides the evidence it can give (see {@link Evidence}).
 *
 * Primary kinds, the authors' or owner's own word:
 * - `publication`: a paper or report by the authors of the instrument, or of the rule it is cited
 *   for (e.g. the ABS report that defines the ABS K10 grouping);
 * - `manual`: the owner's manual, scoring guide or official form;
 * - `owner_page`: the owner's or developer's own web page (terms, FAQ, scoring notes).
 *
 * Secondary kinds, someone else's report of it:
 * - `validation_paper`: a peer-reviewed paper by others that applies, validates or reviews the instrument;
 * - `programme_page`: an official programme, agency or professional-body page (NAM, AIHW, PhenX, NINDS);
 * - `reproduction`: a copy of a form, a fact sheet, a public implementation or another third-party summary.
 */
export type SourceKind = 'publication' | 'manual' | 'owner_page' | 'validation_paper' | 'programme_page' | 'reproduction';

/**
 * How well a scoring fact is supported:
 * - `primary`: read at the authors' or owner's own publication (a source of a primary kind);
 * - `secondary`: read at two or more independent secondary sources that agree;
 * - `single_secondary`: read at one secondary source only (or at sources whose independence is
 *   doubtful).
 *
 * Policy: only `primary` and `secondary` facts may be defaults. A `single_secondary` fact ships only
 * as a named, non-default scheme that a caller chooses explicitly; sources that conflict give
 * separate named schemes with neither as default, or nothing. Nothing comes from memory.
 */
export type EvidenceLevel = 'primary' | 'secondary' | 'single_secondary';

/** The evidence behind one scoring fact. */
export interface Evidence {
  readonly level: EvidenceLevel;
  /**
   * The sources at which the fact itself was read: a subset of the rule's `sources` (which may
   * also name, say, the paper a secondary source attributes the fact to).
   */
  readonly sources: readonly string[];
  /** Below `primary`: what could not be read, or why the sources' independence is in doubt. */
  readonly note?: string;
}

/**
 * A published source: paper, manual, official form or licence page. Every rule in a definition
 * names the source(s) it comes from by `id`.
 */
export interface Source {
  /** Short id used by rules to cite this source, e.g. `kroenke2001`. */
  readonly id: string;
  /** What kind of document it is; required for every source that evidence cites. */
  readonly kind?: SourceKind;
  /** Full citation in Vancouver style. */
  readonly citation: string;
  readonly doi?: string;
  readonly url?: string;
  /** PubMed Central id, e.g. `PMC1495268`. */
  readonly pmcid?: string;
  /** What this source is used for in the definition (in our words). */
  readonly note?: string;
  /**
   * The source is the user's own (a local threshold, an organisation's decision), not a
   * published one: results name the rules citing it in `provenance.userSupplied`.
   */
  readonly userSupplied?: boolean;
}

/** One option of a response scale. */
export interface ResponseOption {
  /**
   * The number the instrument's scoring key gives this option *before* any reverse keying.
   * Callers send this value as the answer.
   */
  readonly value: number;
  /** The option label as printed on the form (labels are short and shipped for every instrument). */
  readonly label: string;
  /** Terminology code for the option, e.g. a LOINC answer code. */
  readonly code?: Coding;
}

/** An ordered set of options shared by one or more items. */
export interface ResponseScale {
  readonly id: string;
  /** Options in the order printed on the published form. */
  readonly options: readonly ResponseOption[];
  /** Source ids for the option values. */
  readonly sources: readonly string[];
}

/** One question of an instrument. */
export interface Item {
  /** `<instrumentId>_<n>`, n being the item's number on the published form. */
  readonly id: string;
  /** The item's 1-based number on the published form. */
  readonly number: number;
  /** Id of the response scale this item uses. */
  readonly responseScale: string;
  /**
   * Item wording as published. Present only where the owner's terms allow redistribution
   * (see `licence.itemText`); otherwise a licensee attaches it with `withItemText`.
   */
  readonly text?: string;
  /** A short description in this package's own words, for data dictionaries and forms without text. */
  readonly topic: string;
  /** Reverse-keyed: the engine scores `min + max − value` of the item's response scale. */
  readonly reverse?: boolean;
  /** `false` for items on the form that no scale uses (e.g. the PHQ-9 difficulty item). */
  readonly scored: boolean;
  /** Terminology codes for the item (e.g. LOINC question code). */
  readonly codes?: readonly Coding[];
}

/** Mean or sum of the (reverse-keyed where marked) item values. */
export interface ItemMethod {
  readonly kind: 'sum' | 'mean';
}

/** `value = base × multiply + add`, where base is another scale of the same instrument. */
export interface LinearMethod {
  readonly kind: 'linear';
  readonly of: string;
  readonly multiply: number;
  readonly add: number;
}

/** Conversion table from another scale's value to this scale's value (e.g. raw → metric). */
export interface LookupMethod {
  readonly kind: 'lookup';
  readonly of: string;
  /** `[from, to]` pairs; every reachable value of `of` must appear exactly once. */
  readonly table: readonly (readonly [number, number])[];
  /** How well the table is supported (required on shipped instruments). */
  readonly evidence?: Evidence;
}

/** Weighted sum of other scales: `Σ weight × scale + add`. */
export interface CompositeMethod {
  readonly kind: 'composite';
  readonly terms: readonly { readonly scale: string; readonly weight: number }[];
  readonly add: number;
}

/**
 * Sum over pairs of items of the product of the two (recoded) answers, e.g. the MMD-HP's
 * Σ frequency × distress. The scale's `items` lists every item of every pair.
 */
export interface ProductSumMethod {
  readonly kind: 'product_sum';
  readonly pairs: readonly (readonly [string, string])[];
}

export type ScaleMethod = ItemMethod | LinearMethod | LookupMethod | CompositeMethod | ProductSumMethod;

/**
 * How a scale copes with unanswered items.
 *
 * - `all`: every item must be answered (the package's rule where the authors publish none).
 * - `min_answered`: the published rule "score the mean of the answered items when at least `min`
 *   are answered" (mean scales only); `sources` cite it.
 */
export type MissingRule =
  | { readonly kind: 'all' }
  | { readonly kind: 'min_answered'; readonly min: number; readonly sources: readonly string[]; readonly evidence?: Evidence };

/** One band of a scheme: the band holds every value from `min` up to the next band's `min`. */
export interface Band {
  readonly id: string;
  readonly label: string;
  /** Lower bound, inclusive unless `minExclusive`. The first band's `min` equals the scale's range minimum. */
  readonly min: number;
  /**
   * The band starts just above `min` (value > min), for published bands worded "above x"
   * (BRS "high: above 4.30"). The previous band then holds `min` itself. Never on the first band.
   */
  readonly minExclusive?: boolean;
}

/** A named set of bands over a scale's range, given by ascending lower bounds. */
export interface BandScheme {
  readonly id: string;
  readonly label: string;
  /**
   * The scheme used when the caller does not choose one. At most one scheme per scale is default,
   * and only one whose evidence is `primary` or `secondary`. A scale whose schemes are all
   * non-default gets no band unless the caller names a scheme (`options.bandSchemes`).
   */
  readonly default?: boolean;
  readonly bands: readonly Band[];
  readonly sources: readonly string[];
  /** How well the bands are supported (required on shipped instruments). */
  readonly evidence?: Evidence;
}

/** A score computed from items or from other scales. */
export interface Scale {
  readonly id: string;
  readonly label: string;
  /** Item ids this scale is computed from (empty for linear, lookup and composite scales). */
  readonly items: readonly string[];
  readonly method: ScaleMethod;
  /** Smallest and largest reachable value. */
  readonly range: readonly [number, number];
  /** Which end is the adverse one: `higher_is_worse` (burnout, depression) or `higher_is_better`. */
  readonly direction: 'higher_is_worse' | 'higher_is_better';
  readonly missing: MissingRule;
  readonly bandSchemes: readonly BandScheme[];
  /** Terminology codes for the score (e.g. the LOINC code of a total score). */
  readonly codes?: readonly Coding[];
  /** Source ids for item membership, method, reverse keys and range. */
  readonly sources: readonly string[];
}

export type ComparisonOperator = '>=' | '>' | '<=' | '<';

/** A condition on a scale value. */
export interface ScaleCondition {
  readonly scale: string;
  readonly op: ComparisonOperator;
  readonly value: number;
}

/** A condition on one item's raw answer (the value the caller sent, before reverse keying). */
export interface ItemCondition {
  readonly item: string;
  readonly op: ComparisonOperator;
  readonly value: number;
}

/** Another cut-off of the same instrument. */
export interface CutoffReference {
  readonly cutoff: string;
}

/** Three-valued any/all. `any(true, null) = true`, `all(false, null) = false`. */
export interface AnyCondition {
  readonly any: readonly Criterion[];
}
export interface AllCondition {
  readonly all: readonly Criterion[];
}

export type Criterion = ScaleCondition | ItemCondition | CutoffReference | AnyCondition | AllCondition;

/** One of several published criteria for the same decision (e.g. PHQ-2 ≥ 3 or the sensitive ≥ 2). */
export interface CutoffScheme {
  readonly id: string;
  readonly label: string;
  /**
   * The scheme used when the caller does not choose one. At most one scheme per cut-off is
   * default, and only one whose evidence is `primary` or `secondary`. A cut-off without a default
   * scheme is `null` unless the caller names a scheme (`options.cutoffSchemes`); the result's
   * provenance says why (`undetermined`).
   */
  readonly default?: boolean;
  readonly criterion: Criterion;
  readonly sources: readonly string[];
  /** How well the criterion is supported (required on shipped instruments). */
  readonly evidence?: Evidence;
}

interface CutoffBase {
  readonly id: string;
  readonly label: string;
  readonly sources: readonly string[];
}

/** A cut-off with one published criterion (which must be `primary` or `secondary`). */
export interface SingleCutoff extends CutoffBase {
  readonly criterion: Criterion;
  readonly schemes?: never;
  /** How well the criterion is supported (required on shipped instruments). */
  readonly evidence?: Evidence;
}

/**
 * A cut-off the literature defines in several ways, or on weaker evidence: named schemes, at most
 * one default; the caller picks one with `options.cutoffSchemes` and the result's provenance names
 * the scheme used. Each scheme carries its own evidence.
 */
export interface SchemedCutoff extends CutoffBase {
  readonly schemes: readonly CutoffScheme[];
  readonly criterion?: never;
  readonly evidence?: never;
}

/** A named criterion over scale values and items, evaluating to true, false or null. */
export type Cutoff = SingleCutoff | SchemedCutoff;

/** An item-level alert reported apart from bands, e.g. PHQ-9 item 9 ≥ 1. */
export interface Flag {
  readonly id: string;
  readonly label: string;
  readonly item: string;
  readonly op: ComparisonOperator;
  readonly value: number;
  readonly sources: readonly string[];
  /** How well the flag's rule is supported (required on shipped instruments). */
  readonly evidence?: Evidence;
}

/** A published reference value for a scale or a cut-off. */
export interface Benchmark {
  readonly id: string;
  /** Scale id or cut-off id the benchmark refers to. */
  readonly scale?: string;
  readonly cutoff?: string;
  readonly population: string;
  readonly country: string;
  readonly year: number;
  readonly n: number;
  readonly mean?: number;
  readonly sd?: number;
  /** Proportion 0–1 meeting the cut-off. */
  readonly prevalence?: number;
  /** Share of respondents (0–1) at each value of the scale, e.g. a single item's five answers. */
  readonly distribution?: readonly { readonly value: number; readonly proportion: number }[];
  /** What the figures are (e.g. survey year vs publication year, subgroup, how they were derived). */
  readonly note?: string;
  readonly sources: readonly string[];
  /** How well the figures are supported (required on shipped instruments). */
  readonly evidence?: Evidence;
}

/**
 * How an instrument reports one of its constructs when results of different instruments are put
 * side by side (`outcomes()`, `compare()`, `summarizeOutcomes()`): which cut-off decides
 * "positive" and which scale carries severity.
 *
 * Severity is the severity scale's value as a percent of the maximum possible (POMP,
 * `100 × (value − range min) / (range max − range min)`), turned round for `higher_is_better`
 * scales, so that on every instrument 0 is the least and 100 the most adverse state of the
 * construct: more burnout, more depression, less well-being, less fulfilment.
 */
export interface Outcome {
  /** One of the definition's `constructs`; an instrument declares each construct at most once. */
  readonly construct: Construct;
  /** The scale whose value carries severity (its `range` must not be a single point). */
  readonly severityScale: string;
  /**
   * The severity scale's `direction`, repeated here so that the data file shows how severity is
   * aligned; a definition check fails if the two ever disagree.
   */
  readonly direction: 'higher_is_worse' | 'higher_is_better';
  /**
   * The cut-off whose `true` means the adverse state (burnout, a positive screen, poor
   * well-being). Absent where the instrument has no published cut-off: such outcomes report
   * severity only, and `positive` is `null`. For a cut-off with named schemes, the scheme is the
   * one the result was scored with (`options.cutoffSchemes`), reported with the outcome.
   */
  readonly cutoff?: string;
  /** Why this scale and cut-off represent the construct (e.g. which of several subscales). */
  readonly note?: string;
  /** Sources for the cut-off and scale chosen. */
  readonly sources: readonly string[];
}

/** Terms under which the instrument's content may be used. */
export interface Licence {
  /** Copyright holder of the item wording. */
  readonly holder: string;
  /** The terms in a sentence. */
  readonly terms: string;
  readonly url?: string;
  /** Whether this package ships the item wording (`text`) of the instrument. */
  readonly itemText: boolean;
  /** Whether use in a commercial product needs the holder's permission. */
  readonly commercialUseNeedsPermission: boolean;
  /** The notice to show wherever the instrument is shown. */
  readonly notice: string;
  readonly sources: readonly string[];
}

/** A validated survey instrument as data: items, response scales, scoring, cut-offs, sources, licence. */
export interface InstrumentDefinition {
  /** Lowercase letters and digits, e.g. `phq9`. Equal to the folder, export name and subpath. */
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  /** Definition version, bumped on any change that can change a score. */
  readonly version: string;
  /** BCP 47 language tags of the shipped labels and text. */
  readonly languages: readonly string[];
  readonly constructs: readonly Construct[];
  /** Recall period in words, e.g. "the last 2 weeks"; null where the instrument has none. */
  readonly recallPeriod: string | null;
  /** Instructions as published; only where the licence allows shipping text. */
  readonly instructions?: string;
  /** Terminology codes for the instrument as a whole (e.g. LOINC panel). */
  readonly codes?: readonly Coding[];
  readonly responseScales: readonly ResponseScale[];
  readonly items: readonly Item[];
  readonly scales: readonly Scale[];
  readonly cutoffs: readonly Cutoff[];
  readonly flags: readonly Flag[];
  readonly benchmarks: readonly Benchmark[];
  /**
   * Harmonised outcomes, one per construct (see {@link Outcome}). Optional for definitions made
   * outside this package; every shipped instrument declares one for each of its `constructs`.
   */
  readonly outcomes?: readonly Outcome[];
  readonly sources: readonly Source[];
  readonly licence: Licence;
}

/**
 * A definition's prose, kept apart from it: what each source is cited for (with the passages that
 * support each rule), what each benchmark's figures are, and why an outcome uses its scale and
 * cut-off. Shipped instruments keep it in `<id>/notes.ts` (exported as `<id>Notes`), so that an
 * app bundling one instrument with `score` carries only what scoring and citing need: every
 * source id, citation, DOI/URL, every rule's sources and evidence stay in the definition.
 * `withNotes(definition, notes)` puts the notes back where `Source.note`, `Benchmark.note` and
 * `Outcome.note` hold them. Keys are typed by the definition's source ids, benchmark ids and
 * outcome constructs.
 */
export interface DefinitionNotes<D extends InstrumentDefinition = InstrumentDefinition> {
  /** Source id → what the source is cited for. */
  readonly sources?: { readonly [K in D['sources'][number]['id']]?: string };
  /** Benchmark id → what the figures are. */
  readonly benchmarks?: { readonly [K in D['benchmarks'][number]['id']]?: string };
  /** Outcome construct → why the outcome uses its scale and cut-off. */
  readonly outcomes?: { readonly [K in NonNullable<D['outcomes']>[number]['construct']]?: string };
}

/** Each element of a tuple of sources, benchmarks or outcomes, with an optional `note`. */
export type Noted<T> = { readonly [K in keyof T]: T[K] & { readonly note?: string } };

/**
 * The type of `withNotes(definition, notes)`: the definition's own literal types (item, scale and
 * cut-off ids stay typed), with `note` readable on every source, benchmark and outcome.
 */
export type WithNotes<D extends InstrumentDefinition> = {
  readonly sources: Noted<D['sources']>;
  readonly benchmarks: Noted<D['benchmarks']>;
  readonly outcomes?: Noted<NonNullable<D['outcomes']>>;
} & D;
