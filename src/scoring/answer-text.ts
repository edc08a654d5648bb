/**
 * Answers given as text (form fields, query strings, CSV cells): the one reading shared by
 * `parseAnswers()` and the command line's cells.
 *
 * A numeral is read as the number it denotes only when that number is exactly the text's
 * decimal value: `"2"`, `" 2 "`, `"2.0"` and `"2e0"` are 2, but `"2.9999999999999999"` (which
 * a float would round to 3) and `"1e-400"` (which rounds to 0) are not options, and `"2abc"`
 * is not a numeral. With `labels`, an option label ("Several days") is its option's value,
 * compared after NFKC normalisation, case folding, straight quotes and collapsed spaces. A blank
 * text or a declared missing code (`['NA', '-99']`) means not answered.
 *
 * @internal
 * @module
 */
import type { InstrumentDefinition } from '../schema/types.js';
import type { CompiledItem } from './compiled.js';
import { INVALID, MISSING, reject, type IssueSink } from './read.js';

/** How text becomes an answer. */
export interface TextAnswerSettings {
  /** Read numerals (`"2"`, `" 2 "`) as numbers. */
  readonly numbers: boolean;
  /** Read option labels (case- and space-insensitive) as their option values. */
  readonly labels: boolean;
  /** Texts (and numbers written the same way) that mean "not answered", besides a blank text. */
  readonly missing: readonly string[];
}

/** Reads text answers for the items of one definition. */
export interface TextAnswers {
  /**
   * The number `text` stands for as an answer to item `item` (definition order; not checked
   * against the options), `null` when it means not answered, `undefined` when it is neither.
   */
  read(item: number, text: string): number | null | undefined;
  /** Whether a number answer is a declared missing code (`-99` when `missing` has `"-99"`). */
  isMissingNumber(value: number): boolean;
  /** Why `text` is not an answer to item `item`, as an issue code and a sentence. */
  problem(item: number, text: string): { readonly code: 'invalid_value' | 'invalid_type'; readonly message: string };
  /** The option labels of an item, as printed. */
  labelsOf(item: number): readonly string[];
  /** Whether `text` is an option label of the item (to suggest reading labels). */
  isLabel(item: number, text: string): boolean;
  /**
   * One answer (not null or undefined) to item `index` read with this reader: its option index,
   * `MISSING` for a missing code, or `INVALID` with the problem reported to `issues`.
   */
  answer(item: CompiledItem, index: number, value: unknown, issues: IssueSink): number;
}

const NUMERAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** Integers of at most 15 digits are always exact as doubles. */
const SMALL_INTEGER = /^[+-]?\d{1,15}$/;

/** Label text as compared: NFKC, lower case, single spaces, straight quotes. */
export function normaliseLabel(label: string): string {
  return label.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The exact decimal value of a numeral as `digits e exponent` (zero as `0`), or null if `text` is no numeral. */
function exactDecimal(text: string): string | null {
  const m = NUMERAL.exec(text);
  if (m === null) return null;
  const whole = m[2]!;
  const fraction = m[3] ?? '';
  if (whole === '' && fraction === '') return null;
  let digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '') return '0';
  let exponent = (m[4] === undefined ? 0 : Number(m[4])) - fraction.length;
  const trailing = /0+$/.exec(digits);
  if (trailing !== null) {
    digits = digits.slice(0, trailing.index);
    exponent += trailing[0].length;
  }
  return `${m[1] === '-' ? '-' : ''}${digits}e${exponent}`;
}

/**
 * The number a numeral denotes when a double holds it exactly (its shortest form has the same
 * decimal value), else undefined: no answer is ever the result of rounding.
 */
export function exactNumber(text: string): number | undefined {
  if (SMALL_INTEGER.test(text)) return Number(text);
  const decimal = exactDecimal(text);
  if (decimal === null) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && exactDecimal(String(value)) === decimal ? value : undefined;
}

/** Whether `text` is written as a numeral at all (for messages). */
function isNumeral(text: string): boolean {
  return exactDecimal(text) !== null;
}

/** A text reader for `definition`'s items. */
export function textAnswers(definition: InstrumentDefinition, settings: TextAnswerSettings): TextAnswers {
  const missing = new Set(settings.missing.map((m) => m.trim()));
  const scales = new Map(definition.responseScales.map((s) => [s.id, s]));
  const optionsOf = definition.items.map((item) => scales.get(item.responseScale)?.options ?? []);
  const labelMaps = optionsOf.map((options) => new Map(options.map((o) => [normaliseLabel(o.label), o.value])));
  const { numbers, labels } = settings;
  /** Per digit 0–9: the digit as an answer, or -1 when it must be read the slow way. */
  // A digit that is a missing code, or an option label of some item ("1" labelling value 0), takes the slow path.
  const digits = Int8Array.from({ length: 10 }, (_, d) => (missing.has(String(d)) || !numbers || (labels && labelMaps.some((m) => m.has(String(d)))) ? -1 : d));
  const allowed = (item: number): string => optionsOf[item]!.map((o) => o.value).join(', ');

  function readText(item: number, text: string): number | null | undefined {
    const trimmed = text.trim();
    if (trimmed === '' || missing.has(trimmed)) return null;
    if (labels) {
      const value = labelMaps[item]!.get(normaliseLabel(trimmed));
      if (value !== undefined) return value;
    }
    return numbers ? exactNumber(trimmed) : undefined;
  }

  const reader: TextAnswers = {
    read(item, text) {
      // Fast path: a single digit, the common case.
      if (text.length === 1) {
        const c = text.charCodeAt(0) - 48;
        if (c >= 0 && c <= 9 && digits[c]! >= 0) return c;
      }
      return readText(item, text);
    },
    isMissingNumber: (value) => missing.size > 0 && missing.has(String(value)),
    problem(item, text) {
      const id = definition.items[item]!.id;
      const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
      const trimmed = text.trim();
      if (numbers && isNumeral(trimmed)) {
        return { code: 'invalid_value', message: `${id}: ${shown} is not an option; expected one of ${allowed(item)} (numerals are compared exactly, never rounded)` };
      }
      if (labels) {
        const labelList = optionsOf[item]!.map((o) => JSON.stringify(o.label)).join(', ');
        return { code: 'invalid_value', message: `${id}: ${shown} is neither an option label (${labelList}) nor a value (${allowed(item)})` };
      }
      return { code: 'invalid_type', message: `${id}: expected ${numbers ? 'a numeral' : 'a number'} (one of ${allowed(item)}), got the string ${shown}` };
    },
    labelsOf: (item) => optionsOf[item]!.map((o) => o.label),
    isLabel: (item, text) => labelMaps[item]!.has(normaliseLabel(text)),
    answer(item, index, value, issues) {
      let answer: unknown = value;
      const invalid = (text: string): number => {
        const problem = reader.problem(index, text);
        issues.add(problem.code, problem.message, item.id, text);
        return INVALID;
      };
      if (typeof value === 'string') {
        const read = reader.read(index, value);
        if (read === undefined) return invalid(value);
        answer = read;
      } else if (typeof value === 'number' && reader.isMissingNumber(value)) answer = null;
      if (answer === null) return MISSING;
      if (typeof answer === 'number') {
        const option = item.options.get(answer);
        if (option !== undefined) return option;
        if (typeof value === 'string') return invalid(value);
      }
      return reject(item, answer, issues);
    },
  };
  return reader;
}
