import { frozen } from '../../schema/frozen.js';
import { k10 as definition } from './k10.js';
import { k10Notes as notes } from './notes.js';

/** The definition of `./k10.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const k10 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(k10, k10Notes)` puts them back in place. */
export const k10Notes = /* @__PURE__ */ frozen(notes);
