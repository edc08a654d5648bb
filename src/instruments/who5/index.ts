export { who5 } from './who5.js';
