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

/** Texts surveys write for "not answered" (REDCap, SPSS, Stata, Excel exports). */
const MISSING_TEXT = /^(?:n\/?a|#n\/a|nan|null|nil|none|missing|refused|skipped|unknown|don'?t know|dk|rf|\.|-|\u2014)$/i;

/** Whether an invalid answer looks like a missing-data code: such a text, a negative whole number (-9, -99), or 77, 88, 99, 777, … */
export function looksLikeMissingCode(value: unknown): boolean {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null || text === '') return false;
  return MISSING_TEXT.test(text) || /^-\d+$/.test(text) || /^(?:7{2,4}|8{2,4}|9{2,4})$/.test(text);
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
  /** Invalid answers that look like missing-data codes (at most four), with an item each. */
  private readonly missingCodes = new Map<string, string>();

  constructor(private readonly plan: ScorePlan) {}

  /** Counts an invalid row (the current one, `rows` already counts it). */
  addInvalid(row: ScoredRow, label: string | null): void {
    this.invalid++;
    for (const code of new Set(row.issues.map((i) => i.code))) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
    if (this.examples.length < EXAMPLES) this.examples.push({ record: this.rows, label, issues: row.issues });
    const plan = this.plan;
    for (const issue of row.issues) {
      if (this.missingCodes.size >= 4 || issue.item === undefined || !looksLikeMissingCode(issue.value)) continue;
      const code = String(issue.value).trim();
      if (!this.missingCodes.has(code)) this.missingCodes.set(code, issue.item);
    }
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

  /** A hint to pass `--missing` when invalid answers look like missing-data codes; null when none do. */
  get missingHint(): string | null {
    if (this.missingCodes.size === 0) return null;
    const codes = [...this.plan.settings.missing, ...this.missingCodes.keys()];
    const seen = [...this.missingCodes].map(([code, item]) => `${JSON.stringify(code)} in ${item}`).join(', ');
    return `answers look like missing-data codes (${seen}); an empty cell is unanswered, and other codes are invalid answers unless named: pass --missing ${codes.join(',')} to read them as unanswered`;
  }
}
