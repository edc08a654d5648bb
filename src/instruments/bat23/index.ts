import { frozen } from '../../schema/frozen.js';
import { bat23 as definition } from './bat23.js';
import { bat23Notes as notes } from './notes.js';

/** The definition of `./bat23.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const bat23 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(bat23, bat23Notes)` puts them back in place. */
export const bat23Notes = /* @__PURE__ */ frozen(notes);
