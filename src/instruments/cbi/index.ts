import { frozen } from '../../schema/frozen.js';
import { cbi as definition } from './cbi.js';

/** The definition of `./cbi.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const cbi = /* @__PURE__ */ frozen(definition);
