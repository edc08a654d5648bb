import { frozen } from '../../schema/frozen.js';
import { pfi as definition } from './pfi.js';

/** The definition of `./pfi.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const pfi = /* @__PURE__ */ frozen(definition);
