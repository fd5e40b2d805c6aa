import x from './missing.js';
