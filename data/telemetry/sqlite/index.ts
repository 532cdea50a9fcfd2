export { openSqliteStore } from './openSqliteStore.js';
export { defaults as sqliteDefaults, type SqliteStoreOptions } from './types.js';
