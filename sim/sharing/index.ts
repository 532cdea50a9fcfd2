export type { Booking, Library, SharingOp, SharingOptions, SharingRefusal, SharingResult } from './types.js';
export { createLibrary } from './createLibrary.js';
export { applySharing, sharingDefaults } from './applySharing.js';
export { allocateRare, type RareAllocation, type RareRequest } from './allocateRare.js';
