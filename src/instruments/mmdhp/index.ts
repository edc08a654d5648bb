import { frozen } from '../../schema/frozen.js';
import { mmdhp as definition } from './mmdhp.js';
import { mmdhpNotes as notes } from './notes.js';

/** The definition of `./mmdhp.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const mmdhp = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(mmdhp, mmdhpNotes)` puts them back in place. */
export const mmdhpNotes = /* @__PURE__ */ frozen(notes);
