import type { Role } from '../../../../data/accounts/index.js';
import type { CouncilAction } from './types.js';

/**
 * Who does what, following the decision loop: analysts bring the planner's scenarios, the council runs
 * the procedure, experts review (as themselves), the ethics council strikes (in its own name).
 * Operators run sensors and gateways and have no say in a round. Panelists vote with their code only.
 */
export const permissions: Readonly<Record<Role, readonly CouncilAction[]>> = {
	analyst: ['create'],
	council: [
		'open-review',
		'close-review',
		'return',
		'commit-panel',
		'commit-seed',
		'open-vote',
		'open-election',
		'close-vote'
	],
	expert: ['submit-review'],
	// Ethics members may also hold a share of the panel's seed, so that no one body chooses it; they are
	// the encrypted election's trustees, and hand in their partial decryptions (made on their own machines).
	ethics: ['strike', 'commit-seed', 'decrypt-election'],
	operator: []
};

/** Whether someone with `role` (undefined: not signed in) may take `action`. */
export function may(role: Role | undefined, action: CouncilAction): boolean {
	return role !== undefined && permissions[role].includes(action);
}
