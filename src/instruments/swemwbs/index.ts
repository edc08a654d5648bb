export { swemwbs } from './swemwbs.js';
