import { frozen } from '../../schema/frozen.js';
import { bat12 as definition } from './bat12.js';
import { bat12Notes as notes } from './notes.js';

/** The definition of `./bat12.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const bat12 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(bat12, bat12Notes)` puts them back in place. */
export const bat12Notes = /* @__PURE__ */ frozen(notes);
