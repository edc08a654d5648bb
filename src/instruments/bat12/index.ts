export { bat12 } from './bat12.js';
