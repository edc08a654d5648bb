import { frozen } from '../../schema/frozen.js';
import { phq8 as definition } from './phq8.js';
import { phq8Notes as notes } from './notes.js';

/** The definition of `./phq8.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const phq8 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(phq8, phq8Notes)` puts them back in place. */
export const phq8Notes = /* @__PURE__ */ frozen(notes);
