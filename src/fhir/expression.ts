/**
 * FHIRPath for the SDC `calculatedExpression` of each scale: an expression, evaluated on the
 * QuestionnaireResponse (`%resource`), that gives the value `score()` gives, or nothing where
 * `score()` gives `null`.
 *
 * How an answer's value is read: from the answer's `Coding`, by system and code. Package codes
 * are the raw value as text, so the value is `code.toInteger()` (or `toDecimal()`), reverse
 * keying being `(min + max) − that`; other codes (LOINC answer codes) map to the scored value by
 * nested `iif()`. This needs nothing but FHIRPath 2.0 (N1) and the R4 model, so every SDC
 * renderer can run it. It does not use `weight()`/`ordinal()` (an SDC supplement not every
 * engine has, which gives the raw, not the reverse-keyed, value), nor other calculated items
 * (a derived scale recomputes its base inline), so the result never depends on the order in
 * which a renderer updates its calculated items.
 *
 * An answer that is not one of the item's option codings maps to the empty collection, which
 * empties the sum it is added to: the scale is then empty, as `score()` makes a scale with an
 * invalid answer `null`. The missing-data rule is checked on the number of answers.
 *
 * Only functions that both fhirpath.js and Medplum's evaluator implement are used (`where`,
 * `select`, `exists`, `count`, `iif`, `matches`, `toInteger`/`toDecimal`; no `aggregate()`,
 * `sum()` or `weight()`); the test suite runs every expression in both engines.
 *
 * The expressions read the questions at the root of the response (`%resource.item`), where the
 * exported Questionnaire puts them. For valid responses (one answer per item) they agree with
 * `score()` without options (no `prorate`): sums and means under the scale's missing-data
 * rule, linear transforms, lookup tables, composites and item-product sums.
 *
 * @module
 */
import type { InstrumentDefinition, Item, Scale } from '../schema/types.js';
import { optionCoding } from './codes.js';
import { decimalText, fhirpathNumber, fhirpathString } from './decimal.js';
import { itemOf, scaleOf, scoredOptions } from './scales.js';

const regexEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The root items with one of these linkIds. */
function itemsWith(linkIds: readonly string[]): string {
  const test = linkIds.length === 1 ? `linkId = ${fhirpathString(linkIds[0]!)}` : `linkId.matches(${fhirpathString(`^(${linkIds.map(regexEscape).join('|')})$`)})`;
  return `%resource.item.where(${test})`;
}

/** Nested `iif(condition, value, …)`, empty when no condition holds. */
function chain(cases: readonly { readonly when: string; readonly value: number }[]): string {
  return cases.reduceRight((rest, c) => `iif(${c.when}, ${fhirpathNumber(c.value)}, ${rest})`, '{}');
}

/**
 * The scored value of one answer value (the focus), for an item: empty unless it is one of the
 * item's option codings.
 */
function scoredValue(def: InstrumentDefinition, item: Item): string {
  const options = scoredOptions(def, item).map((o) => ({ ...o, coding: optionCoding(def, item.responseScale, o.option) }));
  const systems = [...new Set(options.map((o) => o.coding.system!))];
  const packageCodes = options.every((o) => o.option.code === undefined);
  if (packageCodes && systems.length === 1) {
    // code = the raw value as text: recognise it by pattern, read it as a number.
    const integers = options.every((o) => Number.isInteger(o.option.value));
    const raw = `code.${integers ? 'toInteger' : 'toDecimal'}()`;
    const values = options.map((o) => o.option.value);
    const sum = Math.min(...values) + Math.max(...values);
    const value = item.reverse === true ? `${fhirpathNumber(sum)} - ${raw}` : raw;
    const pattern = `^(${options.map((o) => regexEscape(decimalText(o.option.value))).join('|')})$`;
    return `iif(system = ${fhirpathString(systems[0]!)} and code.matches(${fhirpathString(pattern)}), ${value}, {})`;
  }
  if (systems.length === 1) return `iif(system = ${fhirpathString(systems[0]!)}, ${chain(options.map((o) => ({ when: `code = ${fhirpathString(o.coding.code!)}`, value: o.scored })))}, {})`;
  return chain(options.map((o) => ({ when: `system = ${fhirpathString(o.coding.system!)} and code = ${fhirpathString(o.coding.code!)}`, value: o.scored })));
}

/**
 * Σ of the scored answers to the items; empty when any answer is not an option. One term per
 * item, `iif(answered, scored value, 0)`: no `aggregate()` or `sum()`, which not every engine
 * has (Medplum's evaluator lacks `aggregate()`); an unrecognised answer's term is empty, and an
 * empty term empties the sum.
 */
function answerSum(def: InstrumentDefinition, itemIds: readonly string[]): string {
  return itemIds
    .map((id) => {
      const answers = `${itemsWith([id])}.answer`;
      return `iif(${answers}.exists(), ${answers}.value.select(${scoredValue(def, itemOf(def, id))}), 0)`;
    })
    .join(' + ');
}

/** Sum or mean of the answered items, empty unless the missing-data rule is met. */
function itemScale(def: InstrumentDefinition, scale: Scale, kind: 'sum' | 'mean'): string {
  const n = scale.items.length;
  if (n === 0) return '{}';
  const count = `${itemsWith(scale.items)}.answer.count()`;
  const sum = answerSum(def, scale.items);
  const total = sum.includes(' + ') ? `(${sum})` : sum;
  if (scale.missing.kind === 'min_answered') return `iif(${count} >= ${Math.max(1, scale.missing.min)}, ${kind === 'mean' ? `${total} / ${count}` : sum})`;
  return `iif(${count} = ${n}, ${kind === 'mean' ? `${total} / ${n}` : sum})`;
}

/**
 * Σ a × b over the pairs, when every item of the scale is answered (checked first, so that an
 * incomplete response costs one pass); an unrecognised answer empties its product and so the sum.
 */
function productSum(def: InstrumentDefinition, scale: Scale, pairs: readonly (readonly [string, string])[]): string {
  const value = (id: string): string => `${itemsWith([id])}.answer.value.select(${scoredValue(def, itemOf(def, id))})`;
  const sum = pairs.map(([a, b]) => `(${value(a)} * ${value(b)})`).join(' + ');
  const paired = new Set(pairs.flat());
  const others = scale.items.filter((id) => !paired.has(id));
  // score() also requires valid answers to the scale's items that are in no pair.
  const unpaired = others.length === 0 ? '' : ` and (${answerSum(def, others)}).exists()`;
  return `iif(${itemsWith(scale.items)}.answer.count() = ${scale.items.length}${unpaired}, ${sum})`;
}

/** `x × factor + add`, written without the no-op parts. */
function affine(x: string, factor: number, add: number): string {
  const scaled = factor === 1 ? x : `${x} * ${fhirpathNumber(factor)}`;
  return add === 0 ? scaled : `${scaled} + ${fhirpathNumber(add)}`;
}

/**
 * The FHIRPath expression that computes a scale from a QuestionnaireResponse, as `score()` does.
 *
 * @throws {TypeError} when the definition refers to an unknown item or scale, or a scale derives from itself.
 */
export function scaleExpression(def: InstrumentDefinition, scale: Scale, seen: ReadonlySet<string> = new Set()): string {
  if (seen.has(scale.id)) throw new TypeError(`${def.id}: scale ${scale.id} derives from itself`);
  const next = new Set(seen).add(scale.id);
  const base = (id: string): string => `(${scaleExpression(def, scaleOf(def, id), next)})`;
  const m = scale.method;
  switch (m.kind) {
    case 'sum':
    case 'mean':
      return itemScale(def, scale, m.kind);
    case 'product_sum':
      return productSum(def, scale, m.pairs);
    case 'linear':
      return `${base(m.of)}.select(${affine('$this', m.multiply, m.add)})`;
    case 'lookup':
      return `${base(m.of)}.select(${chain(m.table.map(([from, to]) => ({ when: `$this = ${fhirpathNumber(from)}`, value: to })))})`;
    case 'composite':
      // An empty term empties the sum, as a null term makes the composite null in score().
      return affine(m.terms.map((t) => (t.weight === 1 ? base(t.scale) : `${base(t.scale)} * ${fhirpathNumber(t.weight)}`)).join(' + '), 1, m.add);
  }
}
