import { scaleLinear } from 'd3';
import type { Tally } from '../../../../scenarios/ballot/types.js';
import type { ResultBars } from './types.js';

const W = 340;
const LABELS = 0;
const BAR = 26;
const GAP = 10;

/**
 * The count as shares of votes cast (contest included, as the rule counts it), with the majority line
 * a scenario must pass and the contest line that forces a recalculation; turnout against the quorum.
 */
export function resultBars(
	tally: Tally,
	rules: { readonly majority: number; readonly contest: number; readonly quorum: number },
	panel: number
): ResultBars {
	const x = scaleLinear([0, 1], [LABELS, W]);
	const rows = [
		...tally.scenarios.map((s) => ({ id: s.scenarioId, votes: s.votes })),
		{ id: 'contest', votes: tally.contest }
	];
	const share = (votes: number) => (tally.votesCast === 0 ? 0 : votes / tally.votesCast);
	const turnout = panel === 0 ? 0 : tally.votesCast / panel;
	return {
		width: W,
		height: rows.length * (BAR + GAP),
		barHeight: BAR,
		bars: rows.map((r, i) => ({
			id: r.id,
			y: i * (BAR + GAP),
			width: x(share(r.votes)) - LABELS,
			votes: r.votes,
			share: share(r.votes)
		})),
		majorityX: x(rules.majority),
		contestX: x(rules.contest),
		turnout: { share: turnout, x: x(Math.min(1, turnout)), quorumX: x(rules.quorum) }
	};
}
