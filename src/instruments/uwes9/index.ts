export { uwes9 } from './uwes9.js';
