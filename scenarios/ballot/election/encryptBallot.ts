import { publicKeyOf, signWith } from './credentials.js';
import { optionContext, signedBytes, sumContext } from './electionHash.js';
import { dleqProofHex, proveDleq } from './dleqProof.js';
import { G, mod, mulSecret, Point, pointFrom, pointHex, randomScalar } from './group.js';
import type { ElectionManifest, EncryptedOption, RandomBytes, SignedBallot } from './types.js';
import { proveZeroOrOne, zeroOrOneProofHex } from './zeroOrOneProof.js';

/**
 * Encrypts a choice on the voter's device: a 1 for the chosen option and a 0 for every other, each
 * with a proof that it is 0 or 1, a proof that they add up to exactly 1, and the credential's
 * signature. `election` is `electionHash(manifest)`. Runs in the browser: no I/O, no Node APIs.
 */
export function encryptBallot(
	manifest: ElectionManifest,
	election: string,
	choice: number,
	credentialSecret: string,
	random: RandomBytes
): SignedBallot {
	if (!Number.isInteger(choice) || choice < 0 || choice >= manifest.options.length)
		throw new RangeError(`choice ${choice} is not an option index (0…${manifest.options.length - 1})`);
	const Y = pointFrom(manifest.publicKey);
	Y.precompute(8);
	const credential = publicKeyOf(credentialSecret);
	let rSum = 0n;
	const options: EncryptedOption[] = manifest.options.map((_, index) => {
		const m: 0 | 1 = index === choice ? 1 : 0;
		const r = randomScalar(random);
		rSum = mod(rSum + r);
		const a = mulSecret(G, r);
		const b = mulSecret(Y, r).add(m === 1 ? G : Point.ZERO);
		const p = proveZeroOrOne(optionContext(election, credential, index), Y, a, b, m, r, random);
		return { a: pointHex(a), b: pointHex(b), proof: zeroOrOneProofHex(p) };
	});
	const A = mulSecret(G, rSum);
	const sum = proveDleq(sumContext(election, credential), rSum, Y, A, mulSecret(Y, rSum), random);
	const unsigned = { election, credential, options, sumProof: dleqProofHex(sum) };
	return { ...unsigned, signature: signWith(credentialSecret, signedBytes(unsigned)) };
}
