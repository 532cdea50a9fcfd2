import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { InputError } from '../../../data/schema/index.js';
import { newCredential } from '../../../scenarios/ballot/credentialCode.js';
import { credentialFromCode, signCredentialList } from '../../../scenarios/ballot/election/index.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { readJsonFile } from '../../../data/schema/node/readJsonFile.js';
import { electionIdFlag, writePrivate, writePublic } from './electionFiles.js';

const Flags = v.strictObject({
	election: electionIdFlag,
	panel: v.pipe(v.string('should name the panel file'), v.nonEmpty()),
	out: v.pipe(v.string('should name a folder'), v.nonEmpty()),
	publicUrl: v.pipe(
		v.string('should be the ballot site'),
		v.url('should be a URL like https://vote.example.org/')
	)
});

const panelSchema = v.pipe(
	v.array(v.pipe(v.string('should be a panelist id'), v.regex(/^[\w.-]+$/, 'should be a panelist id'))),
	v.minLength(1, 'should list the panel'),
	v.check((ids) => new Set(ids).size === ids.length, 'should list each panelist once')
);

/**
 * `election credentials`: run by the credential authority, not the operator (Belenios' split). Makes a
 * code per panelist, writes the private invitations (codes exist nowhere else) and the public list
 * the server imports: the panelists and the credentials' public keys, each sorted on its own, so the
 * server learns who may vote and which keys may sign, never which key is whose.
 */
export const credentialsStep: Command = {
	name: 'credentials',
	summary: 'Credential authority: a code per panelist, private invitations, the public credential list',
	usage: `Usage: resourceos election credentials --election ROUND/stage-N --panel panel.json --out DIR --publicUrl URL

  --panel FILE      the panel's ids, as a JSON array (the revealed panel of the round)
  --out DIR         writes DIR/invitations.csv (private, mode 600: panelist,code,link) and
                    DIR/credentials.json (public: give it to the operator), signed by a key
                    made for this election alone, whose public half it prints
  --publicUrl URL   the ballot site printed on the invitations (the link carries no code)`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'election credentials');
		const panel = await readJsonFile(panelSchema, flags.panel);
		const issued = panel.map((panelist) => {
			const { code } = newCredential(randomBytes(16));
			return { panelist, code, publicKey: credentialFromCode(flags.election, code).publicKey };
		});
		// The link names the election, never the code (which would end up in browser histories and logs).
		const link = new URL(`ballot/${flags.election}`, flags.publicUrl).href;
		await mkdir(flags.out, { recursive: true });
		const invitations = join(flags.out, 'invitations.csv');
		const rows = issued.map((c) => `${c.panelist},${c.code},${link}`);
		try {
			await writePrivate(invitations, `panelist,code,link\n${rows.join('\n')}\n`);
		} catch (error) {
			throw new InputError('resourceos election credentials', [
				{
					path: '--out',
					expected: `should not hold invitations already (${(error as Error).message})`,
					received: flags.out
				}
			]);
		}
		// A key of the authority's for this election alone: it signs the list once and is then forgotten,
		// so nobody can sign another list for this election later; its public half is published.
		const credentials = issued.map((c) => c.publicKey).sort();
		const { publicKey: authority, signature } = signCredentialList(
			flags.election,
			credentials,
			randomBytes(32).toString('hex')
		);
		const list = {
			election: flags.election,
			panelists: [...panel].sort(),
			credentials,
			authority,
			signature
		};
		const listFile = join(flags.out, 'credentials.json');
		await writePublic(listFile, list);
		io.stdout.write(
			`${issued.length} credentials for ${flags.election}: invitations (private) ${invitations}, public list ${listFile}\n` +
				`credential authority's key (publish it yourself, e.g. on the invitations): ${authority}\n`
		);
		return 0;
	}
};
