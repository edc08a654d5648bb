import { frozen } from '../../schema/frozen.js';
import { pfi as definition } from './pfi.js';
import { pfiNotes as notes } from './notes.js';

/** The definition of `./pfi.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const pfi = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(pfi, pfiNotes)` puts them back in place. */
export const pfiNotes = /* @__PURE__ */ frozen(notes);
