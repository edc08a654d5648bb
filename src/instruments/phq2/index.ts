import { frozen } from '../../schema/frozen.js';
import { phq2 as definition } from './phq2.js';

/** The definition of `./phq2.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const phq2 = /* @__PURE__ */ frozen(definition);
