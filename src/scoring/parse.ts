/**
 * `parseAnswers`: untrusted input (form data, a request body, a database row) checked and turned
 * into typed answers, in the `safeParse` shape zod and valibot users know.
 *
 * @module
 */
import type { Answers, Issue } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { textAnswers, type TextAnswers } from './answer-text.js';
import { compile } from './compile.js';
import { describe, errorText, Read, readAnswers, type ReadSettings } from './read.js';

/** Options for {@link parseAnswers}. */
export interface ParseAnswersOptions {
  /**
   * Read numerals given as text: `"2"` and `" 2 "` are 2. A numeral is read only when the number
   * is exactly its decimal value (`"2.0"` is 2; `"2.0000000001"` stays 2.0000000001 and is no
   * option; `"2.9999999999999999"` is never rounded to 3); `"2abc"` is not a numeral. Default false.
   */
  readonly coerce?: boolean;
  /** Read option labels ("Several days"), compared without regard to case, spacing or curly quotes. Default false. */
  readonly labels?: boolean;
  /**
   * Codes that mean "not answered", as text (`['NA', '-99']`); a number answer written the same
   * way (`-99`) is one too. With `coerce`, `labels` or `missing`, a blank text is not answered.
   */
  readonly missing?: readonly string[];
  /** A key that is no item: `'ignore'` it (default) or `'report'` it as a warning. */
  readonly unknownKeys?: 'ignore' | 'report';
}

/** What {@link parseAnswers} returns: typed answers and any warnings, or the issues that stop them. */
export type ParseAnswersResult<D extends InstrumentDefinition> =
  | {
      readonly success: true;
      /** Every answered item with its option value; unanswered items are absent. */
      readonly answers: Answers<D>;
      /** Warnings only (`unknown_item` with `unknownKeys: 'report'`). */
      readonly issues: readonly Issue[];
    }
  | { readonly success: false; readonly issues: readonly Issue[] };

/** The reading settings for the options given, reporting bad options as issues. */
function settingsOf(definition: InstrumentDefinition, options: unknown, read: Read): ReadSettings {
  let coerce = false;
  let labels = false;
  let missing: string[] = [];
  let unknownKeys: 'ignore' | 'report' = 'ignore';
  try {
    if (options === null || typeof options !== 'object') read.add('invalid_options', `options must be an object, got ${describe(options)}`);
    else {
      const o = options as Record<string, unknown>;
      const flag = (name: 'coerce' | 'labels'): boolean => {
        const v = o[name];
        if (v !== undefined && typeof v !== 'boolean') read.add('invalid_options', `options.${name} must be true or false, got ${describe(v)}`, name, v);
        return v === true;
      };
      coerce = flag('coerce');
      labels = flag('labels');
      const m = o['missing'];
      if (Array.isArray(m) && m.every((x) => typeof x === 'string')) missing = [...(m as string[])];
      else if (m !== undefined) read.add('invalid_options', `options.missing must be an array of strings, got ${describe(m)}`, 'missing');
      const u = o['unknownKeys'];
      if (u === 'report') unknownKeys = 'report';
      else if (u !== undefined && u !== 'ignore') read.add('invalid_options', `options.unknownKeys must be "ignore" or "report", got ${describe(u)}`, 'unknownKeys', u);
    }
  } catch (error) {
    read.add('invalid_options', `reading the options failed: ${errorText(error)}`);
  }
  const text = coerce || labels || missing.length > 0 ? cachedTextAnswers(definition, coerce, labels, missing) : null;
  return { unknownKeys, text };
}

/** Text readers per definition and settings: label tables are built once, not per call. */
const readers = new WeakMap<InstrumentDefinition, Map<string, TextAnswers>>();

function cachedTextAnswers(definition: InstrumentDefinition, numbers: boolean, labels: boolean, missing: readonly string[]): TextAnswers {
  let byKey = readers.get(definition);
  if (byKey === undefined) readers.set(definition, (byKey = new Map()));
  const key = JSON.stringify([numbers, labels, missing]);
  let reader = byKey.get(key);
  if (reader === undefined) {
    // A few settings per definition in practice; past 64, start again rather than grow.
    if (byKey.size >= 64) byKey.clear();
    reader = textAnswers(definition, { numbers, labels, missing });
    byKey.set(key, reader);
  }
  return reader;
}

/**
 * Checks untrusted input against an instrument and returns typed answers, or every problem as
 * an issue (the same codes `score()` uses). Never throws for any input or options.
 *
 * @param definition - the instrument, e.g. `phq9`.
 * @param input - answers keyed by item id or an array in item order, of any type.
 * @param options - `coerce` numerals given as text, read option `labels`, `missing` codes,
 *   `unknownKeys`.
 * @returns `{ success: true, answers, issues }` (issues are warnings only) or
 *   `{ success: false, issues }`.
 * @throws {DefinitionError} only when the definition itself is malformed.
 *
 * @example
 * ```ts
 * import { parseAnswers, phq9, score } from 'wellbeing-instruments';
 * const form = { phq9_1: '2', phq9_2: ' 1 ', phq9_3: 'NA', department: 'ICU' };
 * const parsed = parseAnswers(phq9, form, { coerce: true, missing: ['NA'] });
 * if (parsed.success) score(phq9, parsed.answers); // answers: { phq9_1: 2, phq9_2: 1 }
 * ```
 */
export function parseAnswers<D extends InstrumentDefinition>(definition: D, input: unknown, options: ParseAnswersOptions = {}): ParseAnswersResult<D> {
  const c = compile(definition);
  const read = new Read(c.blankAnswers);
  readAnswers(c, input, settingsOf(definition, options, read), read);
  if (read.errors > 0) return { success: false, issues: read.issues };
  const answers: Record<string, number> = {};
  read.answers.forEach((option, i) => {
    if (option >= 0) answers[c.items[i]!.id] = c.items[i]!.raw[option]!;
  });
  return { success: true, answers: answers as Answers<D>, issues: read.issues };
}
