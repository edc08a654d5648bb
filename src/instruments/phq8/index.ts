import { frozen } from '../../schema/frozen.js';
import { phq8 as definition } from './phq8.js';

/** The definition of `./phq8.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const phq8 = /* @__PURE__ */ frozen(definition);
