/**
 * Reads caller-supplied answers into per-item option indices, reporting every problem as an
 * issue and never throwing, whatever the input (proxies and throwing getters included).
 *
 * @internal
 * @module
 */
import type { Issue, IssueCode, IssueSeverity } from '../schema/result.js';
import type { TextAnswers } from './answer-text.js';
import type { Compiled, CompiledItem } from './compiled.js';

/** Option index per item: ≥ 0 answered, `MISSING`, or `INVALID`. */
export const MISSING = -1;
export const INVALID = -2;

/** Most issues reported for one call; past it one `too_many_issues` issue stands for the rest. */
export const MAX_ISSUES = 100;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Shared by every result without issues (frozen, so no result can change another's). */
const NO_ISSUES: Issue[] = Object.freeze([]) as unknown as Issue[];

/** How keys and text are read; `score()` uses {@link PLAIN} or {@link REPORT_KEYS}. */
export interface ReadSettings {
  /** A key that is no item of the instrument: skipped, or reported as a warning. */
  readonly unknownKeys: 'ignore' | 'report';
  /** Reads string answers (`parseAnswers`, the command line); null: a string is an `invalid_type`. */
  readonly text: TextAnswers | null;
}

/** `score()`'s default: numbers only, keys that are no item skipped. */
export const PLAIN: ReadSettings = Object.freeze({ unknownKeys: 'ignore', text: null });
/** `score()` with `unknownKeys: 'report'`. */
export const REPORT_KEYS: ReadSettings = Object.freeze({ unknownKeys: 'report', text: null });

/** Where issues go (a {@link Read}); options are read into the same one, under the same cap. */
export interface IssueSink {
  add(code: IssueCode, message: string, item?: string, value?: unknown, severity?: IssueSeverity): void;
}

/** What reading produced: per-item option indices and the issues found (one object per call). */
export class Read implements IssueSink {
  /** Per item (definition order): option index, MISSING or INVALID. */
  readonly answers: number[];
  issues: Issue[] = NO_ISSUES;
  /** Issues of severity `error` (the result is valid when there are none). */
  errors = 0;
  /** True when the answers as a whole could not be mapped to items (every scale is invalid). */
  unusable = false;
  private dropped = 0;
  private droppedErrors = 0;

  constructor(blank: readonly number[]) {
    this.answers = blank.slice();
  }

  /** Makes this Read as new (every item unanswered, no issue), to be used for another call. */
  reset(): this {
    this.answers.fill(MISSING);
    this.issues = NO_ISSUES;
    this.errors = 0;
    this.unusable = false;
    this.dropped = 0;
    this.droppedErrors = 0;
    return this;
  }

  add(code: IssueCode, message: string, item?: string, value?: unknown, severity: IssueSeverity = 'error'): void {
    if (this.issues === NO_ISSUES) this.issues = [];
    if (severity === 'error') this.errors++;
    if (this.issues.length >= MAX_ISSUES) {
      this.dropped++;
      if (severity === 'error') this.droppedErrors++;
      return;
    }
    const shown = printable(value);
    this.issues.push({
      code,
      severity,
      ...(item === undefined ? {} : { item }),
      ...(shown === undefined ? {} : { value: shown }),
      message,
    });
  }

  finish(unusable: boolean): this {
    this.unusable = unusable;
    if (unusable) this.answers.fill(MISSING);
    if (this.dropped > 0) {
      this.issues.push({ code: 'too_many_issues', severity: this.droppedErrors > 0 ? 'error' : 'warning', message: `${this.dropped} further issues were not listed` });
    }
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

/** A value in words, for messages; never throws (a revoked proxy is "an object"). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    return 'an object';
  }
  return `a value of type ${typeof value}`;
}

/** What a caught exception says, without trusting it (it may be any value, a proxy, or throw again). */
export function errorText(error: unknown): string {
  try {
    if (error instanceof Error) {
      const message: unknown = error.message;
      return typeof message === 'string' ? message : describe(message);
    }
    return typeof error === 'string' ? error : describe(error);
  } catch {
    return 'an exception that cannot be shown';
  }
}

/** A key as shown in a message (long keys cut short). */
export const keyText = (key: string): string => (key.length > 60 ? `${key.slice(0, 60)}…` : key);

/**
 * Checks one value against an item; returns the option index, MISSING or INVALID. For small
 * integer options the answer indexes a dense table directly: a non-integer, negative, NaN or
 * infinite value finds no entry there, so it needs no separate test.
 */
function readValue(item: CompiledItem, index: number, value: unknown, read: Read, settings: ReadSettings): number {
  if (settings.text !== null) return settings.text.answer(item, index, value, read);
  if (typeof value === 'number') {
    const option = item.dense === null ? item.options.get(value) : item.dense[value - item.denseFrom];
    if (option !== undefined && option >= 0) return option;
  }
  return reject(item, value, read);
}

/** Reports a value that is not one of the item's options. */
export function reject(item: CompiledItem, value: unknown, read: IssueSink): number {
  if (typeof value !== 'number') {
    read.add('invalid_type', `${item.id}: expected a number (one of ${item.allowed}), got ${describe(value)}`, item.id, value);
  } else if (!Number.isFinite(value)) {
    read.add('not_finite', `${item.id}: ${String(value)} is not a valid answer; expected one of ${item.allowed}`, item.id, value);
  } else {
    read.add('invalid_value', `${item.id}: ${value} is not an option; expected one of ${item.allowed}`, item.id, value);
  }
  return INVALID;
}

/**
 * Reads answers keyed by item id or as an array in item order, into `read` (a new one by
 * default). Never throws, whatever the input: proxies, throwing getters and exotic lengths
 * included.
 */
export function readAnswers(c: Compiled, input: unknown, settings: ReadSettings = PLAIN, read: Read = new Read(c.blankAnswers)): Read {
  const n = c.items.length;
  const answers = read.answers;
  try {
    if (Array.isArray(input)) {
      const length: unknown = input.length;
      if (typeof length !== 'number' || !Number.isSafeInteger(length) || length > n || length < c.minArrayLength) {
        const expected = c.minArrayLength === n ? `${n}` : `${c.minArrayLength} to ${n}`;
        read.add(
          'wrong_length',
          `expected an array of ${expected} answers in item order (${c.items[0]!.id} … ${c.items[n - 1]!.id}), got ${typeof length === 'number' ? length : describe(length)}; use null for an unanswered item`,
        );
        return read.finish(true);
      }
      const items = c.items;
      for (let i = 0; i < length; i++) {
        const value: unknown = input[i];
        if (value !== null && value !== undefined) answers[i] = readValue(items[i]!, i, value, read, settings);
      }
      return read.finish(false);
    }
    const proto: unknown = typeof input === 'object' && input !== null ? Object.getPrototypeOf(input) : undefined;
    if (proto === undefined || (proto !== null && proto !== Object.prototype && Object.prototype.toString.call(input) !== '[object Object]')) {
      read.add('invalid_answers', `expected an object keyed by item id or an array in item order, got ${describe(input)}`);
      return read.finish(true);
    }
    const record = input as Record<string, unknown>;
    // for-in visits the own enumerable keys in Object.keys order, then inherited enumerable ones:
    // those are skipped (own-ness checked only when the prototype chain may have any). Keys
    // usually come in item order, so the next item's id is tried before the map.
    const inherited = proto !== null && !(proto === Object.prototype && plainPrototype());
    const ids = c.itemIds;
    let next = 0;
    for (const key in record) {
      if (inherited && !Object.prototype.hasOwnProperty.call(record, key)) continue;
      const index = key === ids[next] ? next : c.itemIndex.get(key);
      if (index !== undefined) {
        next = index + 1;
        const value = record[key];
        if (value !== null && value !== undefined) answers[index] = readValue(c.items[index]!, index, value, read, settings);
      } else if (FORBIDDEN.has(key)) read.add('forbidden_key', `"${key}" is not allowed as an answer key`, key);
      else if (settings.unknownKeys === 'report') read.add('unknown_item', `"${keyText(key)}" is not an item of ${c.definition.id}; it was ignored`, key, undefined, 'warning');
    }
    return read.finish(false);
  } catch (error) {
    read.add('invalid_answers', `reading the answers failed: ${errorText(error)}`);
    return read.finish(true);
  }
}

/** Whether `Object.prototype` has no enumerable key (nothing added to it), so for-in over a plain object visits own keys only. */
export function plainPrototype(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}
