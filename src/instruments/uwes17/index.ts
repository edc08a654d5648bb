import { frozen } from '../../schema/frozen.js';
import { uwes17 as definition } from './uwes17.js';
import { uwes17Notes as notes } from './notes.js';

/** The definition of `./uwes17.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const uwes17 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(uwes17, uwes17Notes)` puts them back in place. */
export const uwes17Notes = /* @__PURE__ */ frozen(notes);
