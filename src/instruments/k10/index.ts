import { frozen } from '../../schema/frozen.js';
import { k10 as definition } from './k10.js';

/** The definition of `./k10.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const k10 = /* @__PURE__ */ frozen(definition);
