import { frozen } from '../../schema/frozen.js';
import { uwes9 as definition } from './uwes9.js';

/** The definition of `./uwes9.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const uwes9 = /* @__PURE__ */ frozen(definition);
