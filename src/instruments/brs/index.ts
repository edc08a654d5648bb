export { brs } from './brs.js';
