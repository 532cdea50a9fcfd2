export type { RunningServer } from './types.js';
export { freePort } from './freePort.js';
export { startInGroup, type GroupProcess } from './startInGroup.js';
export { findBinary, haveBinary, requireBinary, requiredBinaries, MissingBinaryError } from './findBinary.js';
export { startMosquitto, type MosquittoOptions } from './startMosquitto.js';
export { startInfluxDB } from './startInfluxDB.js';
export { launchChromium, type RunningBrowser } from './launchChromium.js';
export { makeCertificates, type TestCertificates } from './makeCertificates.js';
