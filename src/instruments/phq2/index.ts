export { phq2 } from './phq2.js';
