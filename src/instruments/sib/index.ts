import { frozen } from '../../schema/frozen.js';
import { sib as definition } from './sib.js';

/** The definition of `./sib.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const sib = /* @__PURE__ */ frozen(definition);
