export { proqol5 } from './proqol5.js';
