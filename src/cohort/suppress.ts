/**
 * Small-group and complementary suppression of additive counts shown per group.
 *
 * A table of groups is a set of cells (one per group, over every grouping level) whose counts
 * add up: each constraint says that a parent (the whole cohort, or a group of a coarser level)
 * equals the sum of its children (the groups of a finer level inside it). A cell whose count is
 * below the minimum is withheld (`small_group`). Then more cells are withheld (`complementary`)
 * until no withheld count can be worked out from what is shown, by anyone who also knows the
 * rule: a `small_group` cell holds 0 (1 for respondent counts) to minimum − 1, a
 * `complementary` one at least the minimum. Three checks run until none hides anything new:
 *
 * 1. per constraint with a shown parent: not exactly one withheld child, and the withheld
 *    children together at least the minimum (so their union is not a small group either);
 *    per constraint with a withheld parent: not every child shown;
 * 2. linear algebra: no withheld cell is a linear combination of the constraints (reduced row
 *    echelon form of the constraints restricted to withheld cells; a cell is determined when a
 *    row of it has that cell alone);
 * 3. bounds: interval propagation of the known ranges through every constraint; a cell whose
 *    range closes to one value is determined.
 *
 * Each time a check finds a problem, the smallest shown cell of the constraint involved (ties:
 * the first in the table's order) is withheld too. When a cell can still be worked out with
 * nothing left to withhold (a cohort too small for its breakdown: the reasons themselves give
 * the sizes away), every cell is withheld as `complementary`, so the reasons tell nothing.
 *
 * @internal
 * @module
 */

/** How a cell is withheld, or `false` when it is shown. */
export type Suppression = false | 'small_group' | 'complementary';

/** A parent cell (−1 for the whole cohort, always shown) and the cells that add up to it. */
export interface Constraint {
  readonly parent: number;
  readonly children: readonly number[];
}

/**
 * Decides which cells to withhold.
 *
 * @param counts - each cell's count (the figure's own n in that group).
 * @param constraints - the additive structure of the table.
 * @param min - the minimum count a shown cell needs (≥ 1).
 * @param floor - the least count a cell can hold (1 for respondents of a group that exists, else 0).
 * @param withheld - cells withheld already for another reason (a figure of a group withheld as a
 *   whole): they start as `complementary`, so they are the first complements.
 * @param upper - what else is known of each cell's count (a shown group's rows bound each of its
 *   figures' counts); used when checking bounds.
 */
export function suppress(counts: readonly number[], constraints: readonly Constraint[], min: number, floor: number, withheld?: readonly boolean[], upper?: readonly number[]): Suppression[] {
  const state: Suppression[] = counts.map((c, i) => (c < min ? 'small_group' : withheld?.[i] === true ? 'complementary' : false));
  const hidden = (i: number) => i >= 0 && state[i] !== false;
  /** Withholds the smallest shown cell of `cells` (never the whole cohort); false when all are withheld. */
  const hideSmallest = (cells: readonly number[]): boolean => {
    let best = -1;
    for (const i of cells) if (i >= 0 && state[i] === false && (best < 0 || counts[i]! < counts[best]!)) best = i;
    if (best < 0) return false;
    state[best] = 'complementary';
    return true;
  };
  for (let guard = 0; guard <= counts.length; guard++) {
    let changed = false;
    for (const { parent, children } of constraints) {
      const withheld = children.filter(hidden);
      if (!hidden(parent)) {
        if (withheld.length === 0) continue;
        const sum = withheld.reduce((s, i) => s + counts[i]!, 0);
        if (withheld.length === 1 || sum < min) changed = hideSmallest(children) || changed;
      } else if (withheld.length === 0) {
        changed = hideSmallest(children) || changed;
      }
    }
    if (changed) continue;
    const determined = determinedCells(counts, constraints, state, min, floor, upper);
    if (determined.length === 0) return state;
    const cell = determined[0]!;
    const fixed = constraints.some((c) => (c.parent === cell || c.children.includes(cell)) && hideSmallest(c.children)) || constraints.some((c) => c.children.includes(cell) && hideSmallest([c.parent]));
    if (!fixed) break;
  }
  // A level with one group is the whole cohort, which is shown anyway.
  const whole = new Set(constraints.flatMap((c) => (c.parent < 0 && c.children.length === 1 ? c.children : [])));
  return state.map((s, i) => (whole.has(i) ? (counts[i]! >= min ? false : s) : 'complementary'));
}

/** Whether `suppress` fell back to withholding every cell (complementary cells and no small one). */
export function isFallback(state: readonly Suppression[]): boolean {
  return state.includes('complementary') && !state.includes('small_group');
}

/**
 * The withheld cells that can be worked out from the shown ones (linear algebra, then bounds).
 * Exported for the property test, which attacks the result with a stronger method of its own.
 */
export function determinedCells(counts: readonly number[], constraints: readonly Constraint[], state: readonly Suppression[], min: number, floor: number, upper?: readonly number[]): number[] {
  const unknown = state.flatMap((s, i) => (s === false ? [] : [i]));
  if (unknown.length === 0) return [];
  const column = new Map(unknown.map((cell, j) => [cell, j]));
  // Linear: rows over the withheld cells of each constraint (child +1, parent −1).
  const rows: number[][] = [];
  for (const { parent, children } of constraints) {
    const row = new Array<number>(unknown.length).fill(0);
    let any = false;
    for (const c of children) {
      const j = column.get(c);
      if (j !== undefined) {
        row[j] = 1;
        any = true;
      }
    }
    const jp = parent >= 0 ? column.get(parent) : undefined;
    if (jp !== undefined) {
      row[jp] = -1;
      any = true;
    }
    if (any) rows.push(row);
  }
  const found = new Set<number>();
  for (const j of soleColumns(rows, unknown.length)) found.add(unknown[j]!);
  // Bounds: what the rule tells about each withheld cell, narrowed through every constraint.
  const lo = counts.map((c, i) => (state[i] === false ? c : state[i] === 'small_group' ? floor : min));
  const hi = counts.map((c, i) => (state[i] === false ? c : state[i] === 'small_group' ? min - 1 : Number.POSITIVE_INFINITY));
  const total = constraints.find((c) => c.parent < 0);
  const overall = total === undefined ? Number.POSITIVE_INFINITY : total.children.reduce((s, i) => s + counts[i]!, 0);
  for (let i = 0; i < hi.length; i++) hi[i] = Math.min(hi[i]!, overall, upper?.[i] ?? Number.POSITIVE_INFINITY);
  for (let pass = 0; pass < 50; pass++) {
    let narrowed = false;
    for (const { parent, children } of constraints) {
      const pLo = parent < 0 ? overall : lo[parent]!;
      const pHi = parent < 0 ? overall : hi[parent]!;
      let sumLo = 0;
      let sumHi = 0;
      for (const c of children) {
        sumLo += lo[c]!;
        sumHi += hi[c]!;
      }
      for (const c of children) {
        const newLo = Math.max(lo[c]!, pLo - (sumHi - hi[c]!));
        const newHi = Math.min(hi[c]!, pHi - (sumLo - lo[c]!));
        if (newLo > lo[c]! || newHi < hi[c]!) {
          lo[c] = newLo;
          hi[c] = newHi;
          narrowed = true;
        }
      }
      if (parent >= 0) {
        const newLo = Math.max(lo[parent]!, sumLo);
        const newHi = Math.min(hi[parent]!, sumHi);
        if (newLo > lo[parent]! || newHi < hi[parent]!) {
          lo[parent] = newLo;
          hi[parent] = newHi;
          narrowed = true;
        }
      }
    }
    if (!narrowed) break;
  }
  for (const cell of unknown) if (lo[cell]! >= hi[cell]!) found.add(cell);
  return [...found].sort((a, b) => a - b);
}

/** Columns j for which the unit vector eⱼ lies in the row space (a row of the reduced echelon form has j alone). */
function soleColumns(input: readonly number[][], width: number): number[] {
  const m = input.map((r) => r.slice());
  let rank = 0;
  const pivots: number[] = [];
  for (let col = 0; col < width && rank < m.length; col++) {
    let pivot = -1;
    for (let r = rank; r < m.length; r++) if (Math.abs(m[r]![col]!) > 1e-9 && (pivot < 0 || Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!))) pivot = r;
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    const row = m[rank]!;
    const p = row[col]!;
    for (let k = 0; k < width; k++) row[k]! /= p;
    for (let r = 0; r < m.length; r++) {
      if (r === rank) continue;
      const f = m[r]![col]!;
      if (Math.abs(f) > 1e-12) for (let k = 0; k < width; k++) m[r]![k]! -= f * row[k]!;
    }
    pivots.push(col);
    rank++;
  }
  const sole: number[] = [];
  for (let r = 0; r < rank; r++) {
    const nonzero = m[r]!.reduce((n, v) => n + (Math.abs(v) > 1e-9 ? 1 : 0), 0);
    if (nonzero === 1) sole.push(pivots[r]!);
  }
  return sole;
}
