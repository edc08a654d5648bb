import { frozen } from '../../schema/frozen.js';
import { gad2 as definition } from './gad2.js';

/** The definition of `./gad2.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const gad2 = /* @__PURE__ */ frozen(definition);
