import { frozen } from '../../schema/frozen.js';
import { brs as definition } from './brs.js';

/** The definition of `./brs.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const brs = /* @__PURE__ */ frozen(definition);
