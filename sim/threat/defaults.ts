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
 * a region goes yellow at a month of stock, a fifth of sensors lost, cut off, or anyone below the
 * lifeline; red at a week of stock, 40% of sensors (the documents' cyber-war figure) or a tenth of
 * its people below the lifeline; survival only when a third are below it (survival mode cuts every
 * quota, so a short stock of one good must not trigger it). The federation follows its regions:
 * yellow when any region is, red or survival when half the people live in regions at that level,
 * and survival when the whole federation's stock of a basic good lasts under two weeks.
 */
export const threatDefaults: ThreatOptions = {
	region: {
		yellow: { ...off, stockDaysBelow: 30, sensorsLostAtLeast: 0.2, cutOff: true, belowLifelineAtLeast: 0.01 },
		red: { ...off, stockDaysBelow: 7, sensorsLostAtLeast: 0.4, belowLifelineAtLeast: 0.1 },
		survival: { ...off, belowLifelineAtLeast: 0.3 }
	},
	federation: {
		yellow: { ...off, regionsAtLeast: 0 },
		red: { ...off, sensorsLostAtLeast: 0.4, regionsAtLeast: 0.5 },
		survival: { ...off, stockDaysBelow: 14, regionsAtLeast: 0.5 }
	},
	liftMargin: 1.5,
	liftAfterDays: 3,
	lifeline: 0.5,
	lifelineResources: ['water', 'food', 'energy', 'medicine', 'housing'],
	survivalQuotaFactor: 0.7,
	barterKWhPerKgGrain: 1
};

/** Every automatic trigger off: levels change only when declared (for tests of the physics alone, and for runs that study a world without protocols). */
export const declaredOnly: Pick<ThreatOptions, 'region' | 'federation'> = {
	region: { yellow: off, red: off, survival: off },
	federation: { yellow: off, red: off, survival: off }
};
