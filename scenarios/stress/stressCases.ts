import { parseOrThrow } from '../../data/schema/index.js';
import cyberWar from './cases/cyber-war.json' with { type: 'json' };
import drought from './cases/drought.json' with { type: 'json' };
import harvestFailure from './cases/harvest-failure.json' with { type: 'json' };
import massEvacuation from './cases/mass-evacuation.json' with { type: 'json' };
import pandemic from './cases/pandemic.json' with { type: 'json' };
import solarMonth from './cases/solar-month.json' with { type: 'json' };
import { StressCase as StressCaseSchema } from './schema.js';
import type { StressCase } from './types.js';

const shipped: Record<string, unknown> = {
	'solar-month': solarMonth,
	'cyber-war': cyberWar,
	pandemic,
	'harvest-failure': harvestFailure,
	drought,
	'mass-evacuation': massEvacuation
};

/** The stress tests the domain brief names, validated; keyed by id. */
export const stressCases: Readonly<Record<string, StressCase>> = Object.fromEntries(
	Object.entries(shipped).map(([id, json]) => [
		id,
		parseOrThrow(StressCaseSchema, json, `scenarios/stress/cases/${id}.json`)
	])
);
