export type * from './types.js';
export { sealedBallotPage } from './sealedBallotPage.js';
export { castSealedBallot } from './castSealedBallot.js';
export { electionRecord } from './electionRecord.js';
export { sealedBox } from './sealedBox.js';
