/**
 * Answers for `score()` from an R4 QuestionnaireResponse, whatever its source: every problem is
 * an issue, nothing throws.
 *
 * @module
 */
import type { Answers } from '../schema/result.js';
import type { InstrumentDefinition, Item } from '../schema/types.js';
import { EXT, optionCoding, scaleLinkId } from './codes.js';
import { responseScaleOf, scoredOptions } from './scales.js';

/**
 * Machine-readable kinds of {@link FhirResponseIssue}.
 *
 * @example
 * ```ts
 * const { issues } = fromFhirQuestionnaireResponse(phq9, { resourceType: 'Patient' });
 * issues[0]?.code; // 'wrong_resource_type'
 * ```
 */
export type FhirResponseIssueCode =
  /** The response is not a JSON object. */
  | 'not_an_object'
  /** `resourceType` is not `QuestionnaireResponse`. */
  | 'wrong_resource_type'
  /** `status` is `entered-in-error`: the answers are returned, but should not be scored. */
  | 'entered_in_error'
  /** An `item` (or `item` array) that is not an object with a string `linkId`. */
  | 'invalid_item'
  /** An answered item whose linkId is not an item of the instrument. */
  | 'unknown_item'
  /** More than one answer to one item (in one item or in the item repeated). */
  | 'multiple_answers'
  /** An answer whose value is missing, of an unsupported type, or of the wrong JSON type. */
  | 'invalid_type'
  /** An answer whose value is not one of the item's options (or whose code and weight disagree). */
  | 'invalid_value'
  /** Reading the response failed part-way (e.g. a throwing getter); answers read so far are kept. */
  | 'unreadable'
  /** Stands for the issues past the first 100. */
  | 'too_many_issues';

/**
 * One problem found in a QuestionnaireResponse.
 *
 * @example
 * ```ts
 * fromFhirQuestionnaireResponse(gad7, response).issues;
 * // [{ code: 'invalid_value', item: 'gad7_2', path: 'item[1].answer[0]', value: 9, message: 'gad7_2: 9 is not an option; expected one of 0, 1, 2, 3' }]
 * ```
 */
export interface FhirResponseIssue {
  readonly code: FhirResponseIssueCode;
  /** The linkId the issue is about, when there is one. */
  readonly item?: string;
  /** Where in the response, e.g. `item[2].answer[0]`. */
  readonly path?: string;
  /** The offending value, when it is a JSON-safe primitive. */
  readonly value?: string | number | boolean | null;
  /** A sentence a person can act on. */
  readonly message: string;
}

/**
 * What {@link fromFhirQuestionnaireResponse} returns.
 *
 * @example
 * ```ts
 * const { answers, issues }: FhirResponseAnswers<typeof phq9> = fromFhirQuestionnaireResponse(phq9, response);
 * answers.phq9_1; // 0 | 1 | 2 | 3 | null | undefined
 * ```
 */
export interface FhirResponseAnswers<D extends InstrumentDefinition = InstrumentDefinition> {
  /** The answers that could be read, keyed by item id: ready for `score()`. */
  readonly answers: Answers<D>;
  /** Every problem found; an item with a problem is not in `answers`. */
  readonly issues: readonly FhirResponseIssue[];
}

const MAX_ISSUES = 100;
/** Most items and answers visited: a bound on the work a hostile response can cause. */
const MAX_NODES = 100_000;

/** How one item's options can be recognised: by coding, by raw value, and by weight (the scored value). */
interface ItemReader {
  readonly item: Item;
  readonly codes: ReadonlyMap<string, number>;
  readonly values: readonly number[];
  /** Each option's scored value (after reverse keying): what its `itemWeight`/`ordinalValue` holds. */
  readonly weights: readonly number[];
}

const codingKey = (system: unknown, code: unknown): string => `${String(system)}\u0000${String(code)}`;

function readers(def: InstrumentDefinition): Map<string, ItemReader> {
  return new Map(
    def.items.map((item) => {
      const rs = responseScaleOf(def, item);
      const codes = new Map<string, number>();
      rs.options.forEach((o, i) => {
        const coding = optionCoding(def, rs.id, o);
        codes.set(codingKey(coding.system, coding.code), i);
      });
      return [item.id, { item, codes, values: rs.options.map((o) => o.value), weights: scoredOptions(def, item).map((o) => o.scored) }];
    }),
  );
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function shown(value: unknown): string | number | boolean | null | undefined {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…` : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || value === null) return value;
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return `a value of type ${typeof value}`;
}

/** The option weight carried by an `itemWeight` or `ordinalValue` extension, if any. */
function weightOf(...holders: unknown[]): number | undefined {
  for (const holder of holders) {
    if (!isObject(holder) || !Array.isArray(holder.extension)) continue;
    for (const ext of holder.extension as unknown[]) {
      if (isObject(ext) && (ext.url === EXT.itemWeight || ext.url === EXT.ordinalValue) && typeof ext.valueDecimal === 'number') return ext.valueDecimal;
    }
  }
  return undefined;
}

class Reader {
  readonly issues: FhirResponseIssue[] = [];
  private dropped = 0;

  add(code: FhirResponseIssueCode, message: string, where: { item?: string; path?: string; value?: unknown } = {}): void {
    if (this.issues.length >= MAX_ISSUES) {
      this.dropped++;
      return;
    }
    const value = 'value' in where ? shown(where.value) : undefined;
    this.issues.push({
      code,
      ...(where.item === undefined ? {} : { item: where.item }),
      ...(where.path === undefined ? {} : { path: where.path }),
      ...(value === undefined ? {} : { value }),
      message,
    });
  }

  finish(): FhirResponseIssue[] {
    if (this.dropped > 0) this.issues.push({ code: 'too_many_issues', message: `${this.dropped} further issues were not listed` });
    return this.issues;
  }
}

/** The option index an answer names, or undefined after reporting why it names none. */
function readAnswer(r: ItemReader, answer: unknown, path: string, out: Reader): number | undefined {
  const id = r.item.id;
  const allowed = r.values.join(', ');
  if (!isObject(answer)) {
    out.add('invalid_type', `${id}: an answer must be an object, got ${describe(answer)}`, { item: id, path, value: answer });
    return undefined;
  }
  const keys = Object.keys(answer).filter((k) => k.startsWith('value'));
  if (keys.length !== 1) {
    out.add('invalid_type', `${id}: an answer needs exactly one value[x], got ${keys.length === 0 ? 'none' : keys.join(', ')}`, { item: id, path });
    return undefined;
  }
  const key = keys[0]!;
  const value = answer[key];
  const byValue = (x: number): number => r.values.findIndex((v) => v === x || (v === 0 && x === 0));
  switch (key) {
    case 'valueCoding': {
      if (!isObject(value)) {
        out.add('invalid_type', `${id}: valueCoding must be an object, got ${describe(value)}`, { item: id, path, value });
        return undefined;
      }
      const byCode = r.codes.get(codingKey(value.system, value.code));
      const weight = weightOf(value, answer);
      const byWeight = weight === undefined ? undefined : r.weights.findIndex((w) => w === weight || (w === 0 && weight === 0));
      if (byCode !== undefined) {
        if (weight !== undefined && byWeight !== byCode) {
          out.add('invalid_value', `${id}: the coding names the option with value ${r.values[byCode]} (weight ${r.weights[byCode]}), but its weight is ${weight}`, { item: id, path, value: weight });
          return undefined;
        }
        return byCode;
      }
      if (byWeight !== undefined && byWeight >= 0) return byWeight;
      out.add(
        'invalid_value',
        `${id}: the coding ${String(value.system)}|${String(value.code)} is not one of the item's options${weight === undefined ? '' : `, nor is its weight ${weight} one of their weights (${r.weights.join(', ')})`} (values ${allowed})`,
        { item: id, path, value: typeof value.code === 'string' ? value.code : weight },
      );
      return undefined;
    }
    case 'valueInteger':
    case 'valueDecimal': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (key === 'valueInteger' && !Number.isInteger(value))) {
        out.add('invalid_type', `${id}: ${key} must be a ${key === 'valueInteger' ? 'whole' : 'finite'} number, got ${describe(value)}`, { item: id, path, value });
        return undefined;
      }
      const index = byValue(value);
      if (index < 0) out.add('invalid_value', `${id}: ${value} is not an option; expected one of ${allowed}`, { item: id, path, value });
      return index < 0 ? undefined : index;
    }
    default:
      out.add('invalid_type', `${id}: ${key} is not accepted; answer with valueCoding, valueInteger or valueDecimal`, { item: id, path });
      return undefined;
  }
}

/**
 * Reads a QuestionnaireResponse into answers for `score()`. Accepts what renderers write for
 * the Questionnaire of {@link toFhirQuestionnaire} and close variants: an answer's
 * `valueCoding` matched by system and code (LOINC or package codes), or else by the weight in
 * its `itemWeight`/`ordinalValue` extension (the option's scored value, as the exported
 * Questionnaire writes it: reverse-keyed items carry `min + max − value`); `valueInteger` and `valueDecimal` holding the
 * raw value. Items may be nested in groups or under answers; the hidden score items are
 * ignored (scores are recomputed by `score()`).
 *
 * Never throws, whatever `response` is (it is typed `unknown` on purpose: pass parsed JSON as
 * is). Every problem is a typed issue: not an object, wrong `resourceType`, an unknown linkId
 * with answers, two answers to one item, a value that is not an option or of the wrong type.
 * An item with a problem is left out of `answers`; score only when `issues` is empty, or
 * accept that such items count as unanswered.
 *
 * @param definition - the instrument the response answers.
 * @param response - a parsed QuestionnaireResponse (untrusted).
 *
 * @example
 * ```ts
 * import { phq9, score } from 'wellbeing-instruments';
 * import { fromFhirQuestionnaireResponse } from 'wellbeing-instruments/fhir';
 *
 * const { answers, issues } = fromFhirQuestionnaireResponse(phq9, JSON.parse(body));
 * if (issues.length === 0) score(phq9, answers).scales.total.value;
 * ```
 */
export function fromFhirQuestionnaireResponse<D extends InstrumentDefinition>(definition: D, response: unknown): FhirResponseAnswers<D> {
  const out = new Reader();
  const answers: Record<string, number> = {};
  try {
    readResponse(definition, response, answers, out);
  } catch (error) {
    out.add('unreadable', `reading the response failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { answers: answers as Answers<D>, issues: out.finish() };
}

function readResponse(def: InstrumentDefinition, response: unknown, answers: Record<string, number>, out: Reader): void {
  if (!isObject(response)) {
    out.add('not_an_object', `expected a QuestionnaireResponse object, got ${describe(response)}`, { value: response });
    return;
  }
  if (response.resourceType !== 'QuestionnaireResponse') {
    out.add('wrong_resource_type', `expected resourceType "QuestionnaireResponse", got ${describe(response.resourceType)}`, { path: 'resourceType', value: response.resourceType });
    return;
  }
  if (response.status === 'entered-in-error') out.add('entered_in_error', 'the response has status "entered-in-error": its answers should not be scored', { path: 'status', value: response.status });

  const byId = readers(def);
  const ignored = new Set([...def.scales.map((s) => scaleLinkId(def, s.id)), `${def.id}_instructions`]);
  const seen = new Set<string>();
  const visited = new Set<object>();
  const stack: { items: unknown; path: string }[] = [{ items: response.item, path: 'item' }];
  let nodes = 0;
  while (stack.length > 0) {
    const { items, path } = stack.pop()!;
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      out.add('invalid_item', `${path} must be an array, got ${describe(items)}`, { path, value: items });
      continue;
    }
    nodes += items.length;
    if (nodes > MAX_NODES) {
      out.add('unreadable', `the response has more than ${MAX_NODES} items and answers; it was not read further`, { path });
      return;
    }
    const children: { items: unknown; path: string }[] = [];
    items.forEach((entry: unknown, i) => {
      const at = `${path}[${i}]`;
      if (!isObject(entry) || typeof entry.linkId !== 'string') {
        out.add('invalid_item', `${at} must be an object with a string linkId`, { path: at, value: isObject(entry) ? entry.linkId : entry });
        return;
      }
      if (visited.has(entry)) return;
      visited.add(entry);
      const linkId = entry.linkId;
      children.push({ items: entry.item, path: `${at}.item` });
      const list = entry.answer;
      if (list !== undefined && !Array.isArray(list)) {
        out.add('invalid_type', `${at}.answer must be an array, got ${describe(list)}`, { item: linkId, path: `${at}.answer` });
        return;
      }
      const answerList: unknown[] = list ?? [];
      nodes += answerList.length;
      answerList.forEach((a, k) => {
        if (isObject(a) && a.item !== undefined) children.push({ items: a.item, path: `${at}.answer[${k}].item` });
      });
      const r = byId.get(linkId);
      if (r === undefined) {
        // Groups and the hidden score items are expected; only an unknown item that carries answers is a problem.
        if (answerList.length > 0 && !ignored.has(linkId)) out.add('unknown_item', `"${linkId.length > 60 ? `${linkId.slice(0, 60)}…` : linkId}" is not an item of ${def.id}`, { item: linkId, path: at });
        return;
      }
      if (answerList.length === 0) return;
      if (seen.has(linkId) || answerList.length > 1) {
        out.add('multiple_answers', `${linkId}: more than one answer; an item takes one`, { item: linkId, path: at });
        delete answers[linkId];
        seen.add(linkId);
        return;
      }
      seen.add(linkId);
      const option = readAnswer(r, answerList[0], `${at}.answer[0]`, out);
      if (option !== undefined) answers[linkId] = r.values[option]!;
    });
    // Depth first, in document order.
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
}
