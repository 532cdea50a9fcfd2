import type { ElectionProblem } from './types.js';

/** One plain line per problem, naming the ballot, option or trustee (ballots are numbered from 1). */
export function describeProblem(p: ElectionProblem): string {
	switch (p.kind) {
		case 'unknown-credential':
			return `ballot ${p.ballot + 1}: signed by ${p.credential.slice(0, 16)}…, which is not a published credential`;
		case 'bad-signature':
			return `ballot ${p.ballot + 1}: the signature does not match the ballot`;
		case 'wrong-election':
			return `ballot ${p.ballot + 1}: made for another election (${p.election.slice(0, 16)}…)`;
		case 'bad-option-proof':
			return `ballot ${p.ballot + 1}, option ${p.option + 1}: the proof that it encrypts 0 or 1 fails`;
		case 'bad-sum-proof':
			return `ballot ${p.ballot + 1}: the proof that it holds exactly one choice fails`;
		case 'malformed':
			return `ballot ${p.ballot + 1}: malformed (${p.message})`;
		case 'duplicate-ballot':
			return `ballot ${p.ballot + 1}: a replay of ballot ${p.first + 1}`;
		case 'bad-trustee':
			return `trustee ${p.trustee}: ${p.message}`;
		case 'bad-public-key':
			return 'the election key is not the joint key of the published trustees';
		case 'bad-credential-list':
			return `the credential list is not the one its authority (${p.authority.slice(0, 16)}…) signed`;
		case 'bad-decryption':
			return `trustee ${p.trustee}: the partial decryption of option ${p.option + 1} fails its proof`;
		case 'too-few-trustees':
			return `only ${p.have} valid partial decryptions; ${p.need} are needed`;
		case 'undecryptable':
			return `the totals do not decrypt to counts: ${p.message}`;
		case 'result-mismatch':
			return `option ${p.option + 1}: published ${p.published}, the decryption gives ${p.computed}`;
	}
}
