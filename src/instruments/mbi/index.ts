import { frozen } from '../../schema/frozen.js';
import { mbi as definition } from './mbi.js';
import { mbiNotes as notes } from './notes.js';

/** The definition of `./mbi.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const mbi = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(mbi, mbiNotes)` puts them back in place. */
export const mbiNotes = /* @__PURE__ */ frozen(notes);
