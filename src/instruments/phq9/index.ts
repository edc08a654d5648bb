import { frozen } from '../../schema/frozen.js';
import { phq9 as definition } from './phq9.js';
import { phq9Notes as notes } from './notes.js';

/** The definition of `./phq9.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const phq9 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(phq9, phq9Notes)` puts them back in place. */
export const phq9Notes = /* @__PURE__ */ frozen(notes);
