import { frozen } from '../../schema/frozen.js';
import { pss10 as definition } from './pss10.js';

/** The definition of `./pss10.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const pss10 = /* @__PURE__ */ frozen(definition);
