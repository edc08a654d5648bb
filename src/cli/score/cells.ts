/**
 * From a cell of the input to an answer for `score()`: a number; `null` for an empty cell or a
 * declared missing code (`--missing NA,-99`); with `--labels`, an option label such as "Several
 * days" (case, spacing and curly quotes do not matter). Anything else is handed to `score()` as
 * it is, so it is reported as an issue of the row and never read as "missing".
 */
import type { InstrumentDefinition } from '../../schema/types.js';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Label text as compared: NFKC, lower case, single spaces, straight quotes. */
export function normaliseLabel(label: string): string {
  return label.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface CellReader {
  /** The answer for item `item` (definition order) read from `cell`. */
  read(item: number, cell: unknown): unknown;
  /** With `--labels`: the labels of an item, for messages. */
  labelsOf(item: number): readonly string[];
  /** Whether `text` is an option label of the item (to suggest `--labels`). */
  isLabel(item: number, text: string): boolean;
}

export function cellReader(definition: InstrumentDefinition, options: { readonly labels: boolean; readonly missing: readonly string[] }): CellReader {
  const missing = new Set(options.missing.map((m) => m.trim()));
  const scales = new Map(definition.responseScales.map((s) => [s.id, s]));
  const labelMaps = definition.items.map((item) => {
    const scale = scales.get(item.responseScale);
    return new Map((scale?.options ?? []).map((o) => [normaliseLabel(o.label), o.value]));
  });
  const labelLists = definition.items.map((item) => (scales.get(item.responseScale)?.options ?? []).map((o) => o.label));
  const labels = options.labels;
  /** Per digit 0–9: the digit as an answer, or -1 when it is a declared missing code. */
  const digits = Int8Array.from({ length: 10 }, (_, d) => (missing.has(String(d)) ? -1 : d));

  function readText(item: number, cell: string): unknown {
    const trimmed = cell.trim();
    if (trimmed === '' || missing.has(trimmed)) return null;
    if (labels) {
      const value = labelMaps[item]!.get(normaliseLabel(trimmed));
      if (value !== undefined) return value;
    }
    return NUMBER.test(trimmed) ? Number(trimmed) : cell;
  }

  return {
    read(item, cell) {
      if (typeof cell === 'string') {
        // Fast path: a single digit, the common case.
        if (cell.length === 1) {
          const c = cell.charCodeAt(0) - 48;
          if (c >= 0 && c <= 9 && digits[c]! >= 0) return c;
        }
        return readText(item, cell);
      }
      if (cell === undefined || cell === null) return null;
      if (typeof cell === 'number' && missing.has(String(cell))) return null;
      return cell;
    },
    labelsOf: (item) => labelLists[item]!,
    isLabel: (item, text) => labelMaps[item]!.has(normaliseLabel(text)),
  };
}
