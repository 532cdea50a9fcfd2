import type { Account } from '../../../../data/accounts/index.js';
import { allowedActions, type Round } from '../../../../scenarios/round/index.js';
import { permissions } from '../auth/permissions.js';
import type { CouncilAction } from '../auth/types.js';

/**
 * The forms to offer `viewer` on a round's page: what their role may do and the round's state
 * allows, narrowed where the round already knows the answer (an expert not drawn, a panel already
 * committed, an election already published: `published`). The server checks again on submit; this
 * only keeps useless buttons off the page.
 */
export function deskFor(
	round: Round,
	viewer: Account | undefined,
	published: (election: string) => boolean = () => false
): readonly CouncilAction[] {
	if (!viewer) return [];
	const reviewed = new Set(round.reviews.map((r) => r.expertId));
	// An encrypted stage opens its ballot box once, from the trustees' and the authority's public files.
	const stageElection = round.state === 'panel-vote' ? round.stages.at(-1)?.election : undefined;
	const election = stageElection !== undefined && !published(stageElection);
	const offered = [
		...(allowedActions[round.state] as readonly CouncilAction[]),
		...(election ? (['open-election'] as const) : [])
	];
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
