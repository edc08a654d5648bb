import { frozen } from '../../schema/frozen.js';
import { smbm as definition } from './smbm.js';

/** The definition of `./smbm.ts`, deeply frozen: it is shared by every importer, so none can change it for the others. */
export const smbm = /* @__PURE__ */ frozen(definition);
