import { frozen } from '../../schema/frozen.js';
import { proqol5 as definition } from './proqol5.js';
import { proqol5Notes as notes } from './notes.js';

/** The definition of `./proqol5.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const proqol5 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(proqol5, proqol5Notes)` puts them back in place. */
export const proqol5Notes = /* @__PURE__ */ frozen(notes);
