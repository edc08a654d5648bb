/**
 * Which input column holds which item. A column is an item's when its name equals the item id
 * (ignoring case and surrounding spaces), or when `--map` says so. Columns named like an item of
 * the instrument that it does not have (`phq9_11`, or `PHQ9_01` for `phq9_1`) are reported, as
 * they usually mean the export numbers items differently. An item without a column is an error
 * unless the instrument's missing-data rule (or `--prorate`) can still score every scale
 * without it; items no scale, cut-off or flag uses (the PHQ-9 difficulty item) may be absent.
 */
import type { InstrumentDefinition, Criterion } from '../../schema/types.js';
import { CliError } from '../errors.js';
import type { Sink } from '../io/sinks.js';
import type { ScorePlan } from './plan.js';
import { ownScoreColumns } from './reported.js';

/** Where each item's answers are: column index per item (definition order), -1 when absent. */
export interface TableLayout {
  readonly itemColumns: Int32Array;
  readonly warnings: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A message when `name` looks like an item of the instrument but is not one of its ids;
 * `columnOf` names the column an item is already read from, if any.
 */
export function lookalike(definition: InstrumentDefinition, name: string, columnOf: (itemId: string) => string | undefined = () => undefined): string | null {
  const match = new RegExp(`^${escape(definition.id)}[\\s_.-]*(?:item|q)?[\\s_.-]*0*(\\d+)$`, 'i').exec(name.trim());
  if (match === null) return null;
  const item = definition.items.find((i) => i.number === Number(match[1]));
  const numbers = definition.items.map((i) => i.number);
  if (item === undefined) return `column "${name}" looks like an item of ${definition.id}, which has items ${Math.min(...numbers)}–${Math.max(...numbers)} only; it was passed through unscored`;
  const used = columnOf(item.id);
  return used === undefined
    ? `column "${name}" looks like item ${item.id} but is not named ${item.id}; it was passed through unscored (use --map to score it)`
    : `column "${name}" looks like item ${item.id}, which is read from column "${used}"; "${name}" was passed through unscored`;
}

function itemsOfCriterion(c: Criterion, out: Set<string>): void {
  if ('item' in c) out.add(c.item);
  else if ('any' in c) c.any.forEach((x) => itemsOfCriterion(x, out));
  else if ('all' in c) c.all.forEach((x) => itemsOfCriterion(x, out));
}

/**
 * Checks that every scale can be scored from the items present; returns warnings for absent
 * items the rules allow, throws a {@link CliError} naming what cannot be scored otherwise.
 */
export function checkPresence(plan: ScorePlan, present: readonly boolean[], source: string): string[] {
  const { definition } = plan;
  const prorate = plan.settings.prorate;
  const index = new Map(definition.items.map((item, i) => [item.id, i]));
  const has = (id: string) => present[index.get(id)!] === true;
  const absent = definition.items.filter((_, i) => !present[i]).map((i) => i.id);
  if (absent.length === 0) return [];

  const problems: string[] = [];
  const allowed = new Set<string>();
  const scorable = new Map<string, boolean>();
  for (const scale of definition.scales) {
    const m = scale.method;
    if (m.kind === 'sum' || m.kind === 'mean' || m.kind === 'product_sum') {
      const here = scale.items.filter(has).length;
      const needed = m.kind === 'product_sum' ? scale.items.length : scale.missing.kind === 'min_answered' ? scale.missing.min : prorate ? Math.ceil(scale.items.length / 2) : scale.items.length;
      const missingHere = scale.items.filter((i) => !has(i));
      if (here < needed) {
        scorable.set(scale.id, false);
        const rule = scale.missing.kind === 'min_answered' ? `its published rule needs ${needed} of ${scale.items.length} items` : prorate ? `--prorate needs ${needed} of ${scale.items.length} items` : `it needs all ${scale.items.length} items (no published missing-data rule; --prorate scores from half)`;
        problems.push(`scale "${scale.id}" can never be scored: ${missingHere.join(', ')} ${missingHere.length === 1 ? 'has' : 'have'} no column and ${rule}`);
      } else {
        scorable.set(scale.id, true);
        missingHere.forEach((i) => allowed.add(i));
      }
    } else {
      const bases = m.kind === 'composite' ? m.terms.map((t) => t.scale) : m.kind === 'linear' || m.kind === 'lookup' ? [m.of] : [];
      scorable.set(scale.id, bases.every((b) => scorable.get(b) === true));
    }
  }
  const safety = new Set<string>();
  for (const flag of definition.flags) if (!has(flag.item)) safety.add(flag.item);
  const cutoffItems = new Set<string>();
  for (const c of definition.cutoffs) {
    if (c.criterion !== undefined) itemsOfCriterion(c.criterion, cutoffItems);
    else c.schemes.forEach((s) => itemsOfCriterion(s.criterion, cutoffItems));
  }
  for (const id of safety) problems.push(`${id} has no column, and flag "${definition.flags.find((f) => f.item === id)!.id}" is read from it`);
  for (const id of cutoffItems) if (!has(id) && !safety.has(id)) problems.push(`${id} has no column, and a cut-off is read from it`);

  if (problems.length > 0) {
    throw new CliError(
      [
        `${source} lacks item columns ${definition.id} needs:`,
        ...problems.map((p) => `  - ${p}`),
        `Name the columns ${definition.items[0]!.id} … ${definition.items[definition.items.length - 1]!.id}, or map them with --map map.json ({"your column": "${definition.items[0]!.id}", …}).`,
      ].join('\n'),
    );
  }
  const used = new Set(definition.scales.flatMap((s) => s.items));
  const notes = absent.filter((id) => allowed.has(id) && used.has(id));
  return notes.length === 0 ? [] : [`${notes.join(', ')} ${notes.length === 1 ? 'has' : 'have'} no column; ${notes.length === 1 ? 'its answers count' : 'their answers count'} as missing (the missing-data rule still scores every scale)`];
}

/** Finds the item columns of a CSV/TSV header; throws when the header cannot be scored. */
export function resolveTable(header: readonly string[], plan: ScorePlan, source: string, delimiter: string): TableLayout {
  const { definition } = plan;
  const itemColumns = new Int32Array(definition.items.length).fill(-1);
  const index = new Map(definition.items.map((item, i) => [item.id, i]));
  const taken = new Map<number, string>();
  const warnings: string[] = [];
  const assign = (item: number, column: number, how: string) => {
    if (itemColumns[item] !== -1) {
      throw new CliError(`${definition.items[item]!.id} is given by two columns: "${header[itemColumns[item]!]}" and "${header[column]}" (${how}); keep one, or map one with --map`);
    }
    itemColumns[item] = column;
    taken.set(column, definition.items[item]!.id);
  };

  for (const [column, itemId] of Object.entries(plan.settings.map)) {
    const item = index.get(itemId);
    if (item === undefined) throw new CliError(`--map: "${itemId}" is not an item of ${definition.id} (items: ${definition.items.map((i) => i.id).join(', ')})`);
    let at = header.indexOf(column);
    if (at < 0) at = header.findIndex((h) => h.trim().toLowerCase() === column.trim().toLowerCase());
    if (at < 0) throw new CliError(`--map names column "${column}", which is not in ${source} (columns: ${preview(header)})`);
    if (taken.has(at)) throw new CliError(`--map maps column "${column}" to two items`);
    assign(item, at, '--map');
  }
  header.forEach((name, column) => {
    if (taken.has(column)) return;
    const item = index.get(name.trim().toLowerCase());
    if (item !== undefined) assign(item, column, 'by name');
  });
  header.forEach((name, column) => {
    if (taken.has(column)) return;
    const note = lookalike(definition, name, (id) => {
      const c = itemColumns[index.get(id)!]!;
      return c >= 0 ? header[c] : undefined;
    });
    if (note !== null) warnings.push(note);
  });

  if (taken.size === 0) {
    const only = header.length === 1 ? header[0]! : '';
    const other = [';', '\t', ',', '|'].find((d) => d !== delimiter && only.includes(d));
    const hint =
      other !== undefined
        ? ` The header is one column; the file looks ${other === '\t' ? 'tab' : `"${other}"`}-separated: ${other === '\t' ? 'use --from tsv' : `use --delimiter "${other}"`}.`
        : ' Map your column names to item ids with --map map.json.';
    throw new CliError(`no column of ${source} is an item of ${definition.id} (expected ${definition.items[0]!.id} … ${definition.items[definition.items.length - 1]!.id}; found ${preview(header)}).${hint}`);
  }
  const present = Array.from(itemColumns, (c) => c >= 0);
  warnings.push(...checkPresence(plan, present, source));
  return { itemColumns, warnings };
}

function preview(header: readonly string[]): string {
  const shown = header.slice(0, 8).map((h) => JSON.stringify(h.length > 40 ? `${h.slice(0, 40)}…` : h));
  return `${shown.join(', ')}${header.length > 8 ? `, … (${header.length} columns)` : ''}`;
}

/**
 * Fails when the input already has a column `score` would add (only when it writes output:
 * `summarize` and `report` add no columns), or JSON output would lose a duplicate column.
 */
export function checkClash(columns: readonly string[], scoreNames: readonly string[], sink: Sink | null, definition: InstrumentDefinition): void {
  if (sink === null) return;
  const input = new Set(columns);
  const clash = scoreNames.filter((n) => input.has(n));
  if (clash.length > 0) {
    const own = ownScoreColumns(definition);
    const calc = clash.filter((n) => own.has(n));
    const why =
      calc.length > 0
        ? `${calc.map((c) => `"${c}"`).join(', ')} ${calc.length === 1 ? 'is' : 'are'} this package's own score column${calc.length === 1 ? '' : 's'} (a REDCap export of its data dictionary has ${calc.length === 1 ? 'it as a calc field' : 'them as calc fields'}, or the file was scored before), which score checks against the scores it computes`
        : 'scored twice?';
    throw new CliError(`the input already has column${clash.length === 1 ? '' : 's'} ${clash.map((c) => `"${c}"`).join(', ')}, which score would add (${why}); choose other names with --prefix, e.g. --prefix scored_ (summarize and report add no columns and need none)`);
  }
  if (!sink.fixedColumns) {
    const seen = new Set<string>();
    const twice = columns.find((c) => (seen.has(c) ? true : (seen.add(c), false)));
    if (twice !== undefined) throw new CliError(`column "${twice}" appears twice in the header; JSON output needs unique column names (rename one, or write CSV)`);
  }
}
