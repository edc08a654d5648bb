/**
 * The names of the result columns a scored row gets, shared by the command line's `score` and
 * the SQL export so that both name a scale, band, cut-off or flag the same way.
 *
 * With `p` the prefix (default `<id>_`):
 * - `p<scale>` per scale (full precision), `p<scale>_band` where the scale has bands (band id),
 *   `p<scale>_prorated` per scale when proration is asked for;
 * - `p<cutoff>` per cut-off: true, false or empty (not determinable);
 * - `p<flag>` per item flag: `positive`, `unanswered` or empty;
 * - `p` + `valid` and `p` + `issues` (issue codes, `code:item`, space-separated).
 * A cut-off or flag whose name is taken by a scale column gets `_cutoff` / `_flag` appended
 * (the single-item burnout measure has a scale and a cut-off both called `burnout`).
 *
 * @internal
 * @module
 */
import type { InstrumentDefinition } from '../schema/types.js';

/** A result column: a scale value, band, prorated marker, cut-off, flag, or the row's valid / issues column. */
export type ScoreColumn =
  | { readonly kind: 'scale' | 'band' | 'prorated'; readonly name: string; readonly scale: string }
  | { readonly kind: 'cutoff'; readonly name: string; readonly cutoff: string }
  | { readonly kind: 'flag'; readonly name: string; readonly flag: string }
  | { readonly kind: 'valid' | 'issues'; readonly name: string };

/** The columns a scored row gets for an instrument, in order. */
export function scoreColumns(definition: InstrumentDefinition, prefix = `${definition.id}_`, prorate = false): ScoreColumn[] {
  const columns: ScoreColumn[] = [];
  for (const s of definition.scales) {
    columns.push({ kind: 'scale', name: `${prefix}${s.id}`, scale: s.id });
    if (s.bandSchemes.length > 0) columns.push({ kind: 'band', name: `${prefix}${s.id}_band`, scale: s.id });
    if (prorate) columns.push({ kind: 'prorated', name: `${prefix}${s.id}_prorated`, scale: s.id });
  }
  const taken = new Set(columns.map((c) => c.name));
  const free = (name: string, suffix: string) => (taken.has(name) ? `${name}${suffix}` : name);
  for (const c of definition.cutoffs) columns.push({ kind: 'cutoff', name: free(`${prefix}${c.id}`, '_cutoff'), cutoff: c.id });
  for (const f of definition.flags) columns.push({ kind: 'flag', name: free(`${prefix}${f.id}`, '_flag'), flag: f.id });
  columns.push({ kind: 'valid', name: `${prefix}valid` }, { kind: 'issues', name: `${prefix}issues` });
  return columns;
}
