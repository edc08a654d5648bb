import { frozen } from '../../schema/frozen.js';
import { pss4 as definition } from './pss4.js';

/** The definition of `./pss4.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const pss4 = /* @__PURE__ */ frozen(definition);
