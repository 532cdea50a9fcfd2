import { randomBytes } from 'node:crypto';
import * as v from 'valibot';
import { InputError } from '../../../data/schema/index.js';
import {
	electionRecordSchema,
	encryptedTotals,
	partialDecrypt,
	scalarFrom,
	verificationKey
} from '../../../scenarios/ballot/election/index.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { readJsonFile } from '../../../data/schema/node/readJsonFile.js';
import { keyFileSchema, writePublic } from './electionFiles.js';

const Flags = v.strictObject({
	key: v.pipe(v.string('should name your key file'), v.nonEmpty()),
	record: v.pipe(v.string('should name the exported record'), v.nonEmpty()),
	out: v.pipe(v.string('should name the output file'), v.nonEmpty())
});

/**
 * `election decrypt`: after the close, trustee j recomputes the encrypted totals from the exported
 * box itself (checking every ballot, so it never decrypts a total it has not checked) and publishes
 * its partial decryption of each total with a proof that it used its key share. No ballot is decrypted.
 */
export const decryptStep: Command = {
	name: 'decrypt',
	summary: 'Trustee: your partial decryption of the totals (never of a ballot), with proofs',
	usage: `Usage: resourceos election decrypt --key key-J.json --record record.json --out partial-J.json

  --record FILE    the closed election's public record (resourceos election export)
  --out FILE       your partial decryption with its proofs: give it to the operator`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election decrypt');
		const key = await readJsonFile(keyFileSchema, flags.key);
		const { manifest, ballots } = await readJsonFile(electionRecordSchema, flags.record);
		const mine = manifest.trustees.some((t) => t.index === key.index)
			? verificationKey(manifest.trustees, key.index).toHex()
			: undefined;
		if (key.election !== manifest.id || mine !== key.verificationKey)
			throw new InputError(flags.key, [
				{
					path: 'index',
					expected: `should be a key share of this manifest's trustees (${manifest.id})`,
					received: key.index
				}
			]);
		const totals = encryptedTotals(manifest, ballots);
		const partial = partialDecrypt(manifest, totals.totals, key.index, scalarFrom(key.share), (n) =>
			randomBytes(n)
		);
		await writePublic(flags.out, partial);
		const left =
			totals.problems.length > 0
				? `; ${totals.problems.length} not counted (verify election names them)`
				: '';
		io.stdout.write(
			`trustee ${key.index}: partial decryption of ${totals.counted} ballots' totals in ${flags.out}${left}\n`
		);
		return 0;
	}
};
