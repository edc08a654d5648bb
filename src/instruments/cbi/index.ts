export { cbi } from './cbi.js';
