import type { QuotaCutOptions } from './types.js';

export const quotaCutDefaults: QuotaCutOptions = {
	ecosystemFactor: 0.9,
	foodResources: ['food', 'wheat', 'quinoa'],
	reviewDays: 30,
	maxWasteShare: 0.05,
	wasteFactor: 0.9,
	cutDays: 30
};
