/**
 * Adding tallies together (a group's cells into the group, every cell into the whole), as if
 * their rows had been added to one. Functions rather than methods of `Tally`, so that
 * `summarize()` alone does not carry them into a bundle.
 *
 * @internal
 * @module
 */
import type { IssueCode } from '../schema/result.js';
import { Column } from './column.js';
import { Tally } from './tally.js';

/** Appends every row of `from` to `into` (same width), in room made beforehand by {@link reserve}. */
function append(into: Column, from: Column): void {
  into.buffer.set(from.values(), into.rows * into.width);
  into.rows += from.rows;
}

/** Makes room in `column` for `rows` more rows in one allocation. */
function reserve(column: Column, rows: number): void {
  const need = (column.rows + rows) * column.width;
  if (need <= column.buffer.length) return;
  const next = new Float64Array(need);
  next.set(column.values());
  column.buffer = next;
}

/** Adds what `other` counted to `into` (same instrument and options). */
function absorb(into: Tally, other: Tally): void {
  into.rows += other.rows;
  into.fromResults += other.fromResults;
  into.rowsWithIssues += other.rowsWithIssues;
  for (const [code, n] of Object.entries(other.issues) as [IssueCode, number][]) into.issues[code] = (into.issues[code] ?? 0) + n;
  const add = (to: number[], from: readonly number[]) => from.forEach((v, i) => (to[i]! += v));
  add(into.missingInsufficient, other.missingInsufficient);
  add(into.missingInvalid, other.missingInvalid);
  add(into.prorated, other.prorated);
  add(into.positives, other.positives);
  add(into.determinable, other.determinable);
  add(into.flagPositive, other.flagPositive);
  add(into.flagUnanswered, other.flagUnanswered);
  other.values.forEach((column, s) => append(into.values[s]!, column));
  other.bandCounts.forEach((counts, s) => {
    for (const [id, n] of counts) into.bandCounts[s]!.set(id, (into.bandCounts[s]!.get(id) ?? 0) + n);
  });
  other.plans.forEach((plan, p) => append(into.plans[p]!.data, plan.data));
}

/** One tally holding everything `tallies` counted (the only one itself when there is one). */
export function mergeTallies(tallies: readonly Tally[], make: () => Tally): Tally {
  if (tallies.length === 1) return tallies[0]!;
  const t = make();
  // One allocation per column instead of doublings.
  t.values.forEach((column, s) => reserve(column, tallies.reduce((n, o) => n + o.values[s]!.rows, 0)));
  t.plans.forEach((plan, p) => reserve(plan.data, tallies.reduce((n, o) => n + o.plans[p]!.data.rows, 0)));
  for (const o of tallies) absorb(t, o);
  return t;
}
