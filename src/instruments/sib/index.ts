import { frozen } from '../../schema/frozen.js';
import { sib as definition } from './sib.js';
import { sibNotes as notes } from './notes.js';

/** The definition of `./sib.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const sib = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(sib, sibNotes)` puts them back in place. */
export const sibNotes = /* @__PURE__ */ frozen(notes);
