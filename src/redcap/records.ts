/**
 * REDCap records back into answers for `score()`.
 *
 * @module
 */
import { readRecord, type ImportedAnswers } from '../interop/answers.js';
import type { InstrumentDefinition } from '../schema/types.js';

/**
 * Options for {@link fromRedcapRecords}.
 *
 * @example
 * ```ts
 * fromRedcapRecords(phq9, rows, { missingDataCodes: ['UNK', 'NASK'] });
 * ```
 */
export interface RedcapRecordOptions {
  /**
   * The project's missing data codes (REDCap: Additional customizations → Missing Data Codes),
   * e.g. `['UNK', 'NA']`. A value equal to one is read as unanswered, as the dictionary's calc
   * fields read it (`isblankormissingcode`). Without this, such a value is an `invalid_value` issue.
   */
  readonly missingDataCodes?: readonly string[];
}

/**
 * Turns exported REDCap records (API `content=record`, `format=json`, `type=flat`,
 * `rawOrLabel=raw`; or the rows of a CSV export) into answers for `score()`, one result per row
 * in the same order.
 *
 * Values are read as REDCap exports them: the raw code as a string (`"2"`), or blank (`""`) when
 * unanswered; numbers are accepted too. Only the instrument's item fields are read; the record
 * id, event, `_complete` status, calc fields and other forms' fields are ignored (the calc field
 * of each scale is named by `redcapScoreFields(definition)`, which maps them back to scale ids). A value that is
 * not one of the item's options (a label export, a stray code) is an issue, and the item is left
 * out of the answers. Never throws.
 *
 * @param definition - the instrument the rows hold (`phq9`, or `getInstrument(id)`).
 * @param rows - exported records, one object per record (and event) keyed by variable name.
 * @returns per row, the answers and the issues found.
 *
 * @example
 * ```ts
 * import { phq9, score } from 'wellbeing-instruments';
 * import { fromRedcapRecords } from 'wellbeing-instruments/redcap';
 * const rows = [{ record_id: '1', phq9_1: '2', phq9_2: '1', phq9_3: '', phq9_complete: '2' }];
 * const [{ answers, issues }] = fromRedcapRecords(phq9, rows);
 * // answers.phq9_1 === 2, answers.phq9_3 === null, issues: []
 * if (issues.length === 0) score(phq9, answers);
 * ```
 */
export function fromRedcapRecords<const D extends InstrumentDefinition>(
  definition: D,
  rows: readonly unknown[],
  options: RedcapRecordOptions = {},
): ImportedAnswers<D>[] {
  if (!Array.isArray(rows)) return [readRecord(definition, rows, 'REDCap')];
  const codes = new Set(options.missingDataCodes ?? []);
  return rows.map((row: unknown) => readRecord(definition, codes.size === 0 ? row : withoutCodes(row, codes), 'REDCap'));
}

/** The row with values that are missing data codes blanked (a copy; the row is not changed). */
function withoutCodes(row: unknown, codes: ReadonlySet<string>): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  try {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'string' && codes.has(value) ? '' : value;
    return out;
  } catch {
    return row;
  }
}
