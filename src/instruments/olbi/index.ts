export { olbi } from './olbi.js';
