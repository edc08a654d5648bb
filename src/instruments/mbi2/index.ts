import { frozen } from '../../schema/frozen.js';
import { mbi2 as definition } from './mbi2.js';
import { mbi2Notes as notes } from './notes.js';

/** The definition of `./mbi2.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const mbi2 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(mbi2, mbi2Notes)` puts them back in place. */
export const mbi2Notes = /* @__PURE__ */ frozen(notes);
