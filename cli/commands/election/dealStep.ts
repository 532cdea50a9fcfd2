import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { InputError } from '../../../data/schema/index.js';
import { dealTrustee } from '../../../scenarios/ballot/election/index.js';
import { numberFlag } from '../../numberFlag.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { electionIdFlag, writePrivate, writePublic } from './electionFiles.js';

const Flags = v.strictObject({
	election: electionIdFlag,
	index: numberFlag({ min: 1, max: 99, integer: true }),
	threshold: numberFlag({ min: 1, max: 99, integer: true }),
	trustees: numberFlag({ min: 1, max: 99, integer: true }),
	out: v.pipe(v.string('should name a folder'), v.nonEmpty())
});

/**
 * `election deal`: trustee i's first step of the key ceremony (Pedersen's DKG), on the trustee's
 * own machine. Publishes its Feldman commitments with a proof of knowledge of its secret, and writes
 * one secret share per trustee, each to be handed to that trustee alone.
 */
export const dealStep: Command = {
	name: 'deal',
	summary: 'Trustee: deal your part of the election key (public commitments, one private share per trustee)',
	usage: `Usage: resourceos election deal --election ROUND/stage-N --index I --threshold T --trustees N --out DIR

  --index I        your trustee number, 1…N (as the council numbered its members)
  --threshold T    how many trustees must take part in the decryption (e.g. 3 of 5)
  --out DIR        writes DIR/commitment-I.json (publish it) and DIR/share-I-for-J.json for
                   every trustee J (private, mode 600: hand each to trustee J alone, keep your own)`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election deal');
		if (flags.threshold > flags.trustees || flags.index > flags.trustees)
			throw new InputError('resourceos election deal', [
				{
					path: '--threshold/--index',
					expected: `should be at most --trustees ${flags.trustees}`,
					received: `${flags.threshold}/${flags.index}`
				}
			]);
		const dealer = dealTrustee(flags.election, flags.index, flags.threshold, (n) => randomBytes(n));
		await mkdir(flags.out, { recursive: true });
		const { election, threshold, trustees, index } = flags;
		const commitmentFile = join(flags.out, `commitment-${index}.json`);
		await writePublic(commitmentFile, { election, threshold, trustees, commitment: dealer.commitment });
		for (let to = 1; to <= trustees; to++)
			await writePrivate(join(flags.out, `share-${index}-for-${to}.json`), {
				election,
				from: index,
				to,
				share: dealer.shareFor(to)
			});
		io.stdout.write(
			`trustee ${index} of ${trustees} dealt: publish ${commitmentFile}; hand share-${index}-for-J.json to trustee J\n`
		);
		return 0;
	}
};
