import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parseOrThrow } from '../../../data/schema/index.js';
import {
	describeProblem,
	electionRecordSchema,
	verifyElection
} from '../../../scenarios/ballot/election/index.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';

const Flags = v.strictObject({
	record: v.pipe(v.string('should name the election record file'), v.nonEmpty('should name a file')),
	json: v.optional(v.literal(true, 'takes no value'))
});

/** `resourceos verify election`: checks an encrypted election from its public record alone. */
export const electionSubcommand: Command = {
	name: 'election',
	summary:
		'Re-check an encrypted vote from its public record: signatures, proofs, the homomorphic totals, the trustees’ decryptions, the result',
	usage: `Usage: resourceos verify election --record FILE.json [--json]

  --record FILE    the election's public record (manifest, ballot box, partial decryptions, result)
  --json           print the outcome as JSON

Exit code 0 when every check passes, 1 when one fails, 2 for bad input.`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'verify election');
		let text: string;
		try {
			text = readFileSync(flags.record, 'utf8');
		} catch (error) {
			io.stderr.write(`--record ${JSON.stringify(flags.record)}: ${(error as Error).message}\n`);
			return 2;
		}
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			io.stderr.write(`${flags.record}: not JSON (${(error as Error).message})\n`);
			return 2;
		}
		const record = parseOrThrow(electionRecordSchema, json, flags.record);
		const check = verifyElection(record);
		if (flags.json) io.stdout.write(`${JSON.stringify(check)}\n`);
		else if (check.status === 'valid')
			io.stdout.write(
				`verified: ${check.counted} ballots counted (${check.replaced} replaced by a later ballot); result ${record.manifest.options.map((o, i) => `${o} ${check.result[i]}`).join(', ')}\n`
			);
		else {
			for (const p of check.problems) io.stdout.write(`FAIL  ${describeProblem(p)}\n`);
			io.stdout.write('NOT verified\n');
		}
		return check.status === 'valid' ? 0 : 1;
	}
};
