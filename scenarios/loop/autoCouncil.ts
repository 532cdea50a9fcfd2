import type { ProposedScenario } from '../../data/plan/types.js';
import { seededRandom } from '../../planner/forecast/seededRandom.js';
import type { RoundDesk } from '../round/createRoundDesk.js';
import type { Round, SeedReveal } from '../round/types.js';
import { sha256Hex } from '../ballot/sha256Hex.js';
import { encryptedStageStep, type CouncilElections } from './autoElection.js';
import type { Council, CouncilStep } from './types.js';

/** The auto-council's policies, for demos, tests and the scoreboard; defaults in `autoCouncilDefaults`. */
export interface AutoCouncilOptions {
	/** Experts: a solution residual above this is unsound (default 1e-6, the planner's own check). */
	readonly maxResidual: number;
	/** Ethics: strike a scenario leaving some region below this share of a basic norm (default 0.5), never the last one standing. */
	readonly ethicsMinCoverage: number;
	/** Panel: contest the round when no standing scenario's lowest coverage reaches this (default 0: never). */
	readonly contestBelow: number;
	/** The ethics council member named on strikes. */
	readonly ethicsMember: string;
	/**
	 * The encrypted elections and the rounds' clock: with them the council opens encrypted votes and
	 * its simulated authority, trustees and panelists run them as people do; without, it votes plain.
	 */
	readonly encrypted?: { readonly elections: CouncilElections; readonly clock: () => number };
}

/**
 * The simulated council members' shares of the panel's seed: committed, then revealed at open-vote,
 * as people do it with `round commit-seed`. The secrets follow from the round id, so a demo run is
 * reproducible; a seed nobody can choose needs real people's secrets.
 */
function commitSeedShares(desk: RoundDesk, round: Round): SeedReveal | undefined {
	if (round.options.seedParties === 0) return undefined;
	const secrets = Array.from({ length: round.options.seedParties }, (_, i) => ({
		party: `auto-council-${i + 1}`,
		secret: sha256Hex(`auto-council share ${i + 1} of ${round.id}`)
	}));
	for (const { party, secret } of secrets) {
		if (round.seedCommits?.parties.some((p) => p.party === party)) continue;
		const done = desk.commitSeed(round.id, { party, hash: sha256Hex(secret) });
		if (!done.ok) throw new Error(`auto-council commit-seed: ${done.error.message}`);
	}
	return { secrets };
}

export const autoCouncilDefaults: Omit<AutoCouncilOptions, 'encrypted'> = {
	maxResidual: 1e-6,
	ethicsMinCoverage: 0.5,
	contestBelow: 0,
	ethicsMember: 'auto-ethics'
};

/** FNV-1a: a panelist's own seed from the round's public seed and their id, so every vote is reproducible. */
function seedOf(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

const standing = (round: Round) =>
	round.scenarios.filter((s) => s.standing.kind === 'standing').map((s) => s.scenario);

function unsound(s: ProposedScenario, o: AutoCouncilOptions): string | null {
	const v = s.verification;
	if (!v) return 'The solution carries no verification record.';
	if (v.crossCheck.startsWith('disagreed')) return `The second solver disagreed: ${v.crossCheck}.`;
	if (v.maxResidual > o.maxResidual)
		return `A constraint is violated by a relative residual of ${v.maxResidual.toExponential(1)}.`;
	return null;
}

/** A simulated panelist's pick: the standing scenario they value most, or contest when none reaches `contestBelow`. */
function pick(round: Round, panelist: string, options: readonly ProposedScenario[], o: AutoCouncilOptions) {
	const w = seededRandom(seedOf(`${round.seed}:${panelist}`)).next();
	const value = (s: ProposedScenario) => w * s.metrics.minCoverage + (1 - w) * s.metrics.meanCoverage;
	const best = options.reduce((a, b) => (value(b) > value(a) ? b : a));
	return best.metrics.minCoverage < o.contestBelow
		? {
				kind: 'contest' as const,
				reason: `No scenario gives every region ${(o.contestBelow * 100).toFixed(0)}% of the basic norms.`
			}
		: { kind: 'scenario' as const, scenarioId: best.id };
}

/**
 * Configured policies acting for the people of a round, one step per call: each drawn expert judges
 * a scenario unsound only when its solution failed its checks; the ethics council strikes scenarios
 * that leave a region below `ethicsMinCoverage` of a basic norm (keeping at least one); each simulated
 * panelist weighs the lowest coverage against the mean by a personal weight drawn from the round's
 * public seed and their id, and votes for the standing scenario they value most (encrypted, through a
 * simulated credential authority and trustees, when the council is given the elections).
 */
export function autoCouncil(options: Partial<AutoCouncilOptions> = {}): Council {
	const o = { ...autoCouncilDefaults, ...options };
	return {
		async act(round, desk: RoundDesk, invitations): Promise<CouncilStep | null> {
			switch (round.state) {
				case 'expert-review': {
					const expertId = round.reviewers.find((e) => !round.reviews.some((r) => r.expertId === e));
					if (!expertId) return null;
					const verdicts = round.scenarios.map(({ scenario }) => {
						const why = unsound(scenario, o);
						return why
							? { scenarioId: scenario.id, verdict: 'unsound' as const, comment: why }
							: { scenarioId: scenario.id, verdict: 'sound' as const, comment: '' };
					});
					const done = desk.act(round.id, { kind: 'submit-review', review: { expertId, verdicts } });
					if (!done.ok) throw new Error(`auto-council review: ${done.error.message}`);
					return { did: `review by ${expertId}` };
				}
				case 'ethics-review': {
					if (!round.committed) return null;
					const left = standing(round);
					const strike = left.find((s) => s.metrics.minCoverage < o.ethicsMinCoverage);
					if (strike && left.length > 1) {
						const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
						const worst = percent(strike.metrics.minCoverage);
						const reason = `Leaves a region with ${worst} of a basic norm, below the council's floor of ${percent(o.ethicsMinCoverage)}.`;
						const done = desk.act(round.id, {
							kind: 'strike',
							scenarioId: strike.id,
							by: o.ethicsMember,
							reason
						});
						if (!done.ok) throw new Error(`auto-council strike: ${done.error.message}`);
						return { did: `strike ${strike.id}` };
					}
					const ballot = o.encrypted ? ('encrypted' as const) : undefined;
					const opened = await desk.openVote(round.id, commitSeedShares(desk, round), ballot);
					if (!opened.ok) throw new Error(`auto-council open-vote: ${opened.error.message}`);
					return { did: 'open vote', invitations: opened.invitations };
				}
				case 'panel-vote': {
					const stage = round.stages.length - 1;
					const choices = round.stages[stage]!.choices;
					const options = standing(round).filter((s) => choices.includes(s.id));
					if (round.stages[stage]!.election && o.encrypted) {
						const { elections, clock } = o.encrypted;
						return encryptedStageStep(round, desk, elections, clock(), (panelist, ids) => {
							const choice = pick(round, panelist, options, o);
							return ids.indexOf(choice.kind === 'contest' ? 'contest' : choice.scenarioId);
						});
					}
					const mine = invitations.filter((i) => i.stage === stage);
					if (mine.length === 0) return null;
					let cast = 0;
					for (const invitation of mine)
						if (desk.cast(invitation.code, pick(round, invitation.panelist, options, o)).ok) cast++;
					return { did: `${cast} ballots`, invitations: invitations.filter((i) => i.stage !== stage) };
				}
				default:
					return null;
			}
		}
	};
}
