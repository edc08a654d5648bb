import { frozen } from '../../schema/frozen.js';
import { uwes9 as definition } from './uwes9.js';
import { uwes9Notes as notes } from './notes.js';

/** The definition of `./uwes9.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const uwes9 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(uwes9, uwes9Notes)` puts them back in place. */
export const uwes9Notes = /* @__PURE__ */ frozen(notes);
