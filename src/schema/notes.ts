/**
 * Putting a definition's notes back in place. Shipped instruments keep their prose (what each
 * source is cited for, what benchmark figures are, why an outcome uses its scale) in a module of
 * its own (`<id>Notes`), so that a bundle with one instrument and `score` stays small; pages,
 * `show` and the report put it back with {@link withNotes}. No zod here.
 *
 * @module
 */
import type { DefinitionNotes, InstrumentDefinition, WithNotes } from './types.js';

/**
 * A copy of `definition` with each note of `notes` set where the definition's type holds it:
 * `sources[].note`, `benchmarks[].note`, `outcomes[].note` (a note given here replaces one the
 * definition has). Nothing else changes, so scoring is the same; the copy is a new object.
 *
 * @throws {TypeError} for a key that names no source, benchmark or outcome of the definition,
 *   or a note that is not a non-empty string (a configuration error).
 *
 * @example
 * ```ts
 * import { phq9, phq9Notes, withNotes } from 'wellbeing-instruments';
 * withNotes(phq9, phq9Notes).sources.find((s) => s.id === 'kroenke2001')?.note;
 * // 'Items, 0–3 scoring and sum; "PHQ-9 scores of 5, 10, 15, and 20 represented …'
 * ```
 */
export function withNotes<D extends InstrumentDefinition>(definition: D, notes: DefinitionNotes<D>): WithNotes<D> {
  const sources = noteMap(definition, 'sources', notes.sources, definition.sources.map((s) => s.id));
  const benchmarks = noteMap(definition, 'benchmarks', notes.benchmarks, definition.benchmarks.map((b) => b.id));
  const outcomes = noteMap(definition, 'outcomes', notes.outcomes, (definition.outcomes ?? []).map((o) => o.construct));
  const withNote = <T extends object>(value: T, note: string | undefined): T => (note === undefined ? value : { ...value, note });
  const copy: InstrumentDefinition = {
    ...definition,
    sources: definition.sources.map((s) => withNote(s, sources.get(s.id))),
    benchmarks: definition.benchmarks.map((b) => withNote(b, benchmarks.get(b.id))),
    ...(definition.outcomes === undefined ? {} : { outcomes: definition.outcomes.map((o) => withNote(o, outcomes.get(o.construct))) }),
  };
  return copy as WithNotes<D>;
}

/** The notes of one part, checked against the ids the definition has. */
function noteMap(definition: InstrumentDefinition, part: string, notes: object | undefined, ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(notes ?? {})) {
    if (!ids.includes(key)) throw new TypeError(`withNotes: "${key}" is not among the ${part} of ${definition.id}`);
    if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`withNotes: the note for ${part} "${key}" must be a non-empty string`);
    out.set(key, value);
  }
  return out;
}
