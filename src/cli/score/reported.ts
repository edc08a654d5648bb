/**
 * The package's own score columns in an input: a REDCap export of a project built from
 * `export --to redcap` has each scale's calc field (`phq9_total`, `cbi_work`), and a file scored
 * before has `score`'s columns. Such a column is recognised by name (the calc field's name, or
 * `score`'s default column name, for each scale), passed through like any other column, and
 * checked row by row against the score computed from the same row's answers: a disagreement
 * (a calc field edited by hand, answers changed after scoring, another definition version) is
 * reported as a warning with its first rows. Only valid rows are compared; a cell agrees when it
 * is the computed value as shown to its own number of decimals (REDCap may round), or when both
 * are blank.
 */
import { scoreNames } from '../../interop/formula.js';
import type { InstrumentDefinition } from '../../schema/types.js';
import type { Value } from '../io/sinks.js';
import type { ScorePlan } from './plan.js';
import type { ScoredRow } from './rows.js';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** The names under which this package writes each scale's score (REDCap calc field, `score`'s default column). */
export function ownScoreColumns(definition: InstrumentDefinition): Map<string, string> {
  const out = new Map<string, string>();
  for (const [scale, name] of scoreNames(definition)) out.set(name, scale);
  for (const scale of definition.scales) out.set(`${definition.id}_${scale.id}`, scale.id);
  return out;
}

/** Whether a reported cell is the computed value (to the cell's own decimals), or both are blank. */
export function agrees(cell: unknown, computed: Value): boolean {
  const text = cell === null || cell === undefined ? '' : String(cell).trim();
  if (computed === null) return text === '';
  if (typeof computed !== 'number' || text === '') return false;
  if (typeof cell === 'number') return Math.abs(cell - computed) <= 1e-9 * Math.max(1, Math.abs(computed));
  if (!NUMBER.test(text)) return false;
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  // Half a unit of the last decimal shown, and a little for binary fractions.
  return Math.abs(Number(text) - computed) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(computed));
}

interface Checked {
  readonly name: string;
  readonly scale: string;
  /** Where the reported value is in an input row (CSV/TSV column index; -1 for JSON records, read by name). */
  readonly column: number;
  /** Where the computed value is in a scored row. */
  readonly value: number;
  compared: number;
  differ: number;
  readonly examples: string[];
}

/** The own score columns of one input, checked as its rows are scored. */
export class ReportedScores {
  private constructor(
    private readonly plan: ScorePlan,
    private readonly checked: readonly Checked[],
  ) {}

  /** The own score columns among `columns` (a header, or a JSON record's keys); null when there are none. */
  static find(plan: ScorePlan, columns: readonly string[], byName: boolean): ReportedScores | null {
    const own = ownScoreColumns(plan.definition);
    const checked: Checked[] = [];
    columns.forEach((name, column) => {
      const scale = own.get(name.trim().toLowerCase());
      if (scale === undefined || checked.some((c) => c.scale === scale)) return;
      const value = plan.columns.findIndex((c) => c.kind === 'scale' && c.scale === scale);
      checked.push({ name, scale, column: byName ? -1 : column, value, compared: 0, differ: 0, examples: [] });
    });
    return checked.length === 0 ? null : new ReportedScores(plan, checked);
  }

  /** Compares a valid row's reported scores with its computed ones (`row` is the CSV row or the JSON record). */
  check(row: readonly unknown[] | Readonly<Record<string, unknown>>, scored: ScoredRow, record: number): void {
    if (!scored.valid) return;
    for (const c of this.checked) {
      const cell = c.column >= 0 ? (row as readonly unknown[])[c.column] : (row as Readonly<Record<string, unknown>>)[c.name];
      const computed = scored.values[c.value]!;
      c.compared++;
      if (agrees(cell, computed)) continue;
      c.differ++;
      if (c.examples.length < 3) c.examples.push(`record ${record}: ${cell === '' || cell === null || cell === undefined ? 'blank' : JSON.stringify(cell)} in the file, ${computed === null ? 'no score' : String(computed)} computed`);
    }
  }

  /** One line per own column: what was compared, and the first disagreements. */
  warnings(): string[] {
    const { definition } = this.plan;
    return this.checked
      .filter((c) => c.differ > 0)
      .map(
        (c) =>
          `column "${c.name}" holds ${definition.id}'s ${c.scale} score (a calc field of this package's REDCap dictionary, or an earlier score run) and disagrees with the score computed from the row's answers in ${c.differ.toLocaleString('en')} of ${c.compared.toLocaleString('en')} valid rows (${c.examples.join('; ')}); the computed score is the one written and summarised`,
      );
  }
}
