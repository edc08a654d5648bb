import { frozen } from '../../schema/frozen.js';
import { mbi2 as definition } from './mbi2.js';

/** The definition of `./mbi2.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const mbi2 = /* @__PURE__ */ frozen(definition);
