export { k10 } from './k10.js';
