import { frozen } from '../../schema/frozen.js';
import { uwes17 as definition } from './uwes17.js';

/** The definition of `./uwes17.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const uwes17 = /* @__PURE__ */ frozen(definition);
