import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
	checkSignedBallot,
	electionHash,
	encryptBallot,
	encryptedTotals,
	issueCredentials,
	partialDecrypt,
	prepareElection,
	setUpElection,
	verifyElection,
	type ElectionRecord,
	type SignedBallot
} from '../scenarios/ballot/election/index.js';
import { G, mulPublic, mulSecret, randomScalar } from '../scenarios/ballot/election/group.js';
import { electionLedger } from '../data/ledger/election/index.js';
import { openLedger } from '../data/ledger/index.js';
import type { Benchmark } from './types.js';

const round1 = (x: number) => Math.round(x * 10) / 10;
const quantile = (xs: readonly number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

/** The encryption code the ballot page ships to the phone, minified and gzipped, as esbuild bundles it. */
async function cryptoBundleGzipKB(): Promise<number> {
	const out = await build({
		stdin: {
			contents:
				"export { encryptBallot, electionHash, credentialFromCode } from './scenarios/ballot/election/index.js';",
			resolveDir: process.cwd(),
			loader: 'ts'
		},
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		write: false
	});
	return round1(gzipSync(out.outputFiles[0]!.contents).length / 1024);
}

/** The median time of one ristretto255 variable-base multiplication by a random scalar, in ms. */
function referenceMultiplicationMs(random: (n: number) => Uint8Array): number {
	const times: number[] = [];
	let p = mulSecret(G, randomScalar(random));
	for (let i = 0; i < 200; i++) {
		const k = randomScalar(random);
		const t = performance.now();
		p = mulPublic(p, k);
		times.push(performance.now() - t);
	}
	return quantile(times, 0.5);
}

/** `[panel] [arrivalSeconds] [--out FILE]`; anything else is refused. */
function readArgs(args: readonly string[]): { panel: number; arrivalSeconds: number; out?: string } {
	const positional: number[] = [];
	let out: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '--out' && args[i + 1]) out = args[++i];
		else if (/^\d+$/.test(a)) positional.push(Number(a));
		else
			throw new Error(
				`bench ballot: unknown argument ${JSON.stringify(a)}; takes [panel] [arrivalSeconds] [--out FILE]`
			);
	}
	return { panel: positional[0] ?? 500, arrivalSeconds: positional[1] ?? 60, out };
}

/**
 * A panel of 500 votes with encrypted ballots: the voters' encryption, each ballot's check as the
 * server accepts it while ballots arrive over 60 s, the homomorphic tally with a 3-of-5 threshold
 * decryption, and a full public verification. Flags: [panel] [arrivalSeconds] [--out FILE].
 */
export const ballotBench: Benchmark = {
	name: 'ballot',
	summary:
		'Encrypted ballot: 500 ballots checked as they arrive over 60 s (p99), homomorphic tally and 3-of-5 decryption, public verification, JS size',
	async run(log, args) {
		const { panel, arrivalSeconds, out } = readArgs(args);
		const random = (n: number) => new Uint8Array(randomBytes(n));
		const options = ['equity-first', 'least-transport', 'balanced', 'most-resilient', 'contest'];
		const voters = issueCredentials(panel, random);
		let t = performance.now();
		const { manifest, keyShares } = setUpElection(
			{
				id: 'bench/stage-0',
				options,
				trustees: 5,
				threshold: 3,
				credentials: voters.map((v) => v.publicKey),
				maxVotes: panel
			},
			random
		);
		log(`key ceremony of 5 trustees (threshold 3) in ${round1(performance.now() - t)} ms`);
		const election = electionHash(manifest);

		t = performance.now();
		const ballots = voters.map((v, i) =>
			encryptBallot(manifest, election, i % options.length, v.secret, random)
		);
		const encryptMs = (performance.now() - t) / panel;
		log(`${panel} ballots encrypted, ${round1(encryptMs)} ms each (the phone's work, on this machine)`);

		// The server's cast as the ballot page does it: the ledger reads the election back from its audit
		// log, checks the ballot against the manifest and chains it (an in-memory ledger: no disk wait).
		const ledger = openLedger(':memory:');
		const elections = electionLedger(ledger);
		elections.publish(manifest, 0);
		const prepared = prepareElection(manifest);
		const box: SignedBallot[] = [];
		const latencies: number[] = [];
		const checks: number[] = [];
		await new Promise<void>((done) => {
			ballots.forEach((ballot, i) => {
				const arrival = performance.now() + (i * arrivalSeconds * 1000) / panel;
				setTimeout(
					() => {
						const cast = elections.cast(manifest.id, ballot, i);
						if (cast.status === 'refused') throw new Error(`ballot ${i} refused: ${cast.reason}`);
						box.push(ballot);
						latencies.push(performance.now() - arrival);
						if (latencies.length === panel) done();
					},
					(i * arrivalSeconds * 1000) / panel
				);
			});
		});
		// The proof check alone, on a sample, to show what the ledger's reading adds.
		for (const ballot of box.slice(0, 100)) {
			const c = performance.now();
			checkSignedBallot(prepared, ballot, 0);
			checks.push(performance.now() - c);
		}
		const castP99Ms = round1(quantile(latencies, 0.99));
		const checkP99Ms = round1(quantile(checks, 0.99));
		const castP50Ms = round1(quantile(latencies, 0.5));
		const latency = `p50 ${castP50Ms} ms, p99 ${castP99Ms} ms (the proof check alone: p99 ${checkP99Ms} ms)`;
		log(`cast through the ledger: ${panel} ballots over ${arrivalSeconds} s, ${latency}`);

		// The tally as the server makes it: close the box, the homomorphic totals from the chain (each
		// ballot was checked at its cast, not again), three trustees' partial decryptions, and the ledger's
		// decrypt step (every partial's proofs checked, the counts combined and chained). A trustee's own
		// check of the exported box before decrypting costs what the public verification below costs.
		t = performance.now();
		elections.close(manifest.id, 1);
		const chained = elections.read(manifest.id)!.ballots;
		const totals = encryptedTotals(manifest, chained, { checkedAtCast: true });
		const decryptions = [1, 3, 5].map((j) =>
			partialDecrypt(manifest, totals.totals, j, keyShares.get(j)!, random)
		);
		const decrypted = elections.decrypt(manifest.id, decryptions, 2);
		const tallySeconds = round1((performance.now() - t) / 1000);
		ledger.close();
		if (decrypted.status !== 'done' || !decrypted.result) throw new Error('the trustees did not decrypt');
		const result = [...decrypted.result];
		log(`tally: ${result.join(' / ')} in ${tallySeconds} s`);
		const expected = options.map((_, o) => voters.filter((_, i) => i % options.length === o).length);
		if (result.join() !== expected.join())
			throw new Error(`tally ${result} differs from the votes cast ${expected}`);

		const record: ElectionRecord = { manifest, ballots: box, decryptions, result };
		if (out) writeFileSync(out, JSON.stringify(record));
		t = performance.now();
		const check = verifyElection(record);
		const verifySeconds = round1((performance.now() - t) / 1000);
		if (check.status !== 'valid')
			throw new Error(`verification failed: ${JSON.stringify(check.problems[0])}`);
		log(`public verification of ${panel} ballots in ${verifySeconds} s`);

		const ballotJsGzipKB = await cryptoBundleGzipKB();
		log(`encryption code for the phone: ${ballotJsGzipKB} KB gzipped`);
		// The reference measured in this run: one variable-base multiplication, the unit a ballot check is made of.
		const mulMs = referenceMultiplicationMs(random);
		const castP99InMultiplications = round1(castP99Ms / mulMs);
		log(
			`reference: one variable-base multiplication ${Math.round(mulMs * 1000) / 1000} ms; cast p99 = ${castP99InMultiplications} of them`
		);
		return {
			castP99Ms,
			checkP99Ms,
			tallySeconds,
			verifySeconds,
			ballotJsGzipKB,
			encryptMsPerBallot: round1(encryptMs),
			referenceMultiplicationMs: Math.round(mulMs * 1000) / 1000,
			castP99InMultiplications
		};
	}
};
