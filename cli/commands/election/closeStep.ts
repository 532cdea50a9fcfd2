import * as v from 'valibot';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { electionIdFlag } from './electionFiles.js';
import { withElectionLedger } from './withElectionLedger.js';
import { dataDirFlag } from '../../flagSchemas.js';

const Flags = v.strictObject({ election: electionIdFlag, dataDir: dataDirFlag });

/** `election close`: no ballot is accepted after; the count of ballots in the box is chained. */
export const closeStep: Command = {
	name: 'close',
	summary: 'Operator: close the ballot box (its ballot count is chained; then export for the trustees)',
	usage: 'Usage: resourceos election close --election ROUND/stage-N [--dataDir DIR]',
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election close');
		const closed = await withElectionLedger(io, flags.dataDir, (e) => e.close(flags.election, Date.now()));
		if (closed.status === 'refused') {
			io.stderr.write(`refused: ${closed.reason}\n`);
			return 1;
		}
		io.stdout.write(`${flags.election} closed with ${closed.ballots} ballots\n`);
		return 0;
	}
};
