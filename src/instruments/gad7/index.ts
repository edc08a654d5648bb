export { gad7 } from './gad7.js';
