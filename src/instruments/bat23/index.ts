import { frozen } from '../../schema/frozen.js';
import { bat23 as definition } from './bat23.js';

/** The definition of `./bat23.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const bat23 = /* @__PURE__ */ frozen(definition);
