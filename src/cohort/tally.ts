/**
 * The per-row pass of `summarize()`: counts, scale values and complete cases accumulated row by
 * row, from answers (scored here with the engine's own steps, without building a result object
 * per row) or from score results.
 *
 * @internal
 * @module
 */
import type { IssueCode, ScoreOptions, ScoreResult } from '../schema/result.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { compile } from '../scoring/compile.js';
import type { Compiled, CompiledBands, CompiledCriterion } from '../scoring/compiled.js';
import { toNumber } from '../scoring/exact.js';
import { readAnswers } from '../scoring/read.js';
import { bandOf, computeScales, cutoffValue } from '../scoring/score.js';
import { Column } from './column.js';

/** Per scale with items: how to read a complete case into its columns. */
export interface ItemPlan {
  readonly scale: number;
  readonly itemIds: readonly string[];
  /** Item index (definition order) behind each column; for products, the pair's second item in `second`. */
  readonly first: Int32Array;
  readonly second: Int32Array | null;
  readonly data: Column;
}

/** Whether a row is a score result rather than answers. */
export function isResult(row: unknown): row is ScoreResult {
  return typeof row === 'object' && row !== null && !Array.isArray(row) && 'provenance' in row && 'scales' in row && 'instrument' in row && 'cutoffs' in row;
}

/** Everything counted over the rows of one instrument; figures are derived from it afterwards. */
export class Tally {
  readonly c: Compiled;
  /** Band scheme id per scale (definition order) and scheme id per cut-off with schemes (else null). */
  readonly bandSchemes: readonly (string | null)[];
  readonly cutoffSchemes: readonly (string | null)[];
  readonly values: Column[];
  readonly missingInsufficient: number[];
  readonly missingInvalid: number[];
  readonly prorated: number[];
  readonly bandCounts: Map<string, number>[];
  readonly positives: number[];
  readonly determinable: number[];
  readonly flagPositive: number[];
  readonly flagUnanswered: number[];
  readonly issues: Partial<Record<IssueCode, number>> = {};
  readonly plans: ItemPlan[] = [];
  rows = 0;
  fromResults = 0;
  rowsWithIssues = 0;

  private readonly scaleIds: readonly string[];
  private readonly cutoffIds: readonly string[];
  private readonly itemValues: readonly Float64Array[];
  private readonly prorate: boolean;
  private readonly order: readonly number[];
  private readonly schemes: readonly (CompiledBands | null)[];
  private readonly criteria: readonly CompiledCriterion[];
  private readonly memo: (boolean | null | undefined)[] | null;

  constructor(
    readonly definition: InstrumentDefinition,
    options: ScoreOptions | undefined,
  ) {
    const c = compile(definition);
    this.c = c;
    const scales = definition.scales;
    const bandOptions = (options?.bandSchemes ?? {}) as Readonly<Record<string, string | undefined>>;
    const cutoffOptions = (options?.cutoffSchemes ?? {}) as Readonly<Record<string, string | undefined>>;
    for (const id of Object.keys(bandOptions)) if (!scales.some((s) => s.id === id)) throw new RangeError(`options.bandSchemes names unknown scale "${id}"`);
    for (const id of Object.keys(cutoffOptions)) if (!definition.cutoffs.some((co) => co.id === id)) throw new RangeError(`options.cutoffSchemes names unknown cut-off "${id}"`);
    this.bandSchemes = scales.map((s) => {
      const wanted = bandOptions[s.id];
      if (wanted !== undefined && !s.bandSchemes.some((b) => b.id === wanted)) throw new RangeError(`options.bandSchemes: scale "${s.id}" has no band scheme "${wanted}"`);
      return wanted ?? s.bandSchemes.find((b) => b.default === true)?.id ?? null;
    });
    this.cutoffSchemes = definition.cutoffs.map((co) => {
      const wanted = cutoffOptions[co.id];
      if (wanted !== undefined && !co.schemes?.some((s) => s.id === wanted)) throw new RangeError(`options.cutoffSchemes: cut-off "${co.id}" has no scheme "${wanted}"`);
      return co.schemes === undefined ? null : (wanted ?? co.schemes.find((s) => s.default === true)?.id ?? null);
    });

    const zeros = (n: number) => new Array<number>(n).fill(0);
    this.values = scales.map(() => new Column(1));
    this.missingInsufficient = zeros(scales.length);
    this.missingInvalid = zeros(scales.length);
    this.prorated = zeros(scales.length);
    this.bandCounts = scales.map(() => new Map<string, number>());
    this.positives = zeros(definition.cutoffs.length);
    this.determinable = zeros(definition.cutoffs.length);
    this.flagPositive = zeros(c.flags.length);
    this.flagUnanswered = zeros(c.flags.length);
    this.scaleIds = scales.map((s) => s.id);
    this.cutoffIds = definition.cutoffs.map((co) => co.id);

    // Scored (reverse-keyed) value of each option of each item, and the columns of each item scale.
    this.itemValues = c.items.map((item) => Float64Array.from(item.scored, toNumber));
    scales.forEach((s, index) => {
      const m = s.method;
      if (m.kind === 'product_sum') {
        const first = Int32Array.from(m.pairs, ([a]) => c.itemIndex.get(a)!);
        const second = Int32Array.from(m.pairs, ([, b]) => c.itemIndex.get(b)!);
        this.plans.push({ scale: index, itemIds: m.pairs.map(([a, b]) => `${a}×${b}`), first, second, data: new Column(first.length) });
      } else if (m.kind === 'sum' || m.kind === 'mean') {
        const first = Int32Array.from(s.items, (id) => c.itemIndex.get(id)!);
        this.plans.push({ scale: index, itemIds: s.items, first, second: null, data: new Column(first.length) });
      }
    });

    // What score() would use with these options, compiled: where each scale's state sits, its band scheme, each cut-off's criterion.
    this.prorate = options?.prorate === true;
    this.order = c.scaleOrder.map((s) => s.index);
    this.schemes = this.bandSchemes.map((id, i) => (id === null ? null : c.scaleInfo[i]!.bands.get(id)!));
    this.criteria = c.cutoffs.map((co, i) => {
      // A scheme is chosen (by default or option) only for a cut-off that has schemes.
      const chosen = this.cutoffSchemes[i]!;
      return chosen === null ? c.defaults.criteria[i]! : co.schemes!.get(chosen)!.criterion;
    });
    this.memo = c.cutoffsReferCutoffs ? new Array(c.cutoffs.length) : null;
  }

  private countIssues(issues: ScoreResult['issues']): void {
    if (issues.length === 0) return;
    this.rowsWithIssues++;
    for (const issue of issues) this.issues[issue.code] = (this.issues[issue.code] ?? 0) + 1;
  }

  /** Adds a score result (no item data: it counts towards everything but reliability). */
  addResult(row: ScoreResult): void {
    const index = this.rows++;
    this.fromResults++;
    const def = this.definition;
    if (row.instrument.id !== def.id) throw new RangeError(`row ${index} is a result of "${row.instrument.id}", not of "${def.id}"`);
    this.checkSchemes(row, index);
    if (!row.valid) this.countIssues(row.issues);
    const scales = row.scales as Record<string, ScoreResult['scales'][string] | undefined>;
    for (let s = 0; s < this.scaleIds.length; s++) {
      const sr = scales[this.scaleIds[s]!];
      if (sr === undefined || sr.value === null) {
        if (sr?.reason === 'invalid_answers') this.missingInvalid[s]!++;
        else this.missingInsufficient[s]!++;
        continue;
      }
      this.values[s]!.push(sr.value);
      if (sr.prorated) this.prorated[s]!++;
      if (sr.band !== null) this.bandCounts[s]!.set(sr.band.id, (this.bandCounts[s]!.get(sr.band.id) ?? 0) + 1);
    }
    const cutoffs = row.cutoffs as Record<string, boolean | null | undefined>;
    for (let k = 0; k < this.cutoffIds.length; k++) {
      const v = cutoffs[this.cutoffIds[k]!];
      if (v === true || v === false) {
        this.determinable[k]!++;
        if (v) this.positives[k]!++;
      }
    }
    for (const f of row.flags) {
      const k = this.c.flags.findIndex((x) => x.positive.id === f.id);
      if (k >= 0) (f.status === 'positive' ? this.flagPositive : this.flagUnanswered)[k]!++;
    }
  }

  /** Adds answers: the steps of score() (read, scales, bands, cut-offs, flags), plus the complete cases of each item scale. */
  addAnswers(row: unknown): void {
    this.rows++;
    const c = this.c;
    const read = readAnswers(c, row);
    this.countIssues(read.issues);
    const answers = read.answers;
    const states = computeScales(c, answers, read.unusable, this.prorate);
    for (let s = 0; s < this.order.length; s++) {
      const st = states[this.order[s]!]!;
      if (st.reason !== undefined) {
        if (st.reason === 'invalid_answers') this.missingInvalid[s]!++;
        else this.missingInsufficient[s]!++;
        continue;
      }
      this.values[s]!.push(toNumber(st));
      if (st.prorated) this.prorated[s]!++;
      const scheme = this.schemes[s]!;
      if (scheme !== null) {
        const id = bandOf(st, scheme).id;
        this.bandCounts[s]!.set(id, (this.bandCounts[s]!.get(id) ?? 0) + 1);
      }
    }
    const memo = this.memo;
    if (memo !== null) memo.fill(undefined);
    for (let k = 0; k < this.criteria.length; k++) {
      const v = cutoffValue(k, states, answers, this.criteria, memo);
      if (v !== null) {
        this.determinable[k]!++;
        if (v) this.positives[k]!++;
      }
    }
    for (let k = 0; k < c.flags.length; k++) {
      const flag = c.flags[k]!;
      const option = answers[flag.item]!;
      if (option < 0) this.flagUnanswered[k]!++;
      else if (flag.fires[option] === true) this.flagPositive[k]!++;
    }
    const itemValues = this.itemValues;
    for (const plan of this.plans) {
      const { first, second } = plan;
      const width = first.length;
      let complete = true;
      for (let j = 0; j < width; j++) {
        if (answers[first[j]!]! < 0 || (second !== null && answers[second[j]!]! < 0)) {
          complete = false;
          break;
        }
      }
      if (!complete) continue;
      const at = plan.data.grow();
      const buffer = plan.data.buffer;
      for (let j = 0; j < width; j++) {
        const a = first[j]!;
        let v = itemValues[a]![answers[a]!]!;
        if (second !== null) {
          const b = second[j]!;
          v *= itemValues[b]![answers[b]!]!;
        }
        buffer[at + j] = v;
      }
    }
  }

  /**
   * A result row must have been scored with exactly the band and cut-off schemes the summary
   * reports, none where it reports none: a row scored without the summary's scheme would be left
   * out of its band counts and cut-off, and one scored with a scheme the summary does not report
   * would be counted under the wrong name.
   */
  private checkSchemes(result: ScoreResult, index: number): void {
    const used = result.provenance.bandSchemes as Record<string, string | null | undefined>;
    this.definition.scales.forEach((s, i) => {
      const u = used[s.id] ?? null;
      const want = this.bandSchemes[i]!;
      if (u !== want) throw new RangeError(`row ${index} was scored with ${named('band scheme', u)} for ${s.id}; the summary uses ${named('band scheme', want)} (options.bandSchemes)`);
    });
    const cutoffs = result.provenance.cutoffSchemes as Record<string, string | null | undefined>;
    this.definition.cutoffs.forEach((co, i) => {
      const u = cutoffs[co.id] ?? null;
      const want = this.cutoffSchemes[i]!;
      if (u !== want) throw new RangeError(`row ${index} was scored with ${named('scheme', u)} for cut-off ${co.id}; the summary uses ${named('scheme', want)} (options.cutoffSchemes)`);
    });
  }
}

/** `scheme "x"`, or `no scheme`. */
const named = (what: string, id: string | null) => (id === null ? `no ${what}` : `${what} "${id}"`);
