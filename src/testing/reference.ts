/**
 * A second, deliberately plain implementation of the scoring semantics (design.md §5), used to
 * derive the expected result of each known-answer case. It shares no code with the engine:
 * values are exact fractions of BigInts, everything is recomputed from the definition, and
 * nothing is cached. The test suite checks that it and `score()` agree on every vector, so a bug
 * would have to be made twice, the same way, to go unnoticed.
 *
 * @internal
 * @module
 */
import type { Criterion, Cutoff, InstrumentDefinition, Scale } from '../schema/types.js';
import type { ExpectedResult } from './types.js';

/** An exact fraction n/d with d > 0. */
export interface Frac {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};
const norm = (n: bigint, d: bigint): Frac => {
  const s = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (s * n) / g, d: (s * d) / g };
};
/** A decimal number as its exact fraction (0.1 is 1/10, not the nearest double). */
export function frac(x: number): Frac {
  const [mantissa, exponent] = x.toExponential().split('e') as [string, string];
  const [whole, decimals = ''] = mantissa.replace('-', '').split('.');
  const digits = BigInt(`${whole}${decimals}`) * (x < 0 ? -1n : 1n);
  const shift = Number(exponent) - decimals.length;
  return shift >= 0 ? norm(digits * 10n ** BigInt(shift), 1n) : norm(digits, 10n ** BigInt(-shift));
}
const add = (a: Frac, b: Frac): Frac => norm(a.n * b.d + b.n * a.d, a.d * b.d);
const mul = (a: Frac, b: Frac): Frac => norm(a.n * b.n, a.d * b.d);
const div = (a: Frac, k: number): Frac => norm(a.n, a.d * BigInt(k));
/** Sign of a − b. */
export const cmp = (a: Frac, b: Frac): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const toNumber = (a: Frac): number => Number(a.n) / Number(a.d);
const holds = (sign: number, op: string): boolean => (op === '>=' ? sign >= 0 : op === '>' ? sign > 0 : op === '<=' ? sign <= 0 : sign < 0);

/** An item's state in a reference evaluation: its raw value, unanswered, or invalid. */
export type RefAnswer = number | null | 'invalid';

export interface RefOptions {
  readonly prorate?: boolean;
  readonly bandSchemes?: Readonly<Record<string, string>>;
  readonly cutoffSchemes?: Readonly<Record<string, string>>;
}

/** The option values of an item's response scale. */
export function optionValues(def: InstrumentDefinition, itemId: string): number[] {
  const item = def.items.find((i) => i.id === itemId)!;
  return def.responseScales.find((r) => r.id === item.responseScale)!.options.map((o) => o.value);
}

/** The value an item contributes after reverse keying. */
export function recoded(def: InstrumentDefinition, itemId: string, raw: number): number {
  const item = def.items.find((i) => i.id === itemId)!;
  if (item.reverse !== true) return raw;
  const values = optionValues(def, itemId);
  return Math.min(...values) + Math.max(...values) - raw;
}

type ScaleState = { value: Frac | null; invalid: boolean };

function scaleValue(def: InstrumentDefinition, scale: Scale, answers: ReadonlyMap<string, RefAnswer>, done: Map<string, ScaleState>, options: RefOptions): ScaleState {
  const known = done.get(scale.id);
  if (known !== undefined) return known;
  const base = (id: string): ScaleState => scaleValue(def, def.scales.find((s) => s.id === id)!, answers, done, options);
  const m = scale.method;
  let out: ScaleState;
  if (m.kind === 'sum' || m.kind === 'mean') {
    const states = scale.items.map((id) => answers.get(id) ?? null);
    const answered = states.filter((s): s is number => typeof s === 'number');
    const n = scale.items.length;
    if (states.includes('invalid')) out = { value: null, invalid: true };
    else {
      const needed = scale.missing.kind === 'min_answered' ? scale.missing.min : options.prorate === true ? Math.ceil(n / 2) : n;
      if (answered.length < Math.max(needed, 1)) out = { value: null, invalid: false };
      else {
        const total = scale.items.reduce((sum, id) => {
          const raw = answers.get(id);
          return typeof raw === 'number' ? add(sum, frac(recoded(def, id, raw))) : sum;
        }, frac(0));
        const mean = div(total, answered.length);
        out = { value: m.kind === 'mean' ? mean : answered.length === n ? total : mul(mean, frac(n)), invalid: false };
      }
    }
  } else if (m.kind === 'product_sum') {
    const states = scale.items.map((id) => answers.get(id) ?? null);
    if (states.includes('invalid')) out = { value: null, invalid: true };
    else if (states.some((s) => s === null)) out = { value: null, invalid: false };
    else {
      out = {
        value: m.pairs.reduce((sum, [a, b]) => add(sum, mul(frac(recoded(def, a, answers.get(a) as number)), frac(recoded(def, b, answers.get(b) as number)))), frac(0)),
        invalid: false,
      };
    }
  } else if (m.kind === 'linear') {
    const b = base(m.of);
    out = { value: b.value === null ? null : add(mul(b.value, frac(m.multiply)), frac(m.add)), invalid: b.invalid };
  } else if (m.kind === 'lookup') {
    const b = base(m.of);
    const row = b.value === null ? undefined : m.table.find(([from]) => cmp(frac(from), b.value!) === 0);
    out = { value: row === undefined ? null : frac(row[1]), invalid: b.invalid };
  } else if ('terms' in m) {
    const bases = m.terms.map((t) => ({ state: base(t.scale), weight: frac(t.weight) }));
    const invalid = bases.some((b) => b.state.invalid);
    out = bases.some((b) => b.state.value === null)
      ? { value: null, invalid }
      : { value: bases.reduce((sum, b) => add(sum, mul(b.state.value!, b.weight)), frac(m.add)), invalid };
  } else out = { value: null, invalid: false };
  done.set(scale.id, out);
  return out;
}

/** The criterion a cut-off uses: its own, the chosen scheme's, or the default scheme's (null: no default and none chosen). */
function criterionOf(cutoff: Cutoff, options: RefOptions): Criterion | null {
  if (cutoff.schemes === undefined) return cutoff.criterion;
  const chosen = options.cutoffSchemes?.[cutoff.id];
  return (cutoff.schemes.find((s) => s.id === chosen) ?? cutoff.schemes.find((s) => s.default === true))?.criterion ?? null;
}

function evaluate(def: InstrumentDefinition, c: Criterion | null, values: ReadonlyMap<string, Frac | null>, answers: ReadonlyMap<string, RefAnswer>, options: RefOptions): boolean | null {
  if (c === null) return null;
  if ('any' in c) {
    const r = c.any.map((x) => evaluate(def, x, values, answers, options));
    return r.includes(true) ? true : r.includes(null) ? null : false;
  }
  if ('all' in c) {
    const r = c.all.map((x) => evaluate(def, x, values, answers, options));
    return r.includes(false) ? false : r.includes(null) ? null : true;
  }
  if ('cutoff' in c) return evaluate(def, criterionOf(def.cutoffs.find((x) => x.id === c.cutoff)!, options), values, answers, options);
  if ('scale' in c) {
    const v = values.get(c.scale) ?? null;
    return v === null ? null : holds(cmp(v, frac(c.value)), c.op);
  }
  const raw = answers.get(c.item);
  return typeof raw === 'number' ? holds(Math.sign(raw - c.value), c.op) : null;
}

/**
 * The expected result for answers given as item states. Items not in the map are unanswered.
 * `issues` is filled in by the caller (it depends on how the input was malformed).
 */
export function referenceResult(def: InstrumentDefinition, answers: ReadonlyMap<string, RefAnswer>, options: RefOptions = {}): Omit<ExpectedResult, 'valid' | 'issues'> & { exact: ReadonlyMap<string, Frac | null> } {
  const done = new Map<string, ScaleState>();
  const exact = new Map(def.scales.map((s) => [s.id, scaleValue(def, s, answers, done, options).value]));
  const scales: Record<string, number | null> = {};
  const bands: Record<string, string | null> = {};
  for (const scale of def.scales) {
    const v = exact.get(scale.id)!;
    scales[scale.id] = v === null ? null : toNumber(v);
    if (scale.bandSchemes.length === 0) continue;
    const chosen = options.bandSchemes?.[scale.id];
    const scheme = scale.bandSchemes.find((b) => b.id === chosen) ?? scale.bandSchemes.find((b) => b.default === true);
    let band: string | null = null;
    if (v !== null && scheme !== undefined) {
      for (const b of scheme.bands) {
        const sign = cmp(v, frac(b.min));
        if (band === null || sign > 0 || (sign === 0 && b.minExclusive !== true)) band = b.id;
      }
    }
    bands[scale.id] = band;
  }
  const cutoffs: Record<string, boolean | null> = {};
  for (const c of def.cutoffs) cutoffs[c.id] = evaluate(def, criterionOf(c, options), exact, answers, options);
  return { scales, bands, cutoffs, exact };
}
