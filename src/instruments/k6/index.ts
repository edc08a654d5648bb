export { k6 } from './k6.js';
