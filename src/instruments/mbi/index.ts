export { mbi } from './mbi.js';
