import { frozen } from '../../schema/frozen.js';
import { mmdhp as definition } from './mmdhp.js';

/** The definition of `./mmdhp.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const mmdhp = /* @__PURE__ */ frozen(definition);
