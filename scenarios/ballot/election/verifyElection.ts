import { checkDecryptions, combineDecryptions, encryptedTotals } from './tallyElection.js';
import { manifestListSigned } from './credentialList.js';
import { checkTrusteeCommitment, jointPublicKey } from './trustees.js';
import type { ElectionCheck, ElectionProblem, ElectionRecord } from './types.js';

/**
 * Checks a whole election from its public record alone, as any observer can: every trustee's
 * commitment and the joint key, the credential authority's signature over the credential list,
 * every ballot's signature and proofs, the homomorphic totals, every trustee's decryption proof,
 * and that the published result is what they decrypt to.
 */
export function verifyElection(record: ElectionRecord): ElectionCheck {
	const { manifest } = record;
	const problems: ElectionProblem[] = [];
	for (const t of manifest.trustees) {
		const message = checkTrusteeCommitment(manifest.id, t, manifest.threshold);
		if (message) problems.push({ kind: 'bad-trustee', trustee: t.index, message });
	}
	if (problems.length === 0 && jointPublicKey(manifest.trustees) !== manifest.publicKey)
		problems.push({ kind: 'bad-public-key' });
	if (!manifestListSigned(manifest))
		problems.push({ kind: 'bad-credential-list', authority: manifest.authority.publicKey });
	if (problems.length > 0) return { status: 'invalid', problems };
	const totals = encryptedTotals(manifest, record.ballots);
	problems.push(...totals.problems);
	const decryptions = checkDecryptions(manifest, totals.totals, record.decryptions);
	problems.push(...decryptions.problems);
	let result: number[] | { need: number; have: number };
	try {
		result = combineDecryptions(manifest, totals.totals, decryptions.good);
	} catch (error) {
		problems.push({ kind: 'undecryptable', message: (error as Error).message });
		return { status: 'invalid', problems };
	}
	if (!Array.isArray(result)) {
		problems.push({ kind: 'too-few-trustees', ...result });
		return { status: 'invalid', problems };
	}
	result.forEach((computed, option) => {
		const published = record.result[option];
		if (published !== computed)
			problems.push({ kind: 'result-mismatch', option, published: published ?? -1, computed });
	});
	return problems.length > 0
		? { status: 'invalid', problems }
		: { status: 'valid', counted: totals.counted, replaced: totals.replaced, result };
}
