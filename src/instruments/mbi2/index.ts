export { mbi2 } from './mbi2.js';
