import { frozen } from '../../schema/frozen.js';
import { swemwbs as definition } from './swemwbs.js';

/** The definition of `./swemwbs.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const swemwbs = /* @__PURE__ */ frozen(definition);
