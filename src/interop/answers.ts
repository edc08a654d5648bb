/**
 * Reading answers back from a platform's records (REDCap exports, SurveyJS `survey.data`):
 * values as numbers or as the numerals a platform stores, blanks as unanswered, everything else
 * an issue. Never throws.
 *
 * @internal
 * @module
 */
import type { Answers, Issue } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { optionValues } from './formula.js';

/**
 * Answers read from one platform record, and the problems found in it.
 *
 * @example
 * ```ts
 * const { answers, issues } = fromSurveyJsData(phq9, survey.data);
 * if (issues.length > 0) report(issues);
 * else store(score(phq9, answers));
 * ```
 */
export interface ImportedAnswers<D extends InstrumentDefinition> {
  /**
   * Every item of the instrument: its option value, or `null` when the record leaves it blank.
   * An item whose value is not one of its options is left out and reported in `issues`, so
   * check `issues` before scoring.
   */
  readonly answers: Answers<D>;
  /** One issue per value that is not an option (`invalid_value`, `invalid_type`), or per record that is not an object (`invalid_answers`). */
  readonly issues: Issue[];
}

/** A value that is not an option as an issue shows it (never `null`: that is a blank). */
const printable = (value: unknown): string | number | boolean | undefined =>
  typeof value === 'string' ? (value.length > 80 ? `${value.slice(0, 80)}…` : value)
  : typeof value === 'number' ? (Number.isFinite(value) ? value : String(value))
  : typeof value === 'boolean' ? value
  : undefined;

const describe = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : String(value);

/**
 * Reads one record keyed by variable name. Only the definition's item ids are read; any other
 * key (record id, event, completion status, score fields, other instruments) is ignored.
 *
 * A value is accepted as a number that is one of the item's options, or as the numeral a
 * platform stores for it (`"2"` for 2: exactly `String(value)`). `null`, `undefined` and `""`
 * mean unanswered.
 */
export function readRecord<D extends InstrumentDefinition>(definition: D, record: unknown, platform: string): ImportedAnswers<D> {
  const answers: Record<string, number | null> = {};
  const issues: Issue[] = [];
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    issues.push({ code: 'invalid_answers', severity: 'error', message: `expected a ${platform} record (an object keyed by variable name), got ${record === null ? 'null' : describe(record)}` });
    return { answers: answers as Answers<D>, issues };
  }
  const values = optionValues(definition);
  for (const item of definition.items) {
    let value: unknown;
    try {
      value = Object.prototype.hasOwnProperty.call(record, item.id) ? (record as Record<string, unknown>)[item.id] : undefined;
    } catch (error) {
      issues.push({ code: 'invalid_answers', severity: 'error', item: item.id, message: `${item.id}: reading the value failed: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    if (value === undefined || value === null || value === '') {
      answers[item.id] = null;
      continue;
    }
    const options = values.get(item.id)!;
    // A number matches an option; anything else only as its numeral (so never unless a string).
    const option = typeof value === 'number' ? options.find((o) => o === value) : options.find((o) => String(o) === value);
    if (option !== undefined) {
      answers[item.id] = option;
      continue;
    }
    const shown = printable(value);
    issues.push({
      code: typeof value === 'number' || typeof value === 'string' ? 'invalid_value' : 'invalid_type',
      severity: 'error',
      item: item.id,
      ...(shown === undefined ? {} : { value: shown }),
      message: `${item.id}: ${describe(value)} is not an option; expected one of ${options.join(', ')} (or blank when unanswered)`,
    });
  }
  return { answers: answers as Answers<D>, issues };
}
