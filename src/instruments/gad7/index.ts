import { frozen } from '../../schema/frozen.js';
import { gad7 as definition } from './gad7.js';
import { gad7Notes as notes } from './notes.js';

/** The definition of `./gad7.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const gad7 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(gad7, gad7Notes)` puts them back in place. */
export const gad7Notes = /* @__PURE__ */ frozen(notes);
