export { openInfluxStore } from './openInfluxStore.js';
export { defaults as influxDefaults, type InfluxStoreOptions } from './types.js';
