import { frozen } from '../../schema/frozen.js';
import { olbi as definition } from './olbi.js';

/** The definition of `./olbi.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const olbi = /* @__PURE__ */ frozen(definition);
