export type { BallotOption, BallotPage, CastOutcome } from './types.js';
export { ballotPage } from './ballotPage.js';
export { castVote } from './castVote.js';
export { CodeForm, VoteForm } from './voteSchema.js';
export { confirmChoice, type Confirmation } from './confirmChoice.js';
export { showReceipt } from './showReceipt.js';
