import { randomBytes } from 'node:crypto';
import * as v from 'valibot';
import { InputError } from '../../../data/schema/index.js';
import { credentialFromCode, electionHash, encryptBallot } from '../../../scenarios/ballot/election/index.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { electionIdFlag } from './electionFiles.js';
import { withElectionLedger } from './withElectionLedger.js';
import { dataDirFlag } from '../../flagSchemas.js';

const Flags = v.strictObject({
	election: electionIdFlag,
	code: v.pipe(v.string('should be the code from the invitation'), v.nonEmpty()),
	choice: v.pipe(v.string('should name an option'), v.nonEmpty()),
	dataDir: dataDirFlag
});

/**
 * `election cast`: a supervised kiosk's ballot, for a voter without a phone or JavaScript. Encrypts
 * and signs here exactly as the phone does and puts the ballot in the box (the ledger checks it like
 * any other); prints the receipt. A later ballot with the same code replaces this one at the tally.
 */
export const castStep: Command = {
	name: 'cast',
	summary: 'Kiosk: encrypt, sign and cast one ballot into the box; prints the receipt',
	usage: `Usage: resourceos election cast --election ROUND/stage-N --code CODE --choice OPTION [--dataDir DIR]

  --code CODE     the code from the voter's invitation (typed by the voter)
  --choice ID     one of the manifest's options`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election cast');
		return withElectionLedger(io, flags.dataDir, (elections) => {
			const state = elections.read(flags.election);
			if (!state) {
				io.stderr.write(`refused: no election ${flags.election}\n`);
				return 1;
			}
			const { manifest } = state;
			const choice = manifest.options.indexOf(flags.choice);
			if (choice < 0)
				throw new InputError('resourceos election cast', [
					{
						path: '--choice',
						expected: `should be one of ${manifest.options.join(', ')}`,
						received: flags.choice
					}
				]);
			const { secret } = credentialFromCode(manifest.id, flags.code);
			const ballot = encryptBallot(manifest, electionHash(manifest), choice, secret, (n) => randomBytes(n));
			const cast = elections.cast(flags.election, ballot, Date.now());
			if (cast.status === 'refused') {
				io.stderr.write(`refused: ${cast.reason} (is the code right?)\n`);
				return 1;
			}
			io.stdout.write(`receipt ${cast.receipt}\n`);
			return 0;
		});
	}
};
