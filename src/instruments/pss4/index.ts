import { frozen } from '../../schema/frozen.js';
import { pss4 as definition } from './pss4.js';
import { pss4Notes as notes } from './notes.js';

/** The definition of `./pss4.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const pss4 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(pss4, pss4Notes)` puts them back in place. */
export const pss4Notes = /* @__PURE__ */ frozen(notes);
