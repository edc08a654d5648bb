export { pss4 } from './pss4.js';
