export { sib } from './sib.js';
