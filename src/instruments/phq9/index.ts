export { phq9 } from './phq9.js';
