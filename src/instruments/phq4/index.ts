export { phq4 } from './phq4.js';
