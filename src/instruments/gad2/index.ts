export { gad2 } from './gad2.js';
