import * as v from 'valibot';
import {
	checkDecryptions,
	combineDecryptions,
	describeProblem,
	encryptedTotals,
	type ElectionRecord
} from '../../../scenarios/ballot/election/index.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { readJson } from '../round/roundIO.js';
import {
	ballotBoxSchema,
	fileListFlag,
	manifestSchema,
	partialDecryptionSchema,
	writePublic
} from './electionFiles.js';

const Flags = v.strictObject({
	manifest: v.pipe(v.string('should name the manifest'), v.nonEmpty()),
	box: v.pipe(v.string('should name the ballot box file'), v.nonEmpty()),
	partials: fileListFlag,
	out: v.pipe(v.string('should name the record file'), v.nonEmpty())
});

/**
 * `election tally`: the totals are recomputed from the box, the trustees' partial decryptions checked
 * against their verification keys, and the counts recovered; the public record is written for
 * anyone to check with `resourceos verify election`.
 */
export const tallyStep: Command = {
	name: 'tally',
	summary: 'Operator: combine the trustees’ partial decryptions into the result and the public record',
	usage: `Usage: resourceos election tally --manifest manifest.json --box box.json --partials p1.json,… --out record.json`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election tally');
		const manifest = await readJson(manifestSchema, flags.manifest);
		const ballots = await readJson(ballotBoxSchema, flags.box);
		const decryptions = await Promise.all(flags.partials.map((f) => readJson(partialDecryptionSchema, f)));
		const totals = encryptedTotals(manifest, ballots);
		const { good, problems } = checkDecryptions(manifest, totals.totals, decryptions);
		for (const p of [...totals.problems, ...problems]) io.stderr.write(`not used: ${describeProblem(p)}\n`);
		const result = combineDecryptions(manifest, totals.totals, good);
		if (!Array.isArray(result)) {
			io.stderr.write(`only ${result.have} valid partial decryptions; ${result.need} are needed\n`);
			return 1;
		}
		const record: ElectionRecord = { manifest, ballots, decryptions: good, result };
		await writePublic(flags.out, record);
		const shown = manifest.options.map((o, i) => `${o} ${result[i]}`).join(', ');
		io.stdout.write(`result ${shown} (${totals.counted} ballots counted); public record in ${flags.out}\n`);
		return 0;
	}
};
