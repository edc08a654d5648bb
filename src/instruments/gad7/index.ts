import { frozen } from '../../schema/frozen.js';
import { gad7 as definition } from './gad7.js';

/** The definition of `./gad7.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const gad7 = /* @__PURE__ */ frozen(definition);
