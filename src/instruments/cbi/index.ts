import { frozen } from '../../schema/frozen.js';
import { cbi as definition } from './cbi.js';
import { cbiNotes as notes } from './notes.js';

/** The definition of `./cbi.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const cbi = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(cbi, cbiNotes)` puts them back in place. */
export const cbiNotes = /* @__PURE__ */ frozen(notes);
