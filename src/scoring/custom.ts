/**
 * An organisation's own rules on a shipped (or custom) instrument: a local cut-off or band
 * scheme, added without copying the definition. Results name each such rule, with the source
 * text given for it, in `provenance.userSupplied`.
 *
 * @module
 */
import { frozen } from '../schema/frozen.js';
import { definitionProblems } from '../schema/problems.js';
import type { ScaleId, ScaleOf } from '../schema/result.js';
import type { Band, BandScheme, Criterion, InstrumentDefinition, SingleCutoff, Source } from '../schema/types.js';
import { DefinitionError } from './compiled.js';
import { errorText } from './read.js';

/** A cut-off of your own: a criterion and the source that justifies it, in words. */
export interface UserCutoff<I extends string = string> {
  /** snake_case, unique among the instrument's cut-offs. */
  readonly id: I;
  readonly label: string;
  /** Over the instrument's scales, items and cut-offs, as in any definition. */
  readonly criterion: Criterion;
  /**
   * Where the rule comes from (at least 10 characters), e.g. "Local threshold agreed by the
   * staff wellbeing committee, March 2025". Results carry it in `provenance.userSupplied`.
   */
  readonly source: string;
}

/** A band scheme of your own for one scale. */
export interface UserBandScheme<S extends string = string, B extends string = string> {
  /** snake_case, unique among the scale's band schemes. */
  readonly id: S;
  readonly label: string;
  /** Ascending lower bounds; the first band's `min` is the scale's range minimum. */
  readonly bands: readonly (Band & { readonly id: B })[];
  /**
   * Make it the scale's default scheme (the published default then needs `options.bandSchemes`).
   * On a scale without bands the scheme is the default anyway.
   */
  readonly default?: boolean;
  /** Where the scheme comes from (at least 10 characters); results carry it in `provenance.userSupplied`. */
  readonly source: string;
}

/** `D` with one more cut-off, `I`. */
export type WithCutoff<D extends InstrumentDefinition, I extends string> = Omit<D, 'cutoffs' | 'sources'> & {
  readonly cutoffs: readonly (D['cutoffs'][number] | (SingleCutoff & { readonly id: I }))[];
  readonly sources: readonly Source[];
};

/** `D` with band scheme `S` (bands `B`) added to scale `K`. */
export type WithBandScheme<D extends InstrumentDefinition, K extends ScaleId<D>, S extends string, B extends string> = Omit<D, 'scales' | 'sources'> & {
  readonly scales: readonly (
    | Exclude<D['scales'][number], { readonly id: K }>
    | (Omit<ScaleOf<D, K>, 'bandSchemes'> & {
        readonly bandSchemes: readonly (ScaleOf<D, K>['bandSchemes'][number] | (BandScheme & { readonly id: S; readonly bands: readonly (Band & { readonly id: B })[] }))[];
      })
  )[];
  readonly sources: readonly Source[];
};

/** A copy of a band scheme that is no longer the default (every other field kept). */
function notDefault(scheme: BandScheme): BandScheme {
  const copy: { -readonly [K in keyof BandScheme]: BandScheme[K] } = { ...scheme };
  delete copy.default;
  return copy;
}

/** A source id not yet used by the definition. */
function freeSourceId(definition: InstrumentDefinition, base: string): string {
  const taken = new Set(definition.sources.map((s) => s.id));
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}_${k}`;
  return id;
}

/** The user's source entry, or a DefinitionError when the text is too short to say anything. */
function userSource(definition: InstrumentDefinition, fn: string, base: string, text: unknown): Source {
  if (typeof text !== 'string' || text.trim().length < 10) {
    throw new DefinitionError(`${definition.id}: ${fn}: give the rule's source in words (at least 10 characters), e.g. "Local threshold agreed by the wellbeing committee, 2025"`, definition.id);
  }
  return { id: freeSourceId(definition, base), citation: text.trim(), note: `user-supplied (${fn})`, userSupplied: true };
}

/** The new definition, checked like any other and frozen; a DefinitionError lists every problem. */
function checked<T extends InstrumentDefinition>(fn: string, before: InstrumentDefinition, after: T): T {
  let problems: readonly string[];
  try {
    problems = definitionProblems(after);
  } catch (error) {
    problems = [`malformed rule (${errorText(error)})`];
  }
  if (problems.length > 0) throw new DefinitionError(`${before.id}: ${fn}: ${problems.join('; ')}`, before.id);
  return frozen(after);
}

/**
 * Returns a copy of a definition with a cut-off of your own (a local threshold, a research
 * cut-off). Scoring, the published rules and the definition's version are unchanged; every result
 * lists the cut-off in `provenance.userSupplied` with the source you gave.
 *
 * @throws {DefinitionError} when the cut-off is inconsistent with the definition (an unknown
 *   scale, a duplicate id) or the source is missing.
 *
 * @example
 * ```ts
 * import { cbi, score, withCutoff } from 'wellbeing-instruments';
 * const local = withCutoff(cbi, {
 *   id: 'work_very_high',
 *   label: 'Very high work-related burnout (≥ 75)',
 *   criterion: { scale: 'work', op: '>=', value: 75 },
 *   source: 'Threshold agreed by the staff wellbeing committee, March 2025',
 * });
 * score(local, answers).cutoffs.work_very_high; // true, false or null
 * ```
 */
export function withCutoff<D extends InstrumentDefinition, const I extends string>(definition: D, cutoff: UserCutoff<I>): WithCutoff<D, I> {
  const source = userSource(definition, 'withCutoff', `user_${String(cutoff.id)}`, cutoff.source);
  const added: SingleCutoff = { id: cutoff.id, label: cutoff.label, criterion: cutoff.criterion, sources: [source.id] };
  return checked('withCutoff', definition, {
    ...definition,
    cutoffs: [...definition.cutoffs, added],
    sources: [...definition.sources, source],
  }) as unknown as WithCutoff<D, I>;
}

/**
 * Returns a copy of a definition with a band scheme of your own on one scale; choose it per call
 * with `options.bandSchemes`, or make it the scale's default with `default: true`. Results that
 * use it list it in `provenance.userSupplied` with the source you gave.
 *
 * @throws {DefinitionError} when the scheme is inconsistent (bands that do not start at the
 *   range minimum or do not ascend, a duplicate id) or the source is missing.
 *
 * @example
 * ```ts
 * import { phq9, score, withBandScheme } from 'wellbeing-instruments';
 * const triage = withBandScheme(phq9, 'total', {
 *   id: 'triage',
 *   label: 'Local triage bands',
 *   bands: [{ id: 'routine', label: 'Routine', min: 0 }, { id: 'follow_up', label: 'Follow up', min: 10 }],
 *   source: 'Occupational health triage protocol v3, 2025',
 * });
 * score(triage, answers, { bandSchemes: { total: 'triage' } }).scales.total.band?.id; // 'routine' | 'follow_up' | …
 * ```
 */
export function withBandScheme<D extends InstrumentDefinition, K extends ScaleId<D>, const S extends string, const B extends string>(
  definition: D,
  scale: K,
  scheme: UserBandScheme<S, B>,
): WithBandScheme<D, K, S, B> {
  const target = definition.scales.find((s) => s.id === scale);
  if (target === undefined) {
    throw new DefinitionError(`${definition.id}: withBandScheme: no scale "${String(scale)}" (scales: ${definition.scales.map((s) => s.id).join(', ')})`, definition.id);
  }
  const source = userSource(definition, 'withBandScheme', `user_${String(scale)}_${String(scheme.id)}`, scheme.source);
  // A scale's only scheme is its default.
  const makeDefault = scheme.default === true || target.bandSchemes.length === 0;
  const added: BandScheme = { id: scheme.id, label: scheme.label, ...(makeDefault ? { default: true } : {}), bands: scheme.bands, sources: [source.id] };
  return checked('withBandScheme', definition, {
    ...definition,
    scales: definition.scales.map((s) =>
      s.id !== scale
        ? s
        : {
            ...s,
            bandSchemes: [...s.bandSchemes.map((b) => (makeDefault && b.default === true ? notDefault(b) : b)), added],
          },
    ),
    sources: [...definition.sources, source],
  }) as unknown as WithBandScheme<D, K, S, B>;
}
