/**
 * What a run counts as it goes: rows, invalid rows (the first few kept as examples, per issue
 * code), valid rows lacking a scale value, rows of blanks skipped, and whether invalid answers
 * look like option labels.
 */
import type { ScorePlan } from './plan.js';
import type { RowIssue, ScoredRow } from './rows.js';

/** An invalid row, as reported at the end of a run. */
export interface InvalidRow {
  /** 1-based record number (the header is not counted). */
  readonly record: number;
  /** The first non-item column and its value, to find the row (e.g. `respondent=r017`). */
  readonly label: string | null;
  readonly issues: readonly RowIssue[];
}

/** How many invalid rows a run keeps as examples for its report. */
export const EXAMPLES = 10;

export class Tally {
  rows = 0;
  invalid = 0;
  incomplete = 0;
  blank = 0;
  readonly examples: InvalidRow[] = [];
  readonly codes = new Map<string, number>();
  labelHint: string | null = null;

  constructor(private readonly plan: ScorePlan) {}

  /** Counts an invalid row (the current one, `rows` already counts it). */
  addInvalid(row: ScoredRow, label: string | null): void {
    this.invalid++;
    for (const code of new Set(row.issues.map((i) => i.code))) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
    if (this.examples.length < EXAMPLES) this.examples.push({ record: this.rows, label, issues: row.issues });
    const plan = this.plan;
    if (this.labelHint === null && !plan.settings.labels) {
      for (const issue of row.issues) {
        const at = plan.definition.items.findIndex((i) => i.id === issue.item);
        if (issue.code === 'invalid_type' && at >= 0 && typeof issue.value === 'string' && plan.cells.isLabel(at, issue.value)) {
          this.labelHint = `answers look like option labels (${JSON.stringify(issue.value)} in ${issue.item}); pass --labels to read labels as answers`;
          break;
        }
      }
    }
  }
}
