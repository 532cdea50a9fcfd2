export type { Config, ConfigInputs, ConfigSource } from './types.js';
export { defaults } from './defaults.js';
export { loadConfig } from './loadConfig.js';
export { leaves } from './leaves.js';
export { publicUrlOf } from './publicUrlOf.js';
export { redact } from './redact.js';
export { secretPaths } from './schema.js';
