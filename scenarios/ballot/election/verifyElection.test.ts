import { describe, expect, it } from 'vitest';
import { issueCredentials } from './credentials.js';
import { ballotReceipt } from './electionHash.js';
import { encryptBallot } from './encryptBallot.js';
import { signWith } from './credentials.js';
import { optionContext, signedBytes, sumContext } from './electionHash.js';
import { dleqProofHex, proveDleq } from './dleqProof.js';
import { G, mod, mulSecret, pointFrom, pointHex, randomScalar } from './group.js';
import { proveZeroOrOne, zeroOrOneProofHex } from './zeroOrOneProof.js';
import { seededBytes } from './seededBytes.js';
import { testElection } from './testElection.js';
import { combineDecryptions, encryptedTotals, partialDecrypt } from './tallyElection.js';
import type { SignedBallot } from './types.js';
import { verifyElection } from './verifyElection.js';

const random = seededBytes('verify-election-test');
const options = ['equity-first', 'least-transport', 'balanced', 'contest'];
const {
	voters,
	manifest,
	keyShares,
	election,
	ballot,
	publish: publishBy
} = testElection({ id: 'r1/stage-0', options, voters: 7, trustees: 5, threshold: 3 }, random);
const choices = [0, 1, 0, 2, 3, 0, 1];
const ballots = choices.map((c, i) => ballot(i, c));
const publish = (bs: readonly SignedBallot[], trustees = [2, 4, 5]) => publishBy(bs, trustees);

describe('an end-to-end verifiable election', () => {
	it('counts the choices without decrypting any ballot, and anyone can verify the count', () => {
		const record = publish(ballots);
		expect(record.result).toEqual([3, 2, 1, 1]);
		expect(verifyElection(record)).toEqual({
			status: 'valid',
			counted: 7,
			replaced: 0,
			result: [3, 2, 1, 1]
		});
	});

	it('any 3 of the 5 trustees decrypt the same result; 2 cannot', () => {
		expect(publish(ballots, [1, 2, 3]).result).toEqual(publish(ballots, [3, 4, 5]).result);
		const totals = encryptedTotals(manifest, ballots);
		const two = [1, 2].map((t) => partialDecrypt(manifest, totals.totals, t, keyShares.get(t)!, random));
		expect(combineDecryptions(manifest, totals.totals, two)).toEqual({ need: 3, have: 2 });
	});

	it('a receipt is the hash of the signed ballot and differs for the same choice', () => {
		expect(ballotReceipt(ballots[0]!)).toMatch(/^[0-9a-f]{64}$/);
		expect(ballotReceipt(ballots[0]!)).not.toBe(ballotReceipt(ballots[2]!));
	});

	it('a revote before the close replaces the earlier ballot', () => {
		const revote = encryptBallot(manifest, election, 3, voters[0]!.secret, random);
		const record = publish([...ballots, revote]);
		expect(record.result).toEqual([2, 2, 1, 2]);
		expect(verifyElection(record)).toMatchObject({ status: 'valid', counted: 7, replaced: 1 });
	});

	it('refuses a ballot signed by a credential that was never published', () => {
		const [stranger] = issueCredentials(1, random);
		const forged = encryptBallot(manifest, election, 1, stranger!.secret, random);
		const check = verifyElection(publish([...ballots, forged]));
		expect(check).toMatchObject({ status: 'invalid', problems: [{ kind: 'unknown-credential', ballot: 7 }] });
	});

	it('detects a replayed ballot', () => {
		const check = verifyElection(publish([...ballots, ballots[3]!]));
		expect(check).toMatchObject({
			status: 'invalid',
			problems: [{ kind: 'duplicate-ballot', ballot: 7, first: 3 }]
		});
	});

	it('detects a ballot whose ciphertext was swapped after signing', () => {
		const tampered = {
			...ballots[1]!,
			options: [ballots[1]!.options[1]!, ballots[1]!.options[0]!, ...ballots[1]!.options.slice(2)]
		};
		expect(verifyElection(publish([...ballots.slice(0, 1), tampered, ...ballots.slice(2)]))).toMatchObject({
			status: 'invalid',
			problems: [{ kind: 'bad-signature', ballot: 1 }]
		});
	});

	/** What a voter's own modified software could send: any counts per option, validly signed. */
	function forge(counts: readonly number[], voter: number): SignedBallot {
		const Y = pointFrom(manifest.publicKey);
		const credential = voters[voter]!.publicKey;
		let rSum = 0n;
		const opts = counts.map((m, index) => {
			const r = randomScalar(random);
			rSum = mod(rSum + r);
			const a = mulSecret(G, r);
			const b = mulSecret(Y, r).add(mulSecret(G, BigInt(m)));
			const p = proveZeroOrOne(
				optionContext(election, credential, index),
				Y,
				a,
				b,
				m === 0 ? 0 : 1,
				r,
				random
			);
			return { a: pointHex(a), b: pointHex(b), proof: zeroOrOneProofHex(p) };
		});
		const A = mulSecret(G, rSum);
		const sum = proveDleq(sumContext(election, credential), rSum, Y, A, mulSecret(Y, rSum), random);
		const unsigned = {
			election,
			credential,
			options: opts,
			sumProof: dleqProofHex(sum)
		};
		return { ...unsigned, signature: signWith(voters[voter]!.secret, signedBytes(unsigned)) };
	}

	it('the forging helper makes a ballot that verifies when it is honest', () => {
		expect(verifyElection(publish([...ballots.slice(0, 6), forge([0, 1, 0, 0], 6)]))).toMatchObject({
			status: 'valid',
			result: [3, 2, 1, 1]
		});
	});

	it('detects a double choice from a validly signed ballot: the sum proof fails', () => {
		const check = verifyElection(publish([...ballots.slice(0, 6), forge([1, 1, 0, 0], 6)]));
		expect(check).toMatchObject({ status: 'invalid', problems: [{ kind: 'bad-sum-proof', ballot: 6 }] });
	});

	it('detects an option worth 2 votes (or −1) from a validly signed ballot', () => {
		const check = verifyElection(publish([...ballots.slice(0, 6), forge([2, -1, 0, 0], 6)]));
		expect(check).toMatchObject({
			status: 'invalid',
			problems: [
				{ kind: 'bad-option-proof', ballot: 6, option: 0 },
				{ kind: 'bad-option-proof', ballot: 6, option: 1 }
			]
		});
	});

	it("detects a trustee's wrong partial decryption and names the trustee", () => {
		const record = publish(ballots);
		const [first, ...rest] = record.decryptions;
		const lie = { ...first!, shares: first!.shares.map((s, i) => (i === 0 ? { ...s, d: pointHex(G) } : s)) };
		expect(verifyElection({ ...record, decryptions: [lie, ...rest] })).toMatchObject({
			status: 'invalid',
			problems: [
				{ kind: 'bad-decryption', trustee: 2, option: 0 },
				{ kind: 'too-few-trustees', need: 3, have: 2 }
			]
		});
	});

	it('detects a published result that the decryption does not give', () => {
		const record = publish(ballots);
		expect(verifyElection({ ...record, result: [4, 1, 1, 1] })).toMatchObject({
			status: 'invalid',
			problems: [
				{ kind: 'result-mismatch', option: 0, published: 4, computed: 3 },
				{ kind: 'result-mismatch', option: 1, published: 1, computed: 2 }
			]
		});
	});

	it('detects a credential the server added to the list the credential authority signed', () => {
		const [extra] = issueCredentials(1, random);
		const credentials = [...manifest.credentials, extra!.publicKey].sort();
		const check = verifyElection({ ...publish(ballots), manifest: { ...manifest, credentials } });
		expect(check).toMatchObject({
			status: 'invalid',
			problems: [{ kind: 'bad-credential-list', authority: manifest.authority.publicKey }]
		});
	});

	it('detects a manifest whose public key is not the trustees’ joint key', () => {
		const record = publish(ballots);
		const check = verifyElection({ ...record, manifest: { ...manifest, publicKey: pointHex(G) } });
		expect(check).toMatchObject({ status: 'invalid', problems: [{ kind: 'bad-public-key' }] });
	});
});
