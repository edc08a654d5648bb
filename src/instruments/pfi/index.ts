export { pfi } from './pfi.js';
