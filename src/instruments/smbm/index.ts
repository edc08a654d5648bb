export { smbm } from './smbm.js';
