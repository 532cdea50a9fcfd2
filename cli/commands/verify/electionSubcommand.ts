import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { exportElection, readElection } from '../../../data/ledger/election/index.js';
import { readLedgerCopy, verifyChain } from '../../../data/ledger/index.js';
import { InputError, parseOrThrow } from '../../../data/schema/index.js';
import {
	describeProblem,
	electionRecordSchema,
	verifyElection,
	type ElectionRecord
} from '../../../scenarios/ballot/election/index.js';
import { parseFlags } from '../../parseFlags.js';
import { requireStoreFile } from '../../requireStoreFile.js';
import type { Command } from '../../types.js';
import { switchFlag } from '../../flagSchemas.js';

const Flags = v.strictObject({
	record: v.optional(
		v.pipe(v.string('should name the election record file'), v.nonEmpty('should name a file'))
	),
	ledger: v.optional(v.pipe(v.string('should name a ledger copy'), v.nonEmpty('should name a file'))),
	election: v.optional(
		v.pipe(v.string('should name the election'), v.regex(/^[\w.-]+\/stage-\d+$/, 'should be ROUND/stage-N'))
	),
	json: switchFlag
});

type Source = { record: ElectionRecord; problems: string[] } | { exit: number };

/** The record from a published file, or read back from a ledger copy's audit log (its chain checked too). */
function loadRecord(flags: v.InferOutput<typeof Flags>, io: Parameters<Command['run']>[1]): Source {
	if ((flags.record === undefined) === (flags.ledger === undefined) || (flags.ledger && !flags.election))
		throw new InputError('resourceos verify election', [
			{
				path: '--record/--ledger',
				expected: 'should be --record FILE, or --ledger FILE with --election ROUND/stage-N',
				received: ''
			}
		]);
	if (flags.ledger) {
		const { entries } = readLedgerCopy(requireStoreFile(flags.ledger, '--ledger', 'verify election'));
		const chain = verifyChain(entries);
		const state = readElection(entries, flags.election!);
		if (!state) {
			io.stderr.write(`${flags.ledger}: no election ${flags.election} in the audit log\n`);
			return { exit: 1 };
		}
		const problems = [...state.problems];
		if (chain.status === 'broken')
			problems.unshift(`the audit log: entry #${chain.seq} (${chain.problem}): ${chain.message}`);
		return { record: exportElection(state), problems };
	}
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(flags.record!, 'utf8'));
	} catch (error) {
		io.stderr.write(`--record ${JSON.stringify(flags.record)}: ${(error as Error).message}\n`);
		return { exit: 2 };
	}
	return { record: parseOrThrow(electionRecordSchema, json, flags.record!), problems: [] };
}

/** `resourceos verify election`: checks an encrypted election from its public record alone. */
export const electionSubcommand: Command = {
	name: 'election',
	summary:
		'Re-check an encrypted vote from its public record: signatures, proofs, the homomorphic totals, the trustees’ decryptions, the result',
	usage: `Usage: resourceos verify election --record FILE.json [--json]
       resourceos verify election --ledger COPY.sqlite --election ROUND/stage-N [--json]

  --record FILE    the election's public record (manifest, ballot box, partial decryptions, result)
  --ledger FILE    or a copy of the ledger: the record is read from its audit log, whose chain is checked too
  --json           print the outcome as JSON

Exit code 0 when every check passes, 1 when one fails, 2 for bad input.`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'verify election');
		const source = loadRecord(flags, io);
		if ('exit' in source) return source.exit;
		const { record, problems } = source;
		const check = verifyElection(record);
		const ok = check.status === 'valid' && problems.length === 0;
		if (flags.json) io.stdout.write(`${JSON.stringify({ ...check, log: problems })}\n`);
		else if (check.status === 'valid' && ok) {
			const result = record.manifest.options.map((o, i) => `${o} ${check.result[i]}`).join(', ');
			const counted = `${check.counted} ballots counted (${check.replaced} replaced by a later ballot)`;
			io.stdout.write(`verified: ${counted}; result ${result}\n`);
			// The list is only as good as this key: compare it with the one the authority published itself.
			io.stdout.write(
				`credential list signed by the credential authority ${record.manifest.authority.publicKey}\n`
			);
		} else {
			for (const p of problems) io.stdout.write(`FAIL  ${p}\n`);
			if (check.status === 'invalid')
				for (const p of check.problems) io.stdout.write(`FAIL  ${describeProblem(p)}\n`);
			io.stdout.write('NOT verified\n');
		}
		return ok ? 0 : 1;
	}
};
