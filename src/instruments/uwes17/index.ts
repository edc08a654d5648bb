export { uwes17 } from './uwes17.js';
