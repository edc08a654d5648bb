import { frozen } from '../../schema/frozen.js';
import { k6 as definition } from './k6.js';

/** The definition of `./k6.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const k6 = /* @__PURE__ */ frozen(definition);
