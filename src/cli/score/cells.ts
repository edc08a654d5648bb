/**
 * From a cell of the input to an answer for `score()`: a number; `null` for an empty cell or a
 * declared missing code (`--missing NA,-99`); with `--labels`, an option label such as "Several
 * days" (case, spacing and curly quotes do not matter). Anything else is handed to `score()` as
 * it is, so it is reported as an issue of the row and never read as "missing". The reading is
 * `parseAnswers()`'s own (see `scoring/answer-text.ts`): a numeral is its number only when the
 * number is exactly the text's decimal value, so `2.9999999999999999` is not read as 3.
 */
import type { InstrumentDefinition } from '../../schema/types.js';
import { textAnswers, type TextAnswers } from '../../scoring/answer-text.js';

export interface CellReader {
  /** The answer for item `item` (definition order) read from `cell`. */
  read(item: number, cell: unknown): unknown;
  /** Why a text cell is not an answer to the item, as `parseAnswers()` says it. */
  problem: TextAnswers['problem'];
  /** With `--labels`: the labels of an item, for messages. */
  labelsOf(item: number): readonly string[];
  /** Whether `text` is an option label of the item (to suggest `--labels`). */
  isLabel(item: number, text: string): boolean;
}

export function cellReader(definition: InstrumentDefinition, options: { readonly labels: boolean; readonly missing: readonly string[] }): CellReader {
  const text = textAnswers(definition, { numbers: true, labels: options.labels, missing: options.missing });
  return {
    read(item, cell) {
      if (typeof cell === 'string') {
        const answer = text.read(item, cell);
        return answer === undefined ? cell : answer;
      }
      if (cell === undefined || cell === null) return null;
      if (typeof cell === 'number' && text.isMissingNumber(cell)) return null;
      return cell;
    },
    problem: text.problem,
    labelsOf: text.labelsOf,
    isLabel: text.isLabel,
  };
}
