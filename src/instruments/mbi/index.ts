import { frozen } from '../../schema/frozen.js';
import { mbi as definition } from './mbi.js';

/** The definition of `./mbi.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const mbi = /* @__PURE__ */ frozen(definition);
