import { frozen } from '../../schema/frozen.js';
import { proqol5 as definition } from './proqol5.js';

/** The definition of `./proqol5.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const proqol5 = /* @__PURE__ */ frozen(definition);
