import { ballotDefaults } from '../ballot/ballotDefaults.js';
import { ethicsDefaults } from '../ethics/ethicsDefaults.js';
import { expertDefaults } from '../experts/expertDefaults.js';
import { pointsDefaults } from '../../sim/points/index.js';
import type { RoundOptions } from './types.js';

/** The design documents' numbers; every one configurable (merge with `{ ...roundDefaults, ...yours }`). */
export const roundDefaults: RoundOptions = {
	reviewDays: 7,
	ethicsDays: 7,
	voteDays: 7,
	extensionDays: 3,
	panelSize: 500,
	reserves: 50,
	minStanding: 1,
	minReviews: 2,
	// One accrual table (sim/points): "taking part in governance +150".
	governancePoints: pointsDefaults.accrual.governance!.points,
	seedParties: 2,
	ballot: ballotDefaults,
	experts: expertDefaults,
	ethics: ethicsDefaults
};
