/**
 * The scoring engine: one function for every instrument.
 *
 * @module
 */
import type {
  AnswersInput,
  UnknownAnswers,
  FlagResult,
  NullReason,
  ScaleResult,
  ScoreOptions,
  ScoreResult,
} from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { compile } from './compile.js';
import {
  cutoffSchemeIds,
  evidenceOf,
  holds,
  provenanceOf,
  schemeIds,
  schemeSources,
  userRulesOf,
  type Compiled,
  type CompiledBands,
  type CompiledCriterion,
  type CompiledCutoffScheme,
  type ScaleState,
} from './compiled.js';
import { add, compare, multiply, toNumber, type Rational } from './exact.js';
import { describe, errorText, INVALID, keyText, PLAIN, Read, readAnswers, REPORT_KEYS, type IssueSink } from './read.js';

/** Shared by every result without flags (frozen, so no result can change another's). */
const NO_FLAGS: FlagResult[] = Object.freeze([]) as unknown as FlagResult[];

/** Sets a state to a value (a rational, or n / d when `value` is null) or to null with a reason. */
function set(s: ScaleState, value: Rational | null, reason: NullReason | undefined, answered: number, prorated: boolean): void {
  s.present = reason === undefined && value !== null;
  if (value !== null && s.present) {
    s.n = value.n;
    s.d = value.d;
    s.exact = value.exact;
  }
  s.reason = s.present ? undefined : reason;
  s.answered = answered;
  s.prorated = prorated;
}

/**
 * Every scale's exact value or null reason, in compiled (dependency) order, written into the
 * compiled definition's reused states (valid until the next call for this definition).
 *
 * @internal (also used by the cohort layer and the command line)
 */
export function computeScales(c: Compiled, answers: readonly number[], unusable: boolean, prorate: boolean): readonly ScaleState[] {
  const out = c.states;
  for (let k = 0; k < c.scales.length; k++) {
    const scale = c.scales[k]!;
    const s = out[k]!;
    switch (scale.kind) {
      case 'sum':
      case 'mean': {
        let points = 0;
        let answered = 0;
        let invalid = unusable;
        const items = scale.items;
        for (let j = 0; j < items.length; j++) {
          const option = answers[items[j]!]!;
          if (option >= 0) {
            points += scale.points[j]![option]!;
            answered++;
          } else if (option === INVALID) invalid = true;
        }
        const expected = items.length;
        const needed = scale.minAnswered ?? (prorate ? Math.ceil(expected / 2) : expected);
        if (invalid || answered < needed || answered === 0) {
          set(s, null, invalid ? 'invalid_answers' : 'insufficient_answers', answered, false);
          break;
        }
        const prorated = scale.minAnswered === null && answered < expected;
        // mean = points / (answered × unit); a prorated sum = mean × expected.
        const n = scale.kind === 'sum' && prorated ? points * expected : points;
        const d = scale.kind === 'mean' || prorated ? answered * scale.unit : scale.unit;
        const exact = Number.isSafeInteger(n) && Number.isSafeInteger(d);
        s.n = exact ? n : n / d;
        s.d = exact ? d : 1;
        s.exact = exact;
        s.present = true;
        s.reason = undefined;
        s.answered = answered;
        s.prorated = prorated;
        break;
      }
      case 'linear': {
        const base = out[scale.of]!;
        const { multiply: m, add: a } = scale;
        // base × m + a over one denominator, inline (no allocation) while it stays exact.
        const n = base.n * m.n * a.d + a.n * base.d * m.d;
        const d = base.d * m.d * a.d;
        if (base.present && base.exact && m.exact && a.exact && Number.isSafeInteger(n) && Number.isSafeInteger(d)) {
          s.n = n;
          s.d = d;
          s.exact = true;
          s.present = true;
          s.reason = undefined;
          s.answered = base.answered;
          s.prorated = base.prorated;
        } else set(s, base.present ? add(multiply(base, m), a) : null, base.reason, base.answered, base.prorated);
        break;
      }
      case 'lookup': {
        const base = out[scale.of]!;
        const to = base.present ? scale.table.get(toNumber(base)) : undefined;
        // A prorated base can fall between table rows: no exact conversion, so no value (never a
        // guess). Any other miss is a gap in the definition's table and is reported as invalid.
        set(s, to ?? null, base.reason ?? (to === undefined ? (base.prorated ? 'insufficient_answers' : 'invalid_answers') : undefined), base.answered, base.prorated);
        break;
      }
      case 'product_sum': {
        let answered = 0;
        let invalid = unusable;
        for (const i of scale.items) {
          const option = answers[i]!;
          if (option >= 0) answered++;
          else if (option === INVALID) invalid = true;
        }
        if (invalid || answered < scale.items.length) {
          set(s, null, invalid ? 'invalid_answers' : 'insufficient_answers', answered, false);
          break;
        }
        let value: Rational = { n: 0, d: 1, exact: true };
        for (const [a, b] of scale.pairs) value = add(value, multiply(c.items[a]!.scored[answers[a]!]!, c.items[b]!.scored[answers[b]!]!));
        set(s, value, undefined, answered, false);
        break;
      }
      case 'composite': {
        let value: Rational | null = scale.add;
        let reason: NullReason | undefined;
        let answered = 0;
        let prorated = false;
        for (const term of scale.terms) {
          const base = out[term.scale]!;
          answered += base.answered;
          prorated ||= base.prorated;
          if (!base.present) {
            value = null;
            reason = reason === 'invalid_answers' || base.reason === 'invalid_answers' ? 'invalid_answers' : 'insufficient_answers';
          } else if (value !== null) value = add(value, multiply(base, term.weight));
        }
        set(s, value, reason, answered, prorated);
        break;
      }
    }
  }
  return out;
}

/** The band of an exact value in a compiled scheme. @internal (also used by the cohort layer) */
export function bandOf(value: Rational, scheme: CompiledBands): { readonly id: string; readonly label: string; readonly scheme: string } {
  const bands = scheme.bands;
  let chosen = bands[0]!;
  for (let i = 1; i < bands.length; i++) {
    const band = bands[i]!;
    const min = band.min;
    const sign = compare(value, min);
    if (sign > 0 || (sign === 0 && !band.exclusive)) chosen = band;
    else break;
  }
  return chosen.result;
}

function evaluate(
  criterion: CompiledCriterion,
  scales: readonly ScaleState[],
  answers: readonly number[],
  criteria: readonly CompiledCriterion[],
  memo: (boolean | null | undefined)[] | null,
): boolean | null {
  switch (criterion.kind) {
    case 'scale': {
      const v = scales[criterion.scale]!;
      if (!v.present) return null;
      return holds(compare(v, criterion.value), criterion.op);
    }
    case 'item': {
      const option = answers[criterion.item]!;
      return option < 0 ? null : criterion.holds[option] === true;
    }
    case 'cutoff':
      return cutoffValue(criterion.cutoff, scales, answers, criteria, memo);
    case 'undetermined':
      return null;
    case 'any': {
      let unknown = false;
      for (const x of criterion.of) {
        const r = evaluate(x, scales, answers, criteria, memo);
        if (r === true) return true;
        if (r === null) unknown = true;
      }
      return unknown ? null : false;
    }
    case 'all': {
      let unknown = false;
      for (const x of criterion.of) {
        const r = evaluate(x, scales, answers, criteria, memo);
        if (r === false) return false;
        if (r === null) unknown = true;
      }
      return unknown ? null : true;
    }
  }
}

/** A cut-off's three-valued result, memoised per call when cut-offs refer to cut-offs. @internal (also used by the cohort layer) */
export function cutoffValue(
  index: number,
  scales: readonly ScaleState[],
  answers: readonly number[],
  criteria: readonly CompiledCriterion[],
  memo: (boolean | null | undefined)[] | null,
): boolean | null {
  if (memo === null) return evaluate(criteria[index]!, scales, answers, criteria, memo);
  let r = memo[index];
  if (r === undefined) {
    r = evaluate(criteria[index]!, scales, answers, criteria, memo);
    memo[index] = r;
  }
  return r;
}

/**
 * Scores answers to an instrument.
 *
 * Answers are the option values of the published scoring key (reverse-keyed items included:
 * reverse keying is done here). Bad input never throws: every problem becomes an issue,
 * `valid` is false, and the scales that depend on a bad item are `null` with reason
 * `invalid_answers`. A scale without enough answers is `null` with reason
 * `insufficient_answers`, never 0.
 *
 * @param definition - an instrument, e.g. `phq9`, or `getInstrument(id)` from the catalogue.
 * @param answers - keyed by item id (`{ phq9_1: 2, … }`) or an array in item order; `null`,
 *   `undefined` or an absent key means not answered. An array may leave off trailing items that
 *   no scale uses (PHQ-9 accepts 9 or 10 values); any other length is a `wrong_length` issue. Untrusted data (JSON, CSV) may be passed
 *   as is: everything is checked at run time.
 * @param options - `prorate` to opt in to the package's proration rule; `bandSchemes` /
 *   `cutoffSchemes` to pick named schemes; `unknownKeys: 'report'` to list keys that are no item
 *   as warnings (by default they are ignored). Options are checked like answers: a bad option is
 *   an `invalid_options` issue, never an exception.
 * @returns one {@link ScoreResult}, typed by the definition's scale, cut-off and flag ids.
 * @throws {DefinitionError} only when the definition itself is inconsistent (never for answers).
 *
 * @example
 * ```ts
 * import { phq9, score } from 'wellbeing-instruments';
 * const r = score(phq9, [2, 2, 2, 2, 1, 1, 2, 0, 0, null]);
 * r.scales.total.value;        // 12
 * r.scales.total.band?.id;     // 'moderate'
 * r.cutoffs.positive_screen;   // true
 * ```
 */
export function score<D extends InstrumentDefinition>(definition: D, answers: AnswersInput<D>, options?: ScoreOptions<D>): ScoreResult<D>;
/**
 * Scores untrusted answers typed `unknown` (a request body, `JSON.parse` output, a validator's
 * result): every problem is an issue, as above. Only `unknown` takes this form; an object typed
 * as anything else is checked against the definition's item ids and option values.
 */
export function score<D extends InstrumentDefinition, A>(definition: D, answers: UnknownAnswers<A>, options?: ScoreOptions<D>): ScoreResult<D>;
export function score<D extends InstrumentDefinition>(definition: D, answers: unknown, options?: ScoreOptions<D>): ScoreResult<D> {
  const c = compile(definition);
  // A scorer generated for this definition (`compileScorer`) takes calls without options.
  if (options === undefined && c.generated !== null) return c.generated.score(answers) as ScoreResult<D>;
  return scoreCompiled(c, answers, options);
}

/**
 * {@link score} on a compiled definition, by the generic (interpreting) engine: what a generated
 * scorer falls back to for anything but plain valid answers.
 *
 * @internal
 */
export function scoreCompiled<D extends InstrumentDefinition>(c: Compiled, answers: unknown, options?: ScoreOptions<D>): ScoreResult<D> {
  // Reading state is reused from call to call, except by a call made while another reads (a getter).
  const scratch = c.scratch;
  const reuse = !scratch.busy;
  const read = reuse ? scratch.read.reset() : new Read(c.blankAnswers);
  scratch.busy = true;
  let prorate = false;
  let schemes = c.defaults.schemes;
  let cutoffChoice = c.defaults.cutoffSchemeChoice;
  let criteria = c.defaults.criteria;
  if (options === undefined) readAnswers(c, answers, PLAIN, read);
  else {
    const chosen = readOptions(c, options, read);
    prorate = chosen.prorate;
    schemes = chosen.schemes;
    cutoffChoice = chosen.cutoffChoice;
    criteria = criteriaOf(c, cutoffChoice);
    readAnswers(c, answers, chosen.unknownKeys === 'report' ? REPORT_KEYS : PLAIN, read);
  }
  // From here on no caller code runs, so nothing can score in between.
  if (reuse) scratch.busy = false;
  const states = computeScales(c, read.answers, read.unusable, prorate);

  const scales: Record<string, ScaleResult> = {};
  let anyProrated = false;
  const order = c.scaleOrder;
  for (let i = 0; i < order.length; i++) {
    const o = order[i]!;
    const s = states[o.index]!;
    const scheme = schemes[i] ?? null;
    anyProrated ||= s.prorated;
    scales[o.id] = s.present
      ? { value: s.n / s.d, answered: s.answered, expected: o.expected, prorated: s.prorated, band: scheme === null ? null : bandOf(s, scheme) }
      : { value: null, reason: s.reason!, answered: s.answered, expected: o.expected, prorated: s.prorated, band: null };
  }

  const memo: (boolean | null | undefined)[] | null = c.cutoffsReferCutoffs ? new Array(c.cutoffs.length) : null;
  const cutoffs: Record<string, boolean | null> = {};
  for (let i = 0; i < c.cutoffs.length; i++) cutoffs[c.cutoffs[i]!.id] = cutoffValue(i, states, read.answers, criteria, memo);

  let flags: FlagResult[] = NO_FLAGS;
  for (let i = 0; i < c.flags.length; i++) {
    const fired = flagOf(c.flags[i]!, read.answers);
    if (fired !== null) (flags === NO_FLAGS ? (flags = []) : flags).push(fired);
  }

  return {
    instrument: c.defaults.instrument,
    valid: read.errors === 0,
    issues: read.issues,
    scales,
    cutoffs,
    flags,
    provenance:
      schemes === c.defaults.schemes && cutoffChoice === c.defaults.cutoffSchemeChoice
        ? c.defaults.provenance[prorate ? 1 : 0]![anyProrated ? 1 : 0]!
        : chosenProvenance(c, prorate, anyProrated, schemes, cutoffChoice),
  } as unknown as ScoreResult<D>;
}

/** A compiled flag's result for option indices read from answers: positive, unanswered, or null (not raised). @internal (also used by the command line) */
export function flagOf(flag: Compiled['flags'][number], answers: readonly number[]): FlagResult | null {
  const option = answers[flag.item]!;
  return option < 0 ? flag.unanswered : flag.fires[option] === true ? flag.positive : null;
}

/** The criterion of each cut-off for a choice of cut-off schemes (the defaults' when none is chosen). @internal (also used by the command line) */
export function criteriaOf(c: Compiled, cutoffChoice: readonly (CompiledCutoffScheme | null)[]): readonly CompiledCriterion[] {
  return cutoffChoice === c.defaults.cutoffSchemeChoice ? c.defaults.criteria : cutoffChoice.map((scheme, i) => scheme?.criterion ?? c.defaults.criteria[i]!);
}

/** Provenance for a call that chose band or cut-off schemes (the defaults' provenance is compiled once). */
function chosenProvenance(c: Compiled, prorate: boolean, anyProrated: boolean, schemes: readonly (CompiledBands | null)[], cutoffChoice: readonly (CompiledCutoffScheme | null)[]) {
  const { evidence, undetermined } = evidenceOf(c, schemes, cutoffChoice);
  return provenanceOf(
    c.definition,
    prorate ? c.defaults.proratedRules : c.defaults.rules,
    schemeIds(c.scaleOrder.map((s) => s.id), schemes),
    cutoffSchemeIds(c.cutoffs, cutoffChoice),
    anyProrated,
    schemeSources(c.baseSources, schemes, cutoffChoice),
    evidence,
    undetermined,
    userRulesOf(c.userSources, c.scaleOrder.map((s) => s.id), schemes, c.cutoffs, cutoffChoice),
  );
}

/** What `score()` does as asked by its options, read without trusting them (see {@link readOptions}). */
export interface ChosenOptions {
  readonly prorate: boolean;
  readonly unknownKeys: 'ignore' | 'report';
  readonly schemes: readonly (CompiledBands | null)[];
  readonly cutoffChoice: readonly (CompiledCutoffScheme | null)[];
}

/**
 * Reads `score()`'s options as carefully as answers: a value of the wrong type, an unknown
 * scale, cut-off or scheme, or an options object whose getters or proxy traps throw each become
 * an issue in `issues` (under the same cap as answers), never an exception.
 *
 * @internal
 */
export function readOptions(c: Compiled, options: unknown, issues: IssueSink): ChosenOptions {
  let prorate = false;
  let unknownKeys: 'ignore' | 'report' = 'ignore';
  let schemes = c.defaults.schemes;
  let cutoffChoice = c.defaults.cutoffSchemeChoice;
  try {
    if (options === null || typeof options !== 'object') {
      issues.add('invalid_options', `options must be an object, got ${describe(options)}`, undefined, options);
    } else {
      const o = options as Record<string, unknown>;
      const p = o['prorate'];
      if (p === true) prorate = true;
      else if (p !== undefined && p !== null && p !== false) issues.add('invalid_options', `options.prorate must be true or false, got ${describe(p)}`, 'prorate', p);
      const u = o['unknownKeys'];
      if (u === 'report') unknownKeys = 'report';
      else if (u !== undefined && u !== null && u !== 'ignore') issues.add('invalid_options', `options.unknownKeys must be "ignore" or "report", got ${describe(u)}`, 'unknownKeys', u);
      const b = o['bandSchemes'];
      if (b !== undefined && b !== null) schemes = chooseSchemes(c, b, issues);
      const k = o['cutoffSchemes'];
      if (k !== undefined && k !== null) cutoffChoice = chooseCutoffSchemes(c, k, issues);
    }
  } catch (error) {
    issues.add('invalid_options', `reading the options failed: ${errorText(error)}`);
  }
  return { prorate, unknownKeys, schemes, cutoffChoice };
}

/**
 * The scheme chosen per scale or cut-off (`requested` is `{ id: schemeId }`), starting from
 * `defaults`; an unknown id or scheme is reported as an issue and leaves the default.
 */
function choose<T>(
  name: 'bandSchemes' | 'cutoffSchemes',
  requested: unknown,
  defaults: readonly (T | null)[],
  ids: readonly string[],
  schemesOf: (i: number) => ReadonlyMap<string, T> | null,
  issues: IssueSink,
): (T | null)[] {
  const band = name === 'bandSchemes';
  const what = band ? 'scale' : 'cut-off';
  const chosen = [...defaults];
  if (typeof requested !== 'object' || requested === null || Array.isArray(requested)) {
    issues.add('invalid_options', `options.${name} must be an object keyed by ${what} id, got ${describe(requested)}`, name, requested);
    return chosen;
  }
  for (const id of Object.keys(requested)) {
    const schemeId: unknown = (requested as Record<string, unknown>)[id];
    if (schemeId === undefined) continue;
    const i = ids.indexOf(id);
    const schemes = i < 0 ? null : schemesOf(i);
    const scheme = typeof schemeId === 'string' ? schemes?.get(schemeId) : undefined;
    if (scheme === undefined) {
      const shown = typeof schemeId === 'string' ? JSON.stringify(keyText(schemeId)) : describe(schemeId);
      issues.add(
        band ? 'unknown_band_scheme' : 'unknown_cutoff_scheme',
        i < 0
          ? `options.${name} names unknown ${what} "${keyText(id)}"`
          : schemes === null
            ? `cut-off "${id}" has one criterion and no named schemes; ${shown} was ignored`
            : `${what} "${id}" has no ${band ? 'band ' : ''}scheme ${shown}; the default was used`,
        keyText(id),
        schemeId,
      );
    } else chosen[i] = scheme;
  }
  return chosen;
}

/**
 * The scheme per cut-off (definition order; null for cut-offs without schemes), reporting unknown choices as issues.
 *
 * @internal Also used by the SQL export, which must choose exactly as `score()` does.
 */
export function chooseCutoffSchemes(c: Compiled, requested: unknown, issues: IssueSink): (CompiledCutoffScheme | null)[] {
  return choose('cutoffSchemes', requested, c.defaults.cutoffSchemeChoice, c.cutoffIds, (i) => c.cutoffs[i]!.schemes, issues);
}

/**
 * The band scheme per scale (in `c.scaleOrder`), reporting unknown choices as issues.
 *
 * @internal Also used by the SQL export, which must choose exactly as `score()` does.
 */
export function chooseSchemes(c: Compiled, requested: unknown, issues: IssueSink): (CompiledBands | null)[] {
  return choose('bandSchemes', requested, c.defaults.schemes, c.scaleIds, (i) => c.scaleInfo[i]!.bands, issues);
}
