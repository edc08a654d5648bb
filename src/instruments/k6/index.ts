import { frozen } from '../../schema/frozen.js';
import { k6 as definition } from './k6.js';
import { k6Notes as notes } from './notes.js';

/** The definition of `./k6.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const k6 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(k6, k6Notes)` puts them back in place. */
export const k6Notes = /* @__PURE__ */ frozen(notes);
