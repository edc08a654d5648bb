export { mmdhp } from './mmdhp.js';
