export type { Account, AccountOptions, Role } from './types.js';
export { roles } from './types.js';
export { accountDefaults } from './accountDefaults.js';
export { accountsPath } from './accountsPath.js';
export { openAccounts, type Accounts } from './openAccounts.js';
