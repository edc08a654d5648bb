import { frozen } from '../../schema/frozen.js';
import { who5 as definition } from './who5.js';

/** The definition of `./who5.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const who5 = /* @__PURE__ */ frozen(definition);
