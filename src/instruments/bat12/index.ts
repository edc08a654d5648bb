import { frozen } from '../../schema/frozen.js';
import { bat12 as definition } from './bat12.js';

/** The definition of `./bat12.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const bat12 = /* @__PURE__ */ frozen(definition);
