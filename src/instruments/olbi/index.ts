import { frozen } from '../../schema/frozen.js';
import { olbi as definition } from './olbi.js';
import { olbiNotes as notes } from './notes.js';

/** The definition of `./olbi.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const olbi = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(olbi, olbiNotes)` puts them back in place. */
export const olbiNotes = /* @__PURE__ */ frozen(notes);
