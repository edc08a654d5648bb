import { frozen } from '../../schema/frozen.js';
import { wemwbs as definition } from './wemwbs.js';
import { wemwbsNotes as notes } from './notes.js';

/** The definition of `./wemwbs.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const wemwbs = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(wemwbs, wemwbsNotes)` puts them back in place. */
export const wemwbsNotes = /* @__PURE__ */ frozen(notes);
