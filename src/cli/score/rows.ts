/**
 * One input row → one output row: the answers are scored with `score()` and laid out in the
 * plan's columns. A row with any issue is invalid: its scale, band, cut-off and flag cells are
 * empty (never a partial score that could be mistaken for a real one), `valid` is false and
 * `issues` lists every issue.
 *
 * When no caller needs the engine's result (`score` writing a file), a row whose answers raise no
 * issue takes a fast path: the engine's own code (readAnswers, computeScales, bandOf,
 * cutoffValue, flagOf, with the schemes readOptions chooses) without building a `ScoreResult`.
 * Every other row, and every row when results are wanted, goes through `score()` itself:
 * test/cli-rows.test.ts checks that both give the same columns on random rows.
 */
import type { Issue, ScoreResult } from '../../schema/result.js';
import { compile } from '../../scoring/compile.js';
import type { Compiled, CompiledBands, CompiledCriterion } from '../../scoring/compiled.js';
import { PLAIN, Read, readAnswers, type IssueSink } from '../../scoring/read.js';
import { bandOf, computeScales, criteriaOf, cutoffValue, flagOf, readOptions, score } from '../../scoring/score.js';
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
  /**
   * The engine's result; null when the row could not be read as answers, or when the scorer was
   * made without `results` and the row took the fast path.
   */
  readonly result: ScoreResult | null;
  /**
   * The answers as read (item order), null when the row could not be read. The array is reused
   * for the next row: an observer that keeps answers (for reliability, say) must copy them.
   */
  readonly answers: readonly unknown[] | null;
}

/** Shared by every valid row of the fast path (frozen, so no row can change another's). */
const NO_ISSUES: readonly RowIssue[] = Object.freeze([]);
/** The plan has checked every option (schemes named exist), so reading them raises no issue to keep. */
const IGNORE_ISSUES: IssueSink = { add: () => undefined };

/** Column kinds of the fast path, as small integers (a switch on them stays monomorphic). */
const SCALE = 0;
const BAND = 1;
const PRORATED = 2;
const CUTOFF = 3;
const FLAG = 4;
const VALID = 5;
const ISSUES = 6;
const KINDS = { scale: SCALE, band: BAND, prorated: PRORATED, cutoff: CUTOFF, flag: FLAG, valid: VALID, issues: ISSUES } as const;

/**
 * The fast path: `score()`'s own steps for a row (its reading of answers, scale states, bands,
 * cut-offs and flags, with the schemes its options choose), laid out column by column instead of
 * as a result object. A row that raises any issue is left to `score()` itself, for its messages.
 */
class FastScorer {
  /** Whether the last row {@link values} scored has a value for every scale. */
  complete = true;
  private readonly c: Compiled;
  private readonly criteria: readonly CompiledCriterion[];
  private readonly prorate: boolean;
  /** Per plan column: its kind, and the scale state or cut-off it reads (flags and bands have more below). */
  private readonly kinds: Uint8Array;
  private readonly at: Int32Array;
  /** Per plan column: the band scheme of a band column. */
  private readonly schemes: readonly (CompiledBands | null)[];
  /** Per plan column: the compiled flags (indices) a flag column reports, first fired wins. */
  private readonly flags: readonly (readonly number[])[];
  /** Reading state, reset for every row. */
  private readonly read: Read;
  private readonly memo: (boolean | null | undefined)[] | null;

  constructor(plan: ScorePlan) {
    const c = compile(plan.definition);
    this.c = c;
    // Exactly as score() chooses them for these options.
    const chosen = readOptions(c, plan.options, IGNORE_ISSUES);
    this.prorate = chosen.prorate;
    this.criteria = criteriaOf(c, chosen.cutoffChoice);
    const scaleAt = (id: string) => c.scaleOrder.findIndex((s) => s.id === id);
    const columns = plan.columns;
    this.kinds = Uint8Array.from(columns, (column) => KINDS[column.kind]);
    this.at = Int32Array.from(columns, (column) =>
      'scale' in column ? c.scaleOrder[scaleAt(column.scale)]!.index : column.kind === 'cutoff' ? c.cutoffs.findIndex((co) => co.id === column.cutoff) : -1,
    );
    this.schemes = columns.map((column) => (column.kind === 'band' ? chosen.schemes[scaleAt(column.scale)]! : null));
    this.flags = columns.map((column) => (column.kind === 'flag' ? c.flags.flatMap((f, k) => (f.positive.id === column.flag ? [k] : [])) : []));
    this.read = new Read(c.blankAnswers);
    this.memo = c.cutoffsReferCutoffs ? new Array<boolean | null | undefined>(c.cutoffs.length) : null;
  }

  /** The columns of a row, or null when reading its answers raised an issue (then only score() will do). */
  values(answers: readonly unknown[]): Value[] | null {
    const c = this.c;
    const read = readAnswers(c, answers, PLAIN, this.read.reset());
    if (read.issues.length > 0) return null;
    const options = read.answers;
    const states = computeScales(c, options, false, this.prorate);
    const memo = this.memo;
    if (memo !== null) memo.fill(undefined);
    const { kinds, at } = this;
    const values: Value[] = [];
    let complete = true;
    for (let i = 0; i < kinds.length; i++) {
      let value: Value = null;
      switch (kinds[i]) {
        case SCALE: {
          const s = states[at[i]!]!;
          if (s.present) value = s.n / s.d;
          else complete = false;
          break;
        }
        case BAND: {
          const s = states[at[i]!]!;
          const scheme = this.schemes[i]!;
          if (s.present && scheme !== null) value = bandOf(s, scheme).id;
          break;
        }
        case PRORATED:
          value = states[at[i]!]!.prorated;
          break;
        case CUTOFF:
          value = cutoffValue(at[i]!, states, options, this.criteria, memo);
          break;
        case FLAG:
          for (const k of this.flags[i]!) {
            const fired = flagOf(c.flags[k]!, options);
            if (fired !== null) {
              value = fired.status;
              break;
            }
          }
          break;
        case VALID:
          value = true;
          break;
        case ISSUES:
          value = NO_ISSUES;
          break;
      }
      values.push(value);
    }
    this.complete = complete;
    return values;
  }
}

export class RowScorer {
  private readonly answers: unknown[];
  private readonly issuesAt: number;
  private readonly validAt: number;
  private readonly fast: FastScorer | null;

  /**
   * @param options.results - whether rows must carry the engine's result (for an observer); without it, rows of valid
   *   answers take the fast path and their `result` is null.
   */
  constructor(
    private readonly plan: ScorePlan,
    options: { readonly results?: boolean } = {},
  ) {
    this.answers = new Array<unknown>(plan.definition.items.length).fill(null);
    this.issuesAt = plan.columns.findIndex((c) => c.kind === 'issues');
    this.validAt = plan.columns.findIndex((c) => c.kind === 'valid');
    this.fast = options.results === false ? new FastScorer(plan) : null;
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
    if (this.fast !== null) {
      const values = this.fast.values(answers);
      if (values !== null) return { values, valid: true, complete: this.fast.complete, issues: NO_ISSUES, result: null, answers };
    }
    return this.scored(answers);
  }

  /** A row scored by `score()` itself. */
  private scored(answers: unknown[]): ScoredRow {
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

  /** A text cell that is not an answer gets the message `parseAnswers()` gives (labels, exact numerals). */
  private explain(issues: readonly Issue[], answers: readonly unknown[]): readonly RowIssue[] {
    const { definition, cells } = this.plan;
    return issues.map((issue) => {
      if (issue.code !== 'invalid_type' || issue.item === undefined) return issue;
      const at = definition.items.findIndex((i) => i.id === issue.item);
      const answer = answers[at];
      if (at < 0 || typeof answer !== 'string') return issue;
      return { ...cells.problem(at, answer), item: issue.item, value: issue.value ?? null } satisfies RowIssue;
    });
  }
}
