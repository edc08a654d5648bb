import { frozen } from '../../schema/frozen.js';
import { pss10 as definition } from './pss10.js';
import { pss10Notes as notes } from './notes.js';

/** The definition of `./pss10.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const pss10 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(pss10, pss10Notes)` puts them back in place. */
export const pss10Notes = /* @__PURE__ */ frozen(notes);
