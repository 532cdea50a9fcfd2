import type { Account } from '../../../../data/accounts/index.js';
import { allowedActions, type Round } from '../../../../scenarios/round/index.js';
import type { ElectionView } from '../../../../scenarios/round/types.js';
import { permissions } from '../auth/permissions.js';
import type { CouncilAction } from '../auth/types.js';

/**
 * The forms to offer `viewer` on a round's page: what their role may do and the round's state
 * allows, narrowed where the round already knows the answer (an expert not drawn, a panel already
 * committed, an election already published or already decrypted: `electionState`, the chain's view of
 * an election). The server checks again on submit; this only keeps useless buttons off the page.
 */
export function deskFor(
	round: Round,
	viewer: Account | undefined,
	electionState: (election: string) => ElectionView | undefined = () => undefined
): readonly CouncilAction[] {
	if (!viewer) return [];
	const reviewed = new Set(round.reviews.map((r) => r.expertId));
	// An encrypted stage opens its ballot box once, from the trustees' and the authority's public files;
	// once closed, its trustees hand in their partial decryptions until the result is chained.
	const stageElection = round.state === 'panel-vote' ? round.stages.at(-1)?.election : undefined;
	const election = stageElection === undefined ? undefined : electionState(stageElection);
	const electionSteps: readonly CouncilAction[] =
		stageElection === undefined
			? []
			: !election
				? ['open-election']
				: election.closed && !election.result
					? ['decrypt-election']
					: [];
	const offered = [...(allowedActions[round.state] as readonly CouncilAction[]), ...electionSteps];
	return offered
		.filter((a) => permissions[viewer.role].includes(a))
		.filter((a) => {
			switch (a) {
				case 'submit-review':
					return round.reviewers.includes(viewer.id) && !reviewed.has(viewer.id);
				case 'commit-panel':
					return !round.committed && !round.panel;
				case 'commit-seed':
					return !(round.seedCommits?.parties ?? []).some((c) => c.party === viewer.id);
				case 'open-vote':
					return round.committed !== undefined;
				default:
					return true;
			}
		});
}
