import type { ThreatOptions, ThreatTrigger } from './types.js';

const off: ThreatTrigger = {
	stockDaysBelow: null,
	sensorsLostAtLeast: null,
	cutOff: false,
	belowLifelineAtLeast: null,
	regionsAtLeast: null
};

/**
 * The documents give the levels and their switches, not the triggers; these are stated assumptions:
 * yellow at a month of stock, a fifth of sensors lost or a region cut off; red at 10 days, 40% of
 * sensors (the documents' cyber-war figure) or a tenth of people below the lifeline; survival at
 * 3 days or a third below the lifeline. The federation follows its regions: yellow when any region
 * is, red or survival when half the people live in regions at that level.
 */
export const threatDefaults: ThreatOptions = {
	region: {
		yellow: { ...off, stockDaysBelow: 30, sensorsLostAtLeast: 0.2, cutOff: true, belowLifelineAtLeast: 0.01 },
		red: { ...off, stockDaysBelow: 10, sensorsLostAtLeast: 0.4, belowLifelineAtLeast: 0.1 },
		survival: { ...off, stockDaysBelow: 3, belowLifelineAtLeast: 0.3 }
	},
	federation: {
		yellow: { ...off, regionsAtLeast: 0 },
		red: { ...off, sensorsLostAtLeast: 0.4, regionsAtLeast: 0.5 },
		survival: { ...off, regionsAtLeast: 0.5 }
	},
	liftMargin: 1.5,
	liftAfterDays: 3,
	lifeline: 0.5,
	survivalQuotaFactor: 0.7,
	barterKWhPerKgGrain: 1
};
