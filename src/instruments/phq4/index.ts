import { frozen } from '../../schema/frozen.js';
import { phq4 as definition } from './phq4.js';

/** The definition of `./phq4.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const phq4 = /* @__PURE__ */ frozen(definition);
