import { frozen } from '../../schema/frozen.js';
import { gad2 as definition } from './gad2.js';
import { gad2Notes as notes } from './notes.js';

/** The definition of `./gad2.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const gad2 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(gad2, gad2Notes)` puts them back in place. */
export const gad2Notes = /* @__PURE__ */ frozen(notes);
