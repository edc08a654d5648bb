import { frozen } from '../../schema/frozen.js';
import { phq4 as definition } from './phq4.js';
import { phq4Notes as notes } from './notes.js';

/** The definition of `./phq4.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const phq4 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(phq4, phq4Notes)` puts them back in place. */
export const phq4Notes = /* @__PURE__ */ frozen(notes);
