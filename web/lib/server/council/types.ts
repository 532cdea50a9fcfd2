import type { CouncilAction } from '../auth/types.js';

/** What a council form did: the round's new state, or why nothing happened. Field names match the form's inputs. */
export type CouncilOutcome =
	| {
			readonly status: 'done';
			readonly action: CouncilAction;
			readonly round: string;
			readonly state: string;
			/** Where the new one-time codes were written (mode 600), for printing or mail-merge; never shown in the page. */
			readonly invitations?: { readonly count: number; readonly file: string };
			/** A trustee's partial decryption chained: how many are in of the threshold, and the result once decrypted. */
			readonly decryption?: {
				readonly election: string;
				readonly trustees: number;
				readonly threshold: number;
				readonly result?: readonly { readonly option: string; readonly votes: number }[];
			};
	  }
	| { readonly status: 'forbidden'; readonly action: string }
	| {
			readonly status: 'bad-input';
			readonly action: string;
			readonly field: string;
			readonly message: string;
	  }
	| { readonly status: 'refused'; readonly action: string; readonly message: string };
