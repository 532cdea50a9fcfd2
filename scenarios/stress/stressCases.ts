import { parseOrThrow } from '../../data/schema/index.js';
import cyberAttackRegion from './cases/cyber-attack-region.json' with { type: 'json' };
import drought from './cases/drought.json' with { type: 'json' };
import globalFailure from './cases/global-failure.json' with { type: 'json' };
import harvestFailure from './cases/harvest-failure.json' with { type: 'json' };
import massEvacuation from './cases/mass-evacuation.json' with { type: 'json' };
import pandemic from './cases/pandemic.json' with { type: 'json' };
import riots from './cases/riots.json' with { type: 'json' };
import sensorsOffline from './cases/sensors-offline.json' with { type: 'json' };
import solarMonth from './cases/solar-month.json' with { type: 'json' };
import survivalMode from './cases/survival-mode.json' with { type: 'json' };
import { StressCase as StressCaseSchema } from './schema.js';
import type { StressCase } from './types.js';

/** In the order a reader meets them in the domain brief. */
const shipped: Record<string, unknown> = {
	'solar-month': solarMonth,
	'sensors-offline': sensorsOffline,
	pandemic,
	'harvest-failure': harvestFailure,
	drought,
	riots,
	'mass-evacuation': massEvacuation,
	'cyber-attack-region': cyberAttackRegion,
	'global-failure': globalFailure,
	'survival-mode': survivalMode
};

/** The stress tests of the founding documents, validated; keyed by id. */
export const stressCases: Readonly<Record<string, StressCase>> = Object.fromEntries(
	Object.entries(shipped).map(([id, json]) => [
		id,
		parseOrThrow(StressCaseSchema, json, `scenarios/stress/cases/${id}.json`)
	])
);
