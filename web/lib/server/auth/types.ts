import type { Role } from '../../../../data/accounts/index.js';

/** What a signed-in person can do to a decision round in the console; one per step of `resourceos round`. */
export type CouncilAction =
	| 'create'
	| 'open-review'
	| 'submit-review'
	| 'close-review'
	| 'strike'
	| 'return'
	| 'commit-panel'
	| 'commit-seed'
	| 'open-vote'
	| 'open-election'
	| 'decrypt-election'
	| 'close-vote';

export const councilActions: readonly CouncilAction[] = [
	'create',
	'open-review',
	'submit-review',
	'close-review',
	'strike',
	'return',
	'commit-panel',
	'commit-seed',
	'open-vote',
	'open-election',
	'decrypt-election',
	'close-vote'
];

/** A sign-in attempt's outcome. */
export type SignInOutcome =
	| { readonly status: 'signed-in'; readonly token: string; readonly expires: number }
	| { readonly status: 'refused'; readonly field: 'id' | 'password'; readonly message: string }
	| { readonly status: 'throttled'; readonly retryAfterS: number };

export type { Role };
