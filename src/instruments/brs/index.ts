import { frozen } from '../../schema/frozen.js';
import { brs as definition } from './brs.js';
import { brsNotes as notes } from './notes.js';

/** The definition of `./brs.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const brs = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(brs, brsNotes)` puts them back in place. */
export const brsNotes = /* @__PURE__ */ frozen(notes);
