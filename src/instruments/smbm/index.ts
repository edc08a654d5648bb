import { frozen } from '../../schema/frozen.js';
import { smbm as definition } from './smbm.js';
import { smbmNotes as notes } from './notes.js';

/** The definition of `./smbm.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const smbm = /* @__PURE__ */ frozen(definition);

/** The notes of `./notes.ts` (what each source is cited for, …), deeply frozen; `withNotes(smbm, smbmNotes)` puts them back in place. */
export const smbmNotes = /* @__PURE__ */ frozen(notes);
