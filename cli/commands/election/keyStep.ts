import * as v from 'valibot';
import { InputError } from '../../../data/schema/index.js';
import { combineShares, scalarHex, verificationKey } from '../../../scenarios/ballot/election/index.js';
import { numberFlag } from '../../numberFlag.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { readJsonFile } from '../../../data/schema/node/readJsonFile.js';
import { checkedCommitments } from './checkedCommitments.js';
import { fileListFlag, shareFileSchema, writePrivate } from './electionFiles.js';

const Flags = v.strictObject({
	index: numberFlag({ min: 1, max: 99, integer: true }),
	commitments: fileListFlag,
	shares: fileListFlag,
	out: v.pipe(v.string('should name the key file'), v.nonEmpty())
});

/**
 * `election key`: trustee j checks the share every dealer sent it against that dealer's published
 * commitments (a bad share is named, so the council can exclude its dealer) and keeps the sum: its
 * key share. Nobody, this trustee included, ever holds the whole election key.
 */
export const keyStep: Command = {
	name: 'key',
	summary: 'Trustee: check the shares dealt to you and keep your key share',
	usage: `Usage: resourceos election key --index J --commitments c1.json,… --shares s1.json,… --out key-J.json

  --commitments    every trustee's published commitment-I.json
  --shares         the share-I-for-J.json each trustee handed you (yours included)
  --out FILE       your key share (private, mode 600); its public verification key is printed`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election key');
		const { election, commitments } = await checkedCommitments(flags.commitments);
		const shares = await Promise.all(flags.shares.map((f) => readJsonFile(shareFileSchema, f)));
		const byDealer = commitments.map((c) => {
			const share = shares.find((s) => s.from === c.index && s.to === flags.index && s.election === election);
			if (!share)
				throw new InputError('resourceos election key', [
					{
						path: '--shares',
						expected: `should include trustee ${c.index}'s share for trustee ${flags.index} in ${election}`,
						received: flags.shares.join(',')
					}
				]);
			return share.share;
		});
		let share: bigint;
		try {
			share = combineShares(commitments, flags.index, byDealer);
		} catch (error) {
			io.stderr.write(`${(error as Error).message}: ask the council to exclude that dealer and deal again\n`);
			return 1;
		}
		const key = verificationKey(commitments, flags.index).toHex();
		await writePrivate(flags.out, {
			election,
			index: flags.index,
			share: scalarHex(share),
			verificationKey: key
		});
		io.stdout.write(
			`trustee ${flags.index}: every share checks; key share in ${flags.out}; verification key ${key}\n`
		);
		return 0;
	}
};
