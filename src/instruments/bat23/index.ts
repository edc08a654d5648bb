export { bat23 } from './bat23.js';
