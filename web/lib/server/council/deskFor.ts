import type { Account } from '../../../../data/accounts/index.js';
import { allowedActions, type Round } from '../../../../scenarios/round/index.js';
import { permissions } from '../auth/permissions.js';
import type { CouncilAction } from '../auth/types.js';

/**
 * The forms to offer `viewer` on a round's page: what their role may do and the round's state
 * allows, narrowed where the round already knows the answer (an expert not drawn, a panel already
 * committed). The server checks again on submit; this only keeps useless buttons off the page.
 */
export function deskFor(round: Round, viewer: Account | undefined): readonly CouncilAction[] {
	if (!viewer) return [];
	const reviewed = new Set(round.reviews.map((r) => r.expertId));
	return (allowedActions[round.state] as readonly CouncilAction[])
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
