/**
 * Turns a definition into lookup tables once (cached per definition object), so that scoring
 * one set of answers is a few array reads and integer additions: no zod, no string work, no
 * searching.
 *
 * @internal
 * @module
 */
import { cutoffRefs, cutoffSchemes, dependencyOrder, scaleBases } from '../schema/refs.js';
import type { RuleEvidence } from '../schema/result.js';
import type { Criterion, InstrumentDefinition, Scale } from '../schema/types.js';
import {
  cutoffSchemeIds,
  DefinitionError,
  evidenceOf,
  holds,
  provenanceOf,
  ruleEvidence,
  schemeIds,
  schemeSources,
  userRulesOf,
  type Compiled,
  type CompiledBands,
  type CompiledCriterion,
  type CompiledCutoffScheme,
  type CompiledItem,
  type CompiledScale,
  type ScaleState,
} from './compiled.js';
import { frozen } from '../schema/frozen.js';
import { add, fromDecimal, multiply, rational, type Rational } from './exact.js';
import { errorText, MISSING, Read } from './read.js';

const MINUS_ONE = rational(-1, 1);

let cache = new WeakMap<InstrumentDefinition, Compiled>();

/** The criterion of a cut-off that has no default scheme when the caller chose none. */
const UNDETERMINED: CompiledCriterion = Object.freeze({ kind: 'undetermined' });

let lastDefinition: InstrumentDefinition | undefined;
let lastCompiled: Compiled | undefined;

/**
 * Forgets every compiled definition. Only for the mutation run (`npm run mutation`), whose
 * per-test coverage must see each test compile its definitions again.
 *
 * @internal
 */
export function forgetCompiled(): void {
  cache = new WeakMap();
  lastDefinition = undefined;
  lastCompiled = undefined;
}

/**
 * The compiled form of a definition, built on first use and cached for the definition object,
 * which is then frozen (deeply): a definition cannot change under its compiled form.
 *
 * @throws {DefinitionError} when the definition is inconsistent or malformed (any shape).
 */
export function compile(definition: InstrumentDefinition): Compiled {
  // Batches score one instrument many times in a row: remember the last one before the WeakMap.
  if (definition === lastDefinition) return lastCompiled!;
  let compiled = cache.get(definition);
  if (compiled === undefined) {
    compiled = checkedBuild(definition);
    cache.set(definition, compiled);
  }
  lastDefinition = definition;
  lastCompiled = compiled;
  return compiled;
}

function lcm(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return (a / x) * b;
}

/**
 * {@link build}, then the definition frozen; any failure on a malformed definition (not an
 * object, a missing list, a throwing getter or proxy trap) is a DefinitionError.
 */
function checkedBuild(def: InstrumentDefinition): Compiled {
  try {
    const compiled = build(def);
    // Compiled once, so later changes to the object would be silently ignored: freeze it
    // instead, so that a change throws (in strict code) rather than go unnoticed.
    frozen(def);
    return compiled;
  } catch (error) {
    if (error instanceof DefinitionError) throw error;
    let id = '(unknown)';
    try {
      if (typeof def.id === 'string') id = def.id;
    } catch {
      // the id cannot be read either; keep "(unknown)"
    }
    throw new DefinitionError(`${id}: malformed definition (${errorText(error)}); check it with defineInstrument() from wellbeing-instruments/schema`, id);
  }
}

function build(def: InstrumentDefinition): Compiled {
  const fail = (message: string): never => {
    throw new DefinitionError(`${def.id}: ${message}`, def.id);
  };
  const responseScales = new Map(def.responseScales.map((r) => [r.id, r]));
  const items: CompiledItem[] = def.items.map((item) => {
    const rs = responseScales.get(item.responseScale) ?? fail(`item ${item.id} uses unknown response scale ${item.responseScale}`);
    const values = rs.options.map((o) => o.value);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const integers = values.every((v) => Number.isInteger(v)) && high - low <= 1000;
    const dense = integers ? Int16Array.from({ length: high - low + 1 }, (_, k) => values.indexOf(low + k)) : null;
    return {
      id: item.id,
      options: new Map(values.map((v, i) => [v, i])),
      dense,
      denseFrom: low,
      // Reverse keying in exact arithmetic: low + high − v in floating point turns 0.1 + 0.7 − 0.2
      // into 0.5999999999999999, which would miss a ≥ 0.6 cut-off.
      scored: values.map((v) => (item.reverse === true ? add(fromDecimal(low), add(fromDecimal(high), multiply(fromDecimal(v), MINUS_ONE))) : fromDecimal(v))),
      raw: values,
      allowed: values.join(', '),
    };
  });
  const itemIndex = new Map(items.map((item, i) => [item.id, i]));
  const scaleIds = new Map(def.scales.map((s, i) => [s.id, i]));
  const scaleOf = (sid: string, where: string): number => scaleIds.get(sid) ?? fail(`${where} refers to unknown scale ${sid}`);
  const itemOf = (iid: string, where: string): number => itemIndex.get(iid) ?? fail(`${where} refers to unknown item ${iid}`);

  const { order, cycles } = dependencyOrder(def.scales, scaleBases);
  if (cycles.length > 0) fail(`scale ${cycles[0]} derives from itself`);
  const position = new Map(order.map((s, i) => [s.id, i]));
  const at = (sid: string, where: string): number => position.get(def.scales[scaleOf(sid, where)]!.id)!;

  const scales: CompiledScale[] = order.map((scale) => compileScale(scale, items, (iid) => itemOf(iid, `scale ${scale.id}`), (sid) => at(sid, `scale ${scale.id}`)));
  const scaleInfo = def.scales.map((scale) => {
    const expected = countItems(scale, def.scales);
    const bands = new Map(
      scale.bandSchemes.map((scheme): [string, CompiledBands] => [
        scheme.id,
        {
          scheme: scheme.id,
          bands: scheme.bands.map((b) => ({ min: fromDecimal(b.min), exclusive: b.minExclusive === true, result: Object.freeze({ id: b.id, label: b.label, scheme: scheme.id }) })),
          sources: scheme.sources,
          evidence: ruleEvidence('band_scheme', scale.id, scheme.id, scheme.evidence),
        },
      ]),
    );
    // No default (every scheme rests on conflicting or single secondary sources): no band unless the caller chooses.
    const defaultScheme = scale.bandSchemes.find((b) => b.default === true);
    return {
      expected,
      rule: ruleText(scale, expected),
      proratedRule: scale.missing.kind === 'all' && (scale.method.kind === 'sum' || scale.method.kind === 'mean') ? `${scale.id}: ${scale.method.kind} of the answered items, prorated under options.prorate when at least ${Math.ceil(scale.items.length / 2)} of ${scale.items.length} are answered (package rule, not published by the authors)` : null,
      bands,
      defaultBands: defaultScheme === undefined ? null : bands.get(defaultScheme.id)!,
      undetermined:
        defaultScheme === undefined && scale.bandSchemes.length > 0
          ? Object.freeze({
              rule: 'band_scheme' as const,
              id: scale.id,
              message: `no default band scheme (single secondary or conflicting sources): choose one of ${scale.bandSchemes.map((b) => b.id).join(', ')} with options.bandSchemes`,
            })
          : null,
    };
  });

  const cutoffIds = new Map(def.cutoffs.map((c, i) => [c.id, i]));
  const compileCriterion = (c: Criterion, where: string): CompiledCriterion => {
    if ('any' in c) return { kind: 'any', of: c.any.map((x) => compileCriterion(x, where)) };
    if ('all' in c) return { kind: 'all', of: c.all.map((x) => compileCriterion(x, where)) };
    if ('cutoff' in c) return { kind: 'cutoff', cutoff: cutoffIds.get(c.cutoff) ?? fail(`${where} refers to unknown cut-off ${c.cutoff}`) };
    if ('scale' in c) return { kind: 'scale', scale: at(c.scale, where), op: c.op, value: fromDecimal(c.value) };
    const item = itemOf(c.item, where);
    return { kind: 'item', item, holds: items[item]!.raw.map((raw) => holds(Math.sign(raw - c.value), c.op)) };
  };
  const cutoffs = def.cutoffs.map((c) => {
    const compiledSchemes = cutoffSchemes(c).map(
      (s): CompiledCutoffScheme => ({
        id: s.id,
        criterion: compileCriterion(s.criterion, `cut-off ${c.id}`),
        sources: s.sources,
        evidence: ruleEvidence('cutoff', c.id, c.schemes === undefined ? undefined : s.id, s.evidence),
      }),
    );
    const defaultScheme = compiledSchemes[cutoffSchemes(c).findIndex((s) => s.default === true)] ?? null;
    return {
      id: c.id,
      schemes: c.schemes === undefined ? null : new Map(compiledSchemes.map((s) => [s.id, s])),
      single: c.schemes === undefined ? compiledSchemes[0]! : null,
      defaultScheme,
      undetermined:
        defaultScheme === null
          ? Object.freeze({
              rule: 'cutoff' as const,
              id: c.id,
              message: `no default scheme (single secondary or conflicting sources): choose one of ${compiledSchemes.map((s) => s.id).join(', ')} with options.cutoffSchemes`,
            })
          : null,
    };
  });
  const cutoffsReferCutoffs = def.cutoffs.some((c) => cutoffRefs(c).cutoffs.length > 0);
  const cutoffCycles = dependencyOrder(def.cutoffs, (c) => cutoffRefs(c).cutoffs).cycles;
  if (cutoffCycles.length > 0) fail(`cut-off ${cutoffCycles[0]} refers to itself`);
  const flags = def.flags.map((f) => ({
    item: itemOf(f.item, `flag ${f.id}`),
    fires: items[itemOf(f.item, `flag ${f.id}`)]!.raw.map((raw) => holds(Math.sign(raw - f.value), f.op)),
    positive: Object.freeze({ id: f.id, item: f.item, status: 'positive' as const }),
    unanswered: Object.freeze({ id: f.id, item: f.item, status: 'unanswered' as const }),
  }));

  const baseSources = new Set<string>();
  for (const s of def.scales) {
    s.sources.forEach((x) => baseSources.add(x));
    if (s.missing.kind === 'min_answered') s.missing.sources.forEach((x) => baseSources.add(x));
  }
  for (const c of def.cutoffs) c.sources.forEach((x) => baseSources.add(x));
  for (const f of def.flags) f.sources.forEach((x) => baseSources.add(x));
  const baseEvidence = Object.freeze(
    [
      ...def.flags.map((f) => ruleEvidence('flag', f.id, undefined, f.evidence)),
      ...def.scales.map((s) => (s.missing.kind === 'min_answered' ? ruleEvidence('missing_rule', s.id, undefined, s.missing.evidence) : null)),
      ...def.scales.map((s) => (s.method.kind === 'lookup' ? ruleEvidence('table', s.id, undefined, s.method.evidence) : null)),
    ].filter((e): e is RuleEvidence => e !== null),
  );
  const compiledCutoffs = cutoffs.map((c) => ({ id: c.id, schemes: c.schemes, single: c.single, undetermined: c.undetermined }));

  const schemes = scaleInfo.map((info) => info.defaultBands);
  const cutoffSchemeChoice = cutoffs.map((c) => (c.schemes === null ? null : c.defaultScheme));
  const { evidence, undetermined } = evidenceOf({ scaleInfo, cutoffs: compiledCutoffs, baseEvidence }, schemes, cutoffSchemeChoice);
  const sources = Object.freeze(schemeSources([...baseSources], schemes, cutoffSchemeChoice));
  const bandSchemes = Object.freeze(schemeIds(def.scales.map((sc) => sc.id), schemes));
  const chosenCutoffSchemes = Object.freeze(cutoffSchemeIds(compiledCutoffs, cutoffSchemeChoice));
  const rules = Object.freeze(scaleInfo.map((info) => info.rule));
  const userSources = new Map(def.sources.filter((x) => x.userSupplied === true).map((x) => [x.id, x.citation]));
  const userRules = userRulesOf(userSources, def.scales.map((sc) => sc.id), schemes, compiledCutoffs, cutoffSchemeChoice);
  const proratedRules = Object.freeze(scaleInfo.map((info) => info.proratedRule ?? info.rule));
  const defaults = Object.freeze({
    instrument: Object.freeze({ id: def.id, version: def.version, name: def.name }),
    schemes,
    criteria: cutoffs.map((c): CompiledCriterion => c.defaultScheme?.criterion ?? UNDETERMINED),
    cutoffSchemeChoice,
    rules,
    proratedRules,
    provenance: [false, true].map((prorateOption) =>
      [false, true].map((prorated) => Object.freeze(provenanceOf(def, prorateOption ? proratedRules : rules, bandSchemes, chosenCutoffSchemes, prorated, sources, evidence, undetermined, userRules))),
    ),
  });

  const blankAnswers = items.map(() => MISSING);
  const scoredItems = new Set(def.scales.flatMap((sc) => sc.items));
  const lastScored = def.items.reduce((last, item, i) => (scoredItems.has(item.id) ? i : last), -1);

  return {
    definition: def,
    defaults,
    items,
    blankAnswers,
    minArrayLength: lastScored + 1,
    itemIndex,
    itemIds: items.map((item) => item.id),
    scaleIds: def.scales.map((sc) => sc.id),
    cutoffIds: def.cutoffs.map((co) => co.id),
    states: scales.map((): ScaleState => ({ n: 0, d: 1, exact: true, present: false, reason: undefined, answered: 0, prorated: false })),
    scales,
    scaleOrder: def.scales.map((s, i) => ({ id: s.id, index: position.get(s.id)!, expected: scaleInfo[i]!.expected })),
    scratch: { read: new Read(blankAnswers), busy: false },
    generated: null,
    scaleInfo,
    cutoffs: compiledCutoffs,
    userSources,
    cutoffsReferCutoffs,
    flags,
    baseSources: [...baseSources],
    baseEvidence,
  };
}

function compileScale(scale: Scale, items: readonly CompiledItem[], itemOf: (id: string) => number, at: (id: string) => number): CompiledScale {
  const m = scale.method;
  switch (m.kind) {
    case 'sum':
    case 'mean': {
      const indices = scale.items.map(itemOf);
      const unit = indices.reduce((u, i) => items[i]!.scored.reduce((v, r) => lcm(v, r.d), u), 1);
      const points = indices.map((i) => items[i]!.scored.map((r) => toUnitPoints(r, unit)));
      return { kind: m.kind, id: scale.id, items: indices, unit, points, minAnswered: scale.missing.kind === 'min_answered' ? scale.missing.min : null };
    }
    case 'linear':
      return { kind: 'linear', id: scale.id, of: at(m.of), multiply: fromDecimal(m.multiply), add: fromDecimal(m.add) };
    case 'lookup':
      return { kind: 'lookup', id: scale.id, of: at(m.of), table: new Map(m.table.map(([from, to]) => [from, fromDecimal(to)])) };
    case 'composite':
      return { kind: 'composite', id: scale.id, terms: m.terms.map((t) => ({ scale: at(t.scale), weight: fromDecimal(t.weight) })), add: fromDecimal(m.add) };
    case 'product_sum':
      return { kind: 'product_sum', id: scale.id, pairs: m.pairs.map(([a, b]) => [itemOf(a), itemOf(b)] as const), items: scale.items.map(itemOf) };
  }
}

/** `r` as an integer count of `1/unit` steps (`unit` is a multiple of `r.d` by construction). */
function toUnitPoints(r: Rational, unit: number): number {
  return r.exact ? r.n * (unit / r.d) : r.n * unit;
}

/** Item count behind a scale: its own items, or those of the scales it derives from. */
function countItems(scale: Scale, all: readonly Scale[]): number {
  if (scale.items.length > 0) return scale.items.length;
  return scaleBases(scale).reduce((n, b) => {
    const base = all.find((s) => s.id === b);
    return n + (base === undefined ? 0 : countItems(base, all));
  }, 0);
}

function ruleText(scale: Scale, expected: number): string {
  const m = scale.method;
  if (m.kind === 'linear') return `${scale.id}: ${m.of} × ${m.multiply}${m.add === 0 ? '' : ` + ${m.add}`}; scored when ${m.of} is scored`;
  if (m.kind === 'lookup') return `${scale.id}: conversion table from ${m.of}; scored when ${m.of} is scored`;
  if (m.kind === 'composite') return `${scale.id}: ${m.terms.map((t) => `${t.weight} × ${t.scale}`).join(' + ')}${m.add === 0 ? '' : ` + ${m.add}`}; scored when every term is scored`;
  if (m.kind === 'product_sum') return `${scale.id}: sum over ${m.pairs.length} item pairs of the product of the two answers; every item must be answered (no published missing-data rule; never prorated)`;
  if (scale.missing.kind === 'min_answered') {
    return `${scale.id}: mean of the answered items when at least ${scale.missing.min} of ${expected} are answered (${scale.missing.sources.join(', ')})`;
  }
  return `${scale.id}: ${m.kind} of ${expected} items; every item must be answered (no published missing-data rule)`;
}
