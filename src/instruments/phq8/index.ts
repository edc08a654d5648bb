export { phq8 } from './phq8.js';
