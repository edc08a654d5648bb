/** Instrument ids given on the command line. */
import { getInstrument, instruments, withShippedNotes } from '../catalogue.js';
import type { InstrumentDefinition } from '../schema/types.js';
import { CliError } from './errors.js';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Definitions given with `--definition <file>`, by id (they take precedence over shipped ids). */
const custom = new Map<string, InstrumentDefinition>();

/** Makes a definition of the user's own available under its id for this run. */
export function addDefinition(definition: InstrumentDefinition): void {
  custom.set(definition.id, definition);
}

/**
 * The definition for an id (case and hyphens ignored: `PHQ-9` is `phq9`), a shipped one with its
 * notes in place (the command line shows them); a usage error with suggestions otherwise.
 */
export function instrumentById(id: string): InstrumentDefinition {
  const own = custom.get(id);
  if (own !== undefined) return own;
  const key = id.toLowerCase().replace(/[-_\s]/g, '');
  const found = getInstrument(key);
  if (found !== undefined) return withShippedNotes(found);
  const near = instruments
    .map((d) => ({ id: d.id, d: Math.min(distance(key, d.id), distance(key, d.shortName.toLowerCase().replace(/[-_\s]/g, ''))) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d)
    .map((x) => x.id);
  throw new CliError(`unknown instrument "${id}"${near.length > 0 ? `; did you mean ${near.join(' or ')}?` : ''} (run "wellbeing-instruments list" for every id)`);
}
