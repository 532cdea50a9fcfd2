import { refuse } from './refuse.js';
import type { Round, RoundAction, StepContext, StepResult } from './types.js';

/**
 * Records a commitment to a share of the reveal seed (any time before the vote opens): each party
 * once, a SHA-256 of 64 hex digits; the public source named once. Shares stay secret until open-vote.
 */
export function commitSeed(
	round: Round,
	action: Extract<RoundAction, { kind: 'commit-seed' }>,
	ctx: StepContext
): StepResult {
	const current = round.seedCommits ?? { parties: [] };
	const { commit } = action;
	if ('publicSource' in commit) {
		if (current.publicSource !== undefined)
			return refuse('rejected', round, action, `the public source is already named: ${current.publicSource}`);
		if (commit.publicSource.trim().length < 8)
			return refuse(
				'rejected',
				round,
				action,
				'name the public source so anyone can look its value up (at least 8 characters)'
			);
		return {
			ok: true,
			round: { ...round, seedCommits: { ...current, publicSource: commit.publicSource.trim() } },
			events: [{ kind: 'seed-committed', data: { publicSource: commit.publicSource.trim() } }],
			effects: []
		};
	}
	if (!/^[0-9a-f]{64}$/.test(commit.hash))
		return refuse(
			'rejected',
			round,
			action,
			`the commitment of ${commit.party} should be a SHA-256 of 64 hex digits`
		);
	if (current.parties.some((p) => p.party === commit.party))
		return refuse('rejected', round, action, `${commit.party} has already committed to a share`);
	return {
		ok: true,
		round: {
			...round,
			seedCommits: {
				...current,
				parties: [...current.parties, { party: commit.party, hash: commit.hash, at: ctx.now }]
			}
		},
		events: [{ kind: 'seed-committed', data: { party: commit.party, hash: commit.hash } }],
		effects: []
	};
}
