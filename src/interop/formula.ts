/**
 * Scoring as formulas for form platforms. Each scale of a definition becomes one small
 * expression tree that reproduces `score()` (without `options.prorate`): reverse keys, sums,
 * means, the missing-data rule, linear transforms, lookup tables, composites and item products.
 * The REDCap and SurveyJS exports render the same trees in their own syntax, so the rules are
 * written once.
 *
 * Every tree is *guarded*: an unanswered item never reaches arithmetic or a comparison on the
 * branch that is taken, because platforms disagree on what a blank is in arithmetic (REDCap's
 * `+` gives blank, its `sum()` skips it, SurveyJS counts it as 0). A scale that `score()` leaves
 * `null` is blank; a scale it scores is the same number (to floating-point rounding).
 *
 * @internal
 * @module
 */
import { dependencyOrder, scaleBases } from '../schema/refs.js';
import type { InstrumentDefinition, Item, Scale } from '../schema/types.js';

/** A numeric expression. `blank` is the platform's empty value. */
export type Formula =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'arithmetic'; readonly op: '+' | '-' | '*' | '/'; readonly left: Formula; readonly right: Formula }
  | { readonly kind: 'if'; readonly condition: Condition; readonly then: Formula; readonly otherwise: Formula };

/** A condition. `blank` holds when the field is unanswered (or a platform missing-data code). */
export type Condition =
  | { readonly kind: 'blank'; readonly name: string }
  | { readonly kind: 'compare'; readonly op: '=' | '<' | '<=' | '>=' | '>'; readonly left: Formula; readonly right: Formula }
  | { readonly kind: 'or'; readonly of: readonly Condition[] };

/** One scale as a formula, in an order where every scale comes after the scales it uses. */
export interface ScaleFormula {
  readonly scale: Scale;
  /** The platform variable that holds the score. */
  readonly name: string;
  readonly formula: Formula;
}

export const num = (value: number): Formula => ({ kind: 'number', value });
export const blank: Formula = { kind: 'blank' };
export const field = (name: string): Formula => ({ kind: 'field', name });
const op = (o: '+' | '-' | '*' | '/', left: Formula, right: Formula): Formula => ({ kind: 'arithmetic', op: o, left, right });
const when = (condition: Condition, then: Formula, otherwise: Formula): Formula => ({ kind: 'if', condition, then, otherwise });
const isBlank = (name: string): Condition => ({ kind: 'blank', name });
const anyBlank = (names: readonly string[]): Condition => ({ kind: 'or', of: names.map(isBlank) });
const total = (terms: readonly Formula[]): Formula => (terms.length === 0 ? num(0) : terms.reduce((sum, t) => op('+', sum, t)));

/**
 * `a + b` for two decimals written in a definition, without binary rounding error (0.1 + 0.7 is
 * 0.8 here, not 0.7999999999999999), so that a reverse key `min + max − x` has an exact constant.
 */
export function addDecimals(a: number, b: number): number {
  return Number((a + b).toPrecision(15));
}

/** `f + add`, written `f − |add|` for a negative constant (no negative literal) and `f` for 0. */
const plus = (f: Formula, add: number): Formula => (add < 0 ? op('-', f, num(-add)) : add > 0 ? op('+', f, num(add)) : f);

/** `base × factor + add`, without `× 1`. */
function affine(base: Formula, factor: number, add: number): Formula {
  return plus(factor === 1 ? base : op('*', base, num(factor)), add);
}

/** The option values of each item, by item id. */
export function optionValues(definition: InstrumentDefinition): Map<string, readonly number[]> {
  const scales = new Map(definition.responseScales.map((r) => [r.id, r.options.map((o) => o.value)]));
  return new Map(definition.items.map((item) => [item.id, scales.get(item.responseScale) ?? []]));
}

/**
 * The variable name of each scale's score: `<instrument>_<scale>`, with `_score` appended while
 * it would clash with an item id or a reserved name.
 *
 * With `maxLength` (REDCap: 26, the length Stata and SAS exports keep), a name that would be
 * longer uses the initials of the scale id's words instead (`proqol5_secondary_traumatic_stress`
 * → `proqol5_sts`, `mbi_personal_accomplishment` → `mbi_pa`), then `_2`, `_3`, … while it
 * clashes. The rule depends only on the definition, so the names are stable between exports.
 */
export function scoreNames(definition: InstrumentDefinition, reserved: Iterable<string> = [], options: { readonly maxLength?: number } = {}): Map<string, string> {
  const taken = new Set([...definition.items.map((i) => i.id), ...reserved]);
  const max = options.maxLength ?? Infinity;
  const out = new Map<string, string>();
  for (const scale of definition.scales) {
    let name = `${definition.id}_${scale.id}`;
    while (taken.has(name)) name = `${name}_score`;
    if (name.length > max) {
      const short = `${definition.id}_${scale.id
        .split('_')
        .map((word) => word[0] ?? '')
        .join('')}`;
      name = short;
      for (let k = 2; taken.has(name); k++) name = `${short}_${k}`;
    }
    taken.add(name);
    out.set(scale.id, name);
  }
  return out;
}

/**
 * Every scale of a definition as a guarded formula over item variables (named by item id) and
 * the variables of the scales it derives from (named by {@link scoreNames}).
 */
export function scaleFormulas(definition: InstrumentDefinition, names: ReadonlyMap<string, string> = scoreNames(definition)): ScaleFormula[] {
  const values = optionValues(definition);
  const items = new Map(definition.items.map((i) => [i.id, i]));
  const scored = (id: string): Formula => {
    const item = items.get(id) as Item;
    if (item.reverse !== true) return field(id);
    const options = values.get(id)!;
    return op('-', num(addDecimals(Math.min(...options), Math.max(...options))), field(id));
  };
  const nameOf = (scaleId: string): string => names.get(scaleId)!;
  return dependencyOrder(definition.scales, scaleBases).order.map((scale) => ({
    scale,
    name: nameOf(scale.id),
    formula: scaleFormula(scale, scored, nameOf),
  }));
}

function scaleFormula(scale: Scale, scored: (id: string) => Formula, nameOf: (scaleId: string) => string): Formula {
  const m = scale.method;
  switch (m.kind) {
    case 'sum':
    case 'mean': {
      const n = scale.items.length;
      if (scale.missing.kind === 'min_answered') {
        // The published rule: the mean (or sum) of the answered items when at least `min` are
        // answered. Unanswered items count 0 towards the sum and 0 towards the count.
        const count = total(scale.items.map((id) => when(isBlank(id), num(0), num(1))));
        const points = total(scale.items.map((id) => when(isBlank(id), num(0), scored(id))));
        const enough: Condition = { kind: 'compare', op: '>=', left: count, right: num(Math.max(1, scale.missing.min)) };
        return when(enough, m.kind === 'mean' ? op('/', points, count) : points, blank);
      }
      const points = total(scale.items.map(scored));
      return when(anyBlank(scale.items), blank, m.kind === 'mean' && n > 1 ? op('/', points, num(n)) : points);
    }
    case 'product_sum':
      return when(anyBlank(scale.items), blank, total(m.pairs.map(([a, b]) => op('*', scored(a), scored(b)))));
    case 'linear': {
      const base = nameOf(m.of);
      return when(isBlank(base), blank, affine(field(base), m.multiply, m.add));
    }
    case 'lookup': {
      const base = nameOf(m.of);
      const rows = [...m.table].sort((a, b) => a[0] - b[0]);
      return when(isBlank(base), blank, lookupTree(field(base), rows));
    }
    case 'composite': {
      const bases = m.terms.map((t) => nameOf(t.scale));
      const terms = m.terms.map((t) => (t.weight === 1 ? field(nameOf(t.scale)) : op('*', field(nameOf(t.scale)), num(t.weight))));
      return when(anyBlank(bases), blank, plus(total(terms), m.add));
    }
  }
}

/**
 * A conversion table as a balanced tree of comparisons (depth log₂ n, not n: platforms limit
 * how deeply `if` may nest). Each leaf tests equality, so a value missing from the table gives
 * blank, as `score()` gives null.
 */
function lookupTree(base: Formula, rows: readonly (readonly [number, number])[]): Formula {
  if (rows.length === 1) {
    const [from, to] = rows[0]!;
    return when({ kind: 'compare', op: '=', left: base, right: num(from) }, num(to), blank);
  }
  const mid = Math.floor(rows.length / 2);
  return when({ kind: 'compare', op: '<', left: base, right: num(rows[mid]![0]) }, lookupTree(base, rows.slice(0, mid)), lookupTree(base, rows.slice(mid)));
}

/** How a dialect writes each part of a formula. */
export interface Dialect {
  readonly number: (value: number) => string;
  readonly blank: string;
  readonly field: (name: string) => string;
  readonly ifThenElse: (condition: string, then: string, otherwise: string) => string;
  readonly isBlank: (name: string) => string;
  readonly equals: string;
}

const precedence = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;

/** A formula in a dialect's syntax, with only the parentheses that precedence needs. */
export function render(formula: Formula, d: Dialect): string {
  switch (formula.kind) {
    case 'number':
      return d.number(formula.value);
    case 'blank':
      return d.blank;
    case 'field':
      return d.field(formula.name);
    case 'if':
      return d.ifThenElse(renderCondition(formula.condition, d), render(formula.then, d), render(formula.otherwise, d));
    case 'arithmetic': {
      const p = precedence[formula.op];
      const side = (f: Formula, right: boolean): string => {
        const text = render(f, d);
        if (f.kind !== 'arithmetic') return text;
        const q = precedence[f.op];
        const needs = q < p || (right && q === p && (formula.op === '-' || formula.op === '/'));
        return needs ? `(${text})` : text;
      };
      return `${side(formula.left, false)} ${formula.op} ${side(formula.right, true)}`;
    }
  }
}

function renderCondition(c: Condition, d: Dialect): string {
  switch (c.kind) {
    case 'blank':
      return d.isBlank(c.name);
    case 'compare': {
      // Arithmetic beside a comparison is always parenthesised: REDCap's parser is known to
      // misread `[a] > [b] + 2`.
      const side = (f: Formula) => (f.kind === 'arithmetic' ? `(${render(f, d)})` : render(f, d));
      return `${side(c.left)} ${c.op === '=' ? d.equals : c.op} ${side(c.right)}`;
    }
    case 'or':
      // Only `or` combines conditions, so a nested one needs no parentheses.
      return c.of.map((x) => renderCondition(x, d)).join(' or ');
  }
}

/**
 * A finite number as a plain decimal literal (never exponent notation, which neither REDCap
 * nor SurveyJS parses); negative numbers as `(0 - x)`, which every dialect reads the same way.
 */
export function decimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} in a formula`);
  const text = numeral(Math.abs(value));
  return value < 0 ? `(0 - ${text})` : text;
}

/** A finite number as a plain decimal numeral (`-0.5`, `0.0000001`), never exponent notation. */
export function numeral(value: number): string {
  return `${value < 0 ? '-' : ''}${plain(String(Math.abs(value)))}`;
}

/**
 * `1.5e-7` as `0.00000015`, `2e+21` as `2000000000000000000000`; other numerals unchanged.
 * JavaScript writes an exponent only below 1e-6 and from 1e21, always with one digit before the
 * point, so the point moves out of the digits: before them, or after them with zeros added.
 */
function plain(numeral: string): string {
  if (!numeral.includes('e')) return numeral;
  const [mantissa, exponent] = numeral.split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  return exponent.startsWith('-') ? `0.${'0'.repeat(-Number(exponent) - 1)}${digits}` : `${digits}${'0'.repeat(Number(exponent) + 1 - digits.length)}`;
}
