import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import * as v from 'valibot';
import { InputError } from '../../../data/schema/index.js';
import {
	ballotReceipt,
	checkSignedBallot,
	credentialFromCode,
	electionHash,
	encryptBallot,
	prepareElection,
	describeProblem
} from '../../../scenarios/ballot/election/index.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { readJson } from '../round/roundIO.js';
import { ballotBoxSchema, manifestSchema } from './electionFiles.js';

const Flags = v.strictObject({
	manifest: v.pipe(v.string('should name the manifest'), v.nonEmpty()),
	box: v.pipe(v.string('should name the ballot box file'), v.nonEmpty()),
	code: v.pipe(v.string('should be the code from the invitation'), v.nonEmpty()),
	choice: v.pipe(v.string('should name an option'), v.nonEmpty())
});

/**
 * `election cast`: a supervised kiosk's ballot (for voters without a phone or JavaScript): encrypts
 * and signs on this machine exactly as the phone does, checks the ballot as the server would, adds
 * it to the box file and prints the receipt. A later ballot of the same code replaces this one.
 */
export const castStep: Command = {
	name: 'cast',
	summary: 'Kiosk: encrypt, sign and add one ballot to a ballot box file; prints the receipt',
	usage: `Usage: resourceos election cast --manifest manifest.json --box box.json --code CODE --choice OPTION

  --box FILE      a JSON array of signed ballots (created when missing)
  --code CODE     the code from the voter's invitation (typed by the voter)
  --choice ID     one of the manifest's options`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election cast');
		const manifest = await readJson(manifestSchema, flags.manifest);
		const choice = manifest.options.indexOf(flags.choice);
		if (choice < 0)
			throw new InputError('resourceos election cast', [
				{
					path: '--choice',
					expected: `should be one of ${manifest.options.join(', ')}`,
					received: flags.choice
				}
			]);
		const box = await readFile(flags.box, 'utf8').then(
			() => readJson(ballotBoxSchema, flags.box),
			() => []
		);
		const credential = credentialFromCode(manifest.id, flags.code);
		const prepared = prepareElection(manifest);
		const ballot = encryptBallot(manifest, electionHash(manifest), choice, credential.secret, (n) =>
			randomBytes(n)
		);
		const { problems } = checkSignedBallot(prepared, ballot, box.length);
		if (problems.length > 0) {
			io.stderr.write(`refused: ${problems.map(describeProblem).join('; ')} (is the code right?)\n`);
			return 1;
		}
		await writeFile(flags.box, `${JSON.stringify([...box, ballot])}\n`);
		io.stdout.write(`receipt ${ballotReceipt(ballot)}\n`);
		return 0;
	}
};
