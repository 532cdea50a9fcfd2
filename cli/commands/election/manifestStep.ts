import * as v from 'valibot';
import { electionHash } from '../../../scenarios/ballot/election/index.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { assembleManifest } from './assembleManifest.js';
import { fileListFlag, writePublic } from './electionFiles.js';
import { withElectionLedger } from './withElectionLedger.js';
import { dataDirFlag } from '../../flagSchemas.js';

const Flags = v.strictObject({
	options: v.pipe(
		v.string('should list the options'),
		v.transform((s) => s.split(',').map((o) => o.trim())),
		v.check(
			(os) => os.length >= 2 && os.every((o) => /^[\w.-]+$/.test(o)),
			'should be 2 or more option ids, comma-separated'
		),
		v.check((os) => new Set(os).size === os.length, 'should name each option once')
	),
	commitments: fileListFlag,
	credentials: v.pipe(v.string('should name the credential list'), v.nonEmpty()),
	out: v.pipe(v.string('should name the manifest file'), v.nonEmpty()),
	dataDir: dataDirFlag
});

/**
 * `election manifest`: the operator assembles what the election publishes before the vote, from
 * the trustees' commitments (each checked) and the credential authority's public list, and chains
 * it in the audit log (the ballot box opens). The phone encrypts to its key; every hash and
 * signature is bound to its hash.
 */
export const manifestStep: Command = {
	name: 'manifest',
	summary: 'Operator: the election manifest from the trustees’ commitments and the public credential list',
	usage: `Usage: resourceos election manifest --options a,b,contest --commitments c1.json,… --credentials credentials.json --out manifest.json [--dataDir DIR]

  --options        the ballot's options in order (the standing scenarios, then contest)
  --commitments    every trustee's commitment-I.json
  --credentials    the credential authority's public list (credentials.json)
  --out FILE       the manifest, also chained in the ledger's audit log: the ballot box is open`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election manifest');
		const { manifest } = await assembleManifest(flags.options, flags.commitments, flags.credentials);
		const { id: election, threshold, trustees } = manifest;
		const published = await withElectionLedger(io, flags.dataDir, (e) => e.publish(manifest, Date.now()));
		if (published.status === 'refused') {
			io.stderr.write(`refused: ${published.reason}\n`);
			return 1;
		}
		await writePublic(flags.out, manifest);
		io.stdout.write(
			`manifest of ${election} in ${flags.out}: ${threshold} of ${trustees.length} trustees, ${manifest.maxVotes} credentials; hash ${electionHash(manifest)}\n`
		);
		return 0;
	}
};
