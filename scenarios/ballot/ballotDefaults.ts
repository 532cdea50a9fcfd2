import type { BallotRules } from './types.js';

/** The design documents' rules: quorum half the panel, adoption by more than half, contest at 66%. */
export const ballotDefaults: BallotRules = {
	quorum: 0.5,
	majority: 0.5,
	contest: 0.66,
	minContestReason: 10,
	tie: 'lot'
};
