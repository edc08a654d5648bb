import { frozen } from '../../schema/frozen.js';
import { who5 as definition } from './who5.js';
import { who5Notes as notes } from './notes.js';

/** The definition of `./who5.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const who5 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(who5, who5Notes)` puts them back in place. */
export const who5Notes = /* @__PURE__ */ frozen(notes);
