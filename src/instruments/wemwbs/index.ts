import { frozen } from '../../schema/frozen.js';
import { wemwbs as definition } from './wemwbs.js';

/** The definition of `./wemwbs.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const wemwbs = /* @__PURE__ */ frozen(definition);
