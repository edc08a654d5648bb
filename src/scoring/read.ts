/**
 * Reads caller-supplied answers into per-item option indices, reporting every problem as an
 * issue and never throwing, whatever the input (proxies and throwing getters included).
 *
 * @internal
 * @module
 */
import type { Issue, IssueCode } from '../schema/result.js';
import type { Compiled, CompiledItem } from './compiled.js';

/** Option index per item: ≥ 0 answered, `MISSING`, or `INVALID`. */
export const MISSING = -1;
export const INVALID = -2;

/** Most issues reported for one call; past it one `too_many_issues` issue stands for the rest. */
export const MAX_ISSUES = 100;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Shared by every result without issues (frozen, so no result can change another's). */
const NO_ISSUES: Issue[] = Object.freeze([]) as unknown as Issue[];

/** What reading produced: per-item option indices and the issues found (one object per call). */
export class Read {
  /** Per item (definition order): option index, MISSING or INVALID. */
  readonly answers: number[];
  issues: Issue[] = NO_ISSUES;
  /** True when the answers as a whole could not be mapped to items (every scale is invalid). */
  unusable = false;
  private dropped = 0;

  constructor(blank: readonly number[]) {
    this.answers = blank.slice();
  }

  add(code: IssueCode, message: string, item?: string, value?: unknown): void {
    if (this.issues === NO_ISSUES) this.issues = [];
    if (this.issues.length >= MAX_ISSUES) {
      this.dropped++;
      return;
    }
    const shown = printable(value);
    this.issues.push({
      code,
      ...(item === undefined ? {} : { item }),
      ...(shown === undefined ? {} : { value: shown }),
      message,
    });
  }

  finish(unusable: boolean): this {
    this.unusable = unusable;
    if (unusable) this.answers.fill(MISSING);
    if (this.dropped > 0) this.issues.push({ code: 'too_many_issues', message: `${this.dropped} further issues were not listed` });
    return this;
  }
}

/** The offending value as a JSON-safe primitive, or undefined when it has none. */
function printable(value: unknown): string | number | boolean | null | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'string':
      return value.length > 80 ? `${value.slice(0, 80)}…` : value;
    case 'boolean':
      return value;
    case 'bigint':
      return `${value}n`;
    default:
      return value === null ? null : undefined;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  return `a value of type ${typeof value}`;
}

/** Checks one value against an item; returns the option index, MISSING or INVALID. */
/**
 * Checks one value against an item; returns the option index, MISSING or INVALID. For small
 * integer options the answer indexes a dense table directly: a non-integer, negative, NaN or
 * infinite value finds no entry there, so it needs no separate test.
 */
function readValue(item: CompiledItem, value: unknown, read: Read): number {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'number') {
    const option = item.dense === null ? item.options.get(value) : item.dense[value - item.denseFrom];
    if (option !== undefined && option >= 0) return option;
  }
  return reject(item, value, read);
}

/** Reports a value that is not one of the item's options. */
function reject(item: CompiledItem, value: unknown, read: Read): number {
  if (typeof value !== 'number') {
    read.add('invalid_type', `${item.id}: expected a number (one of ${item.allowed}), got ${describe(value)}`, item.id, value);
  } else if (!Number.isFinite(value)) {
    read.add('not_finite', `${item.id}: ${String(value)} is not a valid answer; expected one of ${item.allowed}`, item.id, value);
  } else {
    read.add('invalid_value', `${item.id}: ${value} is not an option; expected one of ${item.allowed}`, item.id, value);
  }
  return INVALID;
}

/** Reads answers keyed by item id or as an array in item order. Never throws. */
export function readAnswers(c: Compiled, input: unknown): Read {
  const n = c.items.length;
  const read = new Read(c.blankAnswers);
  const answers = read.answers;
  try {
    if (Array.isArray(input)) {
      const length = input.length;
      if (length > n || length < c.minArrayLength) {
        const expected = c.minArrayLength === n ? `${n}` : `${c.minArrayLength} to ${n}`;
        read.add(
          'wrong_length',
          `expected an array of ${expected} answers in item order (${c.items[0]!.id} … ${c.items[n - 1]!.id}), got ${length}; use null for an unanswered item`,
        );
        return read.finish(true);
      }
      const items = c.items;
      for (let i = 0; i < length; i++) {
        const value: unknown = input[i];
        if (value !== null && value !== undefined) answers[i] = readValue(items[i]!, value, read);
      }
      return read.finish(false);
    }
    if (typeof input !== 'object' || input === null || !isPlainObject(input)) {
      read.add('invalid_answers', `expected an object keyed by item id or an array in item order, got ${describe(input)}`);
      return read.finish(true);
    }
    const record = input as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const index = c.itemIndex.get(key);
      if (index !== undefined) answers[index] = readValue(c.items[index]!, record[key], read);
      else if (FORBIDDEN.has(key)) read.add('forbidden_key', `"${key}" is not allowed as an answer key`, key);
      else read.add('unknown_item', `"${key.length > 60 ? `${key.slice(0, 60)}…` : key}" is not an item of ${c.definition.id}`, key);
    }
    return read.finish(false);
  } catch (error) {
    read.add('invalid_answers', `reading the answers failed: ${error instanceof Error ? error.message : String(error)}`);
    return read.finish(true);
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.prototype.toString.call(value) === '[object Object]';
}
