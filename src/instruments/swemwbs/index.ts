import { frozen } from '../../schema/frozen.js';
import { swemwbs as definition } from './swemwbs.js';
import { swemwbsNotes as notes } from './notes.js';

/** The definition of `./swemwbs.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const swemwbs = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(swemwbs, swemwbsNotes)` puts them back in place. */
export const swemwbsNotes = /* @__PURE__ */ frozen(notes);
