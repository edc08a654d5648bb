/**
 * One input row → one output row: the answers are scored with `score()` and laid out in the
 * plan's columns. A row with any issue is invalid: its scale, band, cut-off and flag cells are
 * empty (never a partial score that could be mistaken for a real one), `valid` is false and
 * `issues` lists every issue.
 */
import type { Issue, ScoreResult } from '../../schema/result.js';
import { score } from '../../scoring/score.js';
import type { Value } from '../io/sinks.js';
import type { ScorePlan } from './plan.js';

/** Issue codes of the command line, for rows that cannot be read as answers at all. */
export type RowIssueCode = Issue['code'] | 'wrong_field_count' | 'malformed_record' | 'unexpected_field';

/** An issue of one row: the engine's issues, plus the command line's own codes. */
export interface RowIssue {
  readonly code: RowIssueCode;
  readonly item?: string;
  readonly value?: string | number | boolean | null;
  readonly message: string;
}

/** A scored row: the values in plan column order, and the engine's result when there is one. */
export interface ScoredRow {
  readonly values: Value[];
  readonly valid: boolean;
  /** Valid, and every scale has a value (none lacks answers). */
  readonly complete: boolean;
  readonly issues: readonly RowIssue[];
  /** The engine's result; null when the row could not be read as answers. */
  readonly result: ScoreResult | null;
  /**
   * The answers as read (item order), null when the row could not be read. The array is reused
   * for the next row: an observer that keeps answers (for reliability, say) must copy them.
   */
  readonly answers: readonly unknown[] | null;
}

export class RowScorer {
  private readonly answers: unknown[];
  private readonly issuesAt: number;
  private readonly validAt: number;

  constructor(private readonly plan: ScorePlan) {
    this.answers = new Array<unknown>(plan.definition.items.length).fill(null);
    this.issuesAt = plan.columns.findIndex((c) => c.kind === 'issues');
    this.validAt = plan.columns.findIndex((c) => c.kind === 'valid');
  }

  /** The answer buffer for the next row (item order), cleared to unanswered. */
  begin(): unknown[] {
    const answers = this.answers;
    for (let i = 0; i < answers.length; i++) answers[i] = null;
    return answers;
  }

  /** Scores the answers put into the buffer {@link begin} returned. */
  finish(): ScoredRow {
    const answers = this.answers;
    const { definition, options } = this.plan;
    const result = score(definition, answers as never, options) as ScoreResult;
    if (!result.valid) return this.invalid(this.explain(result.issues, answers), result, answers);
    const values = new Array<Value>(this.plan.columns.length);
    const columns = this.plan.columns;
    let complete = true;
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      switch (c.kind) {
        case 'scale': {
          const value = result.scales[c.scale]!.value;
          if (value === null) complete = false;
          values[i] = value;
          break;
        }
        case 'band':
          values[i] = result.scales[c.scale]!.band?.id ?? null;
          break;
        case 'prorated':
          values[i] = result.scales[c.scale]!.prorated;
          break;
        case 'cutoff':
          values[i] = result.cutoffs[c.cutoff] ?? null;
          break;
        case 'flag':
          values[i] = result.flags.length === 0 ? null : (result.flags.find((f) => f.id === c.flag)?.status ?? null);
          break;
        case 'valid':
          values[i] = true;
          break;
        case 'issues':
          values[i] = [];
          break;
      }
    }
    return { values, valid: true, complete, issues: [], result, answers };
  }

  /** An output row for a row that could not be scored (or was scored invalid). */
  invalid(issues: readonly RowIssue[], result: ScoreResult | null = null, answers: readonly unknown[] | null = null): ScoredRow {
    const values = new Array<Value>(this.plan.columns.length).fill(null);
    values[this.issuesAt] = issues;
    values[this.validAt] = false;
    return { values, valid: false, complete: false, issues, result, answers };
  }

  /** With `--labels`, an answer that is neither a value nor a label gets a message that says so. */
  private explain(issues: readonly Issue[], answers: readonly unknown[]): readonly RowIssue[] {
    if (!this.plan.settings.labels) return issues;
    const { definition, cells } = this.plan;
    return issues.map((issue) => {
      if (issue.code !== 'invalid_type' || issue.item === undefined) return issue;
      const at = definition.items.findIndex((i) => i.id === issue.item);
      const answer = answers[at];
      if (at < 0 || typeof answer !== 'string') return issue;
      const item = definition.items[at]!;
      const values = definition.responseScales.find((s) => s.id === item.responseScale)?.options.map((o) => o.value) ?? [];
      return {
        code: 'invalid_value',
        item: item.id,
        value: answer,
        message: `${item.id}: ${JSON.stringify(answer)} is neither an option label (${cells.labelsOf(at).map((l) => JSON.stringify(l)).join(', ')}) nor a value (${values.join(', ')})`,
      } satisfies RowIssue;
    });
  }
}
