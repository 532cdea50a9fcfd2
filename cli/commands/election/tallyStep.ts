import * as v from 'valibot';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { readJsonFile } from '../../../data/schema/node/readJsonFile.js';
import { electionIdFlag, fileListFlag, partialDecryptionSchema } from './electionFiles.js';
import { withElectionLedger } from './withElectionLedger.js';
import { dataDirFlag } from '../../flagSchemas.js';

const Flags = v.strictObject({ election: electionIdFlag, partials: fileListFlag, dataDir: dataDirFlag });

/**
 * `election tally`: chains the trustees' partial decryptions that pass their proofs against the
 * totals made from the chained box (a bad one is refused by name, never used), then the result.
 */
export const tallyStep: Command = {
	name: 'tally',
	summary: 'Operator: chain the trustees’ partial decryptions and the result they give',
	usage: `Usage: resourceos election tally --election ROUND/stage-N --partials p1.json,… [--dataDir DIR]

Export the record again afterwards (resourceos election export) and publish it for verify election.`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election tally');
		const partials = await Promise.all(flags.partials.map((f) => readJsonFile(partialDecryptionSchema, f)));
		return withElectionLedger(io, flags.dataDir, (elections) => {
			const tallied = elections.decrypt(flags.election, partials, Date.now());
			if (tallied.status === 'refused') {
				io.stderr.write(`refused: ${tallied.reason}\n`);
				return 1;
			}
			for (const r of tallied.refused) io.stderr.write(`not used: ${r}\n`);
			if (!tallied.result) {
				io.stdout.write(`${flags.election}: partial decryptions recorded; more trustees are needed\n`);
				return 1;
			}
			const { manifest } = elections.read(flags.election)!;
			const shown = manifest.options.map((o, i) => `${o} ${tallied.result![i]}`).join(', ');
			io.stdout.write(`${flags.election}: result ${shown}\n`);
			return 0;
		});
	}
};
