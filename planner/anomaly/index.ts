export type { RegimeChange, RegimeKind, RegimeOptions, RegimeReport } from './types.js';
export { defaults as regimeDefaults } from './defaults.js';
export { detectRegimeChanges } from './detectRegimeChanges.js';
export { collapse, growthStep, type Growth } from './linearGrowth.js';
