export { pss10 } from './pss10.js';
