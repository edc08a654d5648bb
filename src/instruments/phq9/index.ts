import { frozen } from '../../schema/frozen.js';
import { phq9 as definition } from './phq9.js';

/** The definition of `./phq9.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const phq9 = /* @__PURE__ */ frozen(definition);
