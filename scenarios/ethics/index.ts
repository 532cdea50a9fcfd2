export type { EthicsOptions, Strike } from './types.js';
export { checkStrike } from './checkStrike.js';
export { ethicsDefaults } from './ethicsDefaults.js';
