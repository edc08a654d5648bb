export { wemwbs } from './wemwbs.js';
