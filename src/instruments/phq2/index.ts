import { frozen } from '../../schema/frozen.js';
import { phq2 as definition } from './phq2.js';
import { phq2Notes as notes } from './notes.js';

/** The definition of `./phq2.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const phq2 = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(phq2, phq2Notes)` puts them back in place. */
export const phq2Notes = /* @__PURE__ */ frozen(notes);
