/**
 * Derives an instrument's known-answer cases from its definition: every band and cut-off
 * boundary (the reachable value just below, at and just above each threshold), extremes,
 * reverse-key checks, missing-data cases at and around each rule's threshold, and bad input with
 * the issue codes it must produce. Expected results come from the plain reference
 * implementation (`reference.ts`), not from `score()`.
 *
 * @internal
 * @module
 */
import type { IssueCode } from '../schema/result.js';
import type { Criterion, InstrumentDefinition, Scale } from '../schema/types.js';
import { published } from './published.js';
import { cmp, frac, optionValues, recoded, referenceResult, type Frac, type RefAnswer, type RefOptions } from './reference.js';
import type { CaseKind, ExpectedResult, KnownAnswerCase, VectorFile } from './types.js';

type Answers = Record<string, number | null>;

const fmt = (x: number): string => String(Number(x.toPrecision(12)));

/** Raw value giving an item its lowest (or highest) scored value. */
function extremeRaw(def: InstrumentDefinition, itemId: string, which: 'low' | 'high'): number {
  const values = optionValues(def, itemId);
  return values.reduce((best, v) => {
    const a = recoded(def, itemId, v);
    const b = recoded(def, itemId, best);
    return (which === 'low' ? a < b : a > b) ? v : best;
  });
}

function expected(def: InstrumentDefinition, answers: ReadonlyMap<string, RefAnswer>, options: RefOptions, issues: readonly IssueCode[] = []): ExpectedResult {
  const { scales, bands, cutoffs } = referenceResult(def, answers, options);
  return { valid: issues.length === 0, scales, bands, cutoffs, issues: [...issues].sort() };
}

const asMap = (answers: Answers): Map<string, RefAnswer> => new Map(Object.entries(answers));

/** The item scale (sum or mean) a scale is computed from: itself, or the base of a linear or lookup scale; null otherwise. */
function itemScaleOf(def: InstrumentDefinition, scale: Scale): Scale | null {
  const m = scale.method;
  if (m.kind === 'sum' || m.kind === 'mean') return scale;
  if (m.kind === 'linear' || m.kind === 'lookup') return itemScaleOf(def, def.scales.find((s) => s.id === m.of)!);
  return null;
}

/** Thresholds on a scale: band lower bounds of every scheme and every cut-off condition on it. */
function thresholds(def: InstrumentDefinition, scale: Scale): { value: number; label: string; options: RefOptions }[] {
  const out: { value: number; label: string; options: RefOptions }[] = [];
  for (const scheme of scale.bandSchemes) {
    const options = scheme.default === true ? {} : { bandSchemes: { [scale.id]: scheme.id } };
    for (const band of scheme.bands.slice(1)) out.push({ value: band.min, label: `${scale.id} band ${scheme.id}/${band.id} (${band.minExclusive === true ? '>' : '≥'} ${band.min})`, options });
  }
  const walk = (c: Criterion, cutoffId: string, options: RefOptions): void => {
    if ('any' in c) c.any.forEach((x) => walk(x, cutoffId, options));
    else if ('all' in c) c.all.forEach((x) => walk(x, cutoffId, options));
    else if ('scale' in c && c.scale === scale.id) out.push({ value: c.value, label: `cut-off ${cutoffId}: ${scale.id} ${c.op} ${c.value}`, options });
  };
  for (const cutoff of def.cutoffs) {
    if (cutoff.schemes === undefined) walk(cutoff.criterion, cutoff.id, {});
    else for (const s of cutoff.schemes) walk(s.criterion, `${cutoff.id} (scheme ${s.id})`, s.default === true ? {} : { cutoffSchemes: { [cutoff.id]: s.id } });
  }
  return out;
}

/**
 * Every reachable total of the recoded values of `items` (all answered), each with one answer
 * set reaching it. Recoded values must be integers (true of every shipped instrument).
 */
function reachable(def: InstrumentDefinition, items: readonly string[]): Map<number, Answers> | null {
  let sums = new Map<number, Answers>([[0, {}]]);
  for (const id of items) {
    const values = optionValues(def, id);
    if (!values.every((v) => Number.isInteger(recoded(def, id, v)))) return null;
    const next = new Map<number, Answers>();
    for (const [sum, answers] of sums) {
      for (const raw of values) {
        const total = sum + recoded(def, id, raw);
        if (!next.has(total)) next.set(total, { ...answers, [id]: raw });
      }
    }
    sums = next;
  }
  return sums;
}

function boundaryCases(def: InstrumentDefinition, sourceNote: string): KnownAnswerCase[] {
  const cases: KnownAnswerCase[] = [];
  const seen = new Set<string>();
  const lowest: Answers = Object.fromEntries(def.items.map((i) => [i.id, extremeRaw(def, i.id, 'low')]));
  for (const scale of def.scales) {
    const base = itemScaleOf(def, scale);
    const list = thresholds(def, scale);
    if (base === null || list.length === 0) continue;
    const sums = reachable(def, base.items);
    if (sums === null) continue;
    // The value of `scale` for each reachable total of its item scale, all items answered.
    const points = [...sums.entries()].map(([, answers]) => {
      const full = { ...lowest, ...answers };
      const value = referenceResult(def, asMap(full)).exact.get(scale.id) ?? null;
      return { answers: full, value };
    }).filter((p): p is { answers: Answers; value: Frac } => p.value !== null);
    for (const t of list) {
      const threshold = frac(t.value);
      const below = points.filter((p) => cmp(p.value, threshold) < 0).sort((a, b) => cmp(b.value, a.value))[0];
      const at = points.find((p) => cmp(p.value, threshold) === 0);
      const above = points.filter((p) => cmp(p.value, threshold) > 0).sort((a, b) => cmp(a.value, b.value))[0];
      for (const [where, p] of [['below', below], ['at', at], ['above', above]] as const) {
        if (p === undefined) continue;
        const id = `${t.label} :${where}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const exp = expected(def, asMap(p.answers), t.options);
        const value = exp.scales[scale.id]!;
        cases.push({
          id,
          kind: 'boundary',
          checks: `${t.label}: ${scale.id} = ${fmt(value)}, the reachable value ${where === 'at' ? 'exactly at' : `just ${where}`} ${t.value}`,
          source: sourceNote,
          answers: p.answers,
          ...(Object.keys(t.options).length > 0 ? { options: t.options } : {}),
          expected: exp,
        });
      }
    }
  }
  return cases;
}

function missingCases(def: InstrumentDefinition, sourceNote: string): KnownAnswerCase[] {
  const cases: KnownAnswerCase[] = [];
  const lowest: Answers = Object.fromEntries(def.items.map((i) => [i.id, extremeRaw(def, i.id, 'low')]));
  const highest: Answers = Object.fromEntries(def.items.map((i) => [i.id, extremeRaw(def, i.id, 'high')]));
  const add = (id: string, checks: string, answers: Answers, options: RefOptions = {}) =>
    cases.push({ id, kind: 'missing', checks, source: sourceNote, answers, ...(Object.keys(options).length > 0 ? { options } : {}), expected: expected(def, asMap(answers), options) });
  add('nothing answered', 'no answers: every scale null (never 0), every cut-off undetermined, flags unanswered', {});
  for (const scale of def.scales) {
    const m = scale.method;
    if (m.kind !== 'sum' && m.kind !== 'mean' && m.kind !== 'product_sum') continue;
    const n = scale.items.length;
    // Answer the first k items of the scale (highest scored, so a missing-as-zero bug shows), leave the rest blank.
    const partial = (k: number): Answers => ({ ...lowest, ...Object.fromEntries(scale.items.map((id, i) => [id, i < k ? highest[id]! : null])) });
    if (scale.missing.kind === 'min_answered') {
      const min = scale.missing.min;
      add(`${scale.id} answered ${min - 1} of ${n}`, `${scale.id}: ${min - 1} of ${n} answered is below the published minimum ${min}: null`, partial(min - 1));
      add(`${scale.id} answered ${min} of ${n}`, `${scale.id}: ${min} of ${n} answered meets the published minimum: the mean of the answered items`, partial(min));
    } else if (n > 1) {
      add(`${scale.id} answered ${n - 1} of ${n}`, `${scale.id}: one item unanswered and no published rule: null, not a partial ${m.kind}`, partial(n - 1));
      if (m.kind !== 'product_sum') {
        const half = Math.ceil(n / 2);
        if (half - 1 >= 1) add(`${scale.id} answered ${half - 1} of ${n}, prorate`, `${scale.id}: with options.prorate, ${half - 1} of ${n} answered is below half: null`, partial(half - 1), { prorate: true });
        add(`${scale.id} answered ${half} of ${n}, prorate`, `${scale.id}: with options.prorate, ${half} of ${n} answered is enough: ${m.kind === 'sum' ? 'the mean of the answered items × ' + n : 'the mean of the answered items'}`, partial(half), { prorate: true });
      }
    }
  }
  return cases;
}

function extremeAndReverseCases(def: InstrumentDefinition, sourceNote: string): KnownAnswerCase[] {
  const cases: KnownAnswerCase[] = [];
  const fill = (pick: (id: string) => number): Answers => Object.fromEntries(def.items.map((i) => [i.id, pick(i.id)]));
  const minRaw = (id: string) => Math.min(...optionValues(def, id));
  const maxRaw = (id: string) => Math.max(...optionValues(def, id));
  const add = (kind: CaseKind, id: string, checks: string, answers: Answers) =>
    cases.push({ id, kind, checks, source: sourceNote, answers, expected: expected(def, asMap(answers), {}) });
  add('extreme', 'every item lowest scored', 'every item at the option that scores lowest (reverse-keyed items at their highest raw value): each scale at one end of its range', fill((id) => extremeRaw(def, id, 'low')));
  add('extreme', 'every item highest scored', 'every item at the option that scores highest: each scale at the other end of its range', fill((id) => extremeRaw(def, id, 'high')));
  add('extreme', 'every item lowest raw value', 'every item at its lowest raw value as printed (reverse-keyed items then score high)', fill(minRaw));
  add('extreme', 'every item highest raw value', 'every item at its highest raw value as printed', fill(maxRaw));
  for (const item of def.items.filter((i) => i.reverse === true)) {
    const answers = { ...fill((id) => extremeRaw(def, id, 'low')), [item.id]: minRaw(item.id) };
    add('reverse_key', `reverse key ${item.id}`, `${item.id} is reverse-keyed: its lowest raw value (${minRaw(item.id)}) scores ${maxRaw(item.id)}; every other item scores lowest`, answers);
  }
  return cases;
}

function invalidCases(def: InstrumentDefinition, sourceNote: string): KnownAnswerCase[] {
  const first = def.items[0]!;
  const values = optionValues(def, first.id);
  const lowest: Answers = Object.fromEntries(def.items.map((i) => [i.id, extremeRaw(def, i.id, 'low')]));
  const base = asMap(lowest);
  const invalidFirst = new Map(base).set(first.id, 'invalid');
  const notOption = Math.max(...values) + 1;
  const cases: KnownAnswerCase[] = [
    {
      id: 'invalid value',
      kind: 'invalid',
      checks: `${first.id} = ${notOption} is not an option (${values.join(', ')}): invalid_value, and every scale using ${first.id} is null — never clamped, never missing`,
      source: sourceNote,
      answers: { ...lowest, [first.id]: notOption },
      expected: expected(def, invalidFirst, {}, ['invalid_value']),
    },
    {
      id: 'invalid type',
      kind: 'invalid',
      checks: `${first.id} = "${values[0]}" is a string, not a number: invalid_type, and every scale using ${first.id} is null`,
      source: sourceNote,
      answers: { ...lowest, [first.id]: String(values[0]) },
      expected: expected(def, invalidFirst, {}, ['invalid_type']),
    },
    {
      id: 'unknown item',
      kind: 'invalid',
      checks: 'a key that is no item of the instrument (a record field such as a department) is ignored: the result stays valid, scored from the real items',
      source: sourceNote,
      answers: { ...lowest, not_an_item: values[0] },
      expected: expected(def, base, {}),
    },
    {
      id: 'unknown item reported',
      kind: 'invalid',
      checks: 'with unknownKeys: "report", a key that is no item is an unknown_item warning: the result stays valid',
      source: sourceNote,
      answers: { ...lowest, not_an_item: values[0] },
      options: { unknownKeys: 'report' },
      expected: { ...expected(def, base, {}), issues: ['unknown_item'] },
    },
    {
      id: 'wrong length',
      kind: 'invalid',
      checks: `an array of ${def.items.length + 1} answers for ${def.items.length} items: wrong_length, nothing scored`,
      source: sourceNote,
      answers: [...def.items.map((i) => lowest[i.id]), values[0]],
      expected: expected(def, new Map(def.items.map((i) => [i.id, 'invalid' as const])), {}, ['wrong_length']),
    },
  ];
  if (Number.isInteger(values[0]) && !values.includes(values[0]! + 0.5)) {
    cases.push({
      id: 'fractional value',
      kind: 'invalid',
      checks: `${first.id} = ${values[0]! + 0.5} lies between options: invalid_value (never rounded)`,
      source: sourceNote,
      answers: { ...lowest, [first.id]: values[0]! + 0.5 },
      expected: expected(def, invalidFirst, {}, ['invalid_value']),
    });
  }
  return cases;
}

/**
 * Known-answer cases for any definition (the catalogue's or your own): published examples where
 * the package has them, then cases derived from the definition.
 */
export function vectorsFor(def: InstrumentDefinition): VectorFile {
  const sourceNote = `derived from the definition (${def.id} ${def.version}; rules cite ${[...new Set(def.scales.flatMap((s) => s.sources))].join(', ')})`;
  const examples: KnownAnswerCase[] = (published[def.id] ?? []).map((p) => {
    const answers = { ...Object.fromEntries(def.items.map((i) => [i.id, null])), ...p.answers };
    return { id: p.id, kind: 'published', checks: p.checks, source: p.source, answers: p.answers, expected: expected(def, asMap(answers), {}) };
  });
  return {
    instrument: def.id,
    definitionVersion: def.version,
    cases: [...examples, ...extremeAndReverseCases(def, sourceNote), ...boundaryCases(def, sourceNote), ...missingCases(def, sourceNote), ...invalidCases(def, sourceNote)],
  };
}
