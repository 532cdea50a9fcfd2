import * as v from 'valibot';
import { exportElection } from '../../../data/ledger/election/index.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { electionIdFlag, writePublic } from './electionFiles.js';
import { withElectionLedger } from './withElectionLedger.js';
import { dataDirFlag } from '../../flagSchemas.js';

const Flags = v.strictObject({
	election: electionIdFlag,
	out: v.pipe(v.string('should name the record file'), v.nonEmpty()),
	dataDir: dataDirFlag
});

/**
 * `election export`: the election's public record, read from the audit log alone (manifest, box,
 * trustees' decryptions, result): what trustees decrypt and what `verify election` checks.
 */
export const exportStep: Command = {
	name: 'export',
	summary: 'Anyone with the ledger: the public record from the audit log (for trustees and verify election)',
	usage: 'Usage: resourceos election export --election ROUND/stage-N --out record.json [--dataDir DIR]',
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election export');
		const state = await withElectionLedger(io, flags.dataDir, (e) => e.read(flags.election));
		if (!state) {
			io.stderr.write(`no election ${flags.election} in the ledger\n`);
			return 1;
		}
		for (const p of state.problems) io.stderr.write(`log: ${p}\n`);
		await writePublic(flags.out, exportElection(state));
		const when = state.result ? 'decrypted' : state.closed ? 'closed' : 'open';
		io.stdout.write(`${flags.election} (${when}, ${state.ballots.length} ballots) in ${flags.out}\n`);
		return state.problems.length > 0 ? 1 : 0;
	}
};
