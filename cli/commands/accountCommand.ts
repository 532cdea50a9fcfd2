import { randomBytes } from 'node:crypto';
import * as v from 'valibot';
import { accountsPath, openAccounts, roles } from '../../data/accounts/index.js';
import { loadConfig } from '../config/index.js';
import { parseFlags } from '../parseFlags.js';
import { subcommandOf } from '../subcommandOf.js';
import type { Command } from '../types.js';
import { dataDirFlag } from '../flagSchemas.js';

const Flags = v.strictObject({
	dataDir: dataDirFlag,
	id: v.optional(
		v.pipe(
			v.string('should be an account id'),
			v.regex(/^[A-Za-z0-9._-]{1,64}$/, 'should be 1-64 letters, digits, dot, dash or underscore')
		)
	),
	name: v.optional(v.pipe(v.string('should be a name'), v.nonEmpty('should be a name'))),
	role: v.optional(v.picklist(roles, `should be one of ${roles.join(', ')}`))
});

const USAGE = `Usage: resourceos account <step> [--dataDir DIR]

Steps:
  add   --id ID --name "Full Name" --role ROLE   an account for the console; prints a new random password once
  list                                           every account, with its role

Roles: ${roles.join(', ')}. An expert's id is their id on the expert roster; an ethics member's id is the
name their strikes carry. Panelists have no accounts: they vote with the code from their invitation.`;

const STEPS = ['add', 'list'] as const;

/** `resourceos account`: console accounts, kept in <dataDir>/accounts.sqlite (never in the ledger). */
export const accountCommand: Command = {
	name: 'account',
	summary: 'Console accounts for the council, experts, ethics members, analysts and operators',
	usage: USAGE,
	subcommands: STEPS,
	async run(args, io) {
		const { name: step, rest } = subcommandOf(args, STEPS, 'account');
		const { flags } = parseFlags(Flags, rest, `account ${step}`);
		const dataDir = flags.dataDir ?? (await loadConfig({ env: io.env, flags: {} })).dataDir;
		const accounts = openAccounts(accountsPath(dataDir));
		try {
			if (step === 'list') {
				for (const a of accounts.list()) io.stdout.write(`${a.role}\t${a.id}\t${a.name}\n`);
				return 0;
			}
			const missing = (['id', 'name', 'role'] as const).filter((k) => flags[k] === undefined);
			if (missing.length > 0) {
				io.stderr.write(`resourceos account add: ${missing.map((k) => `--${k}`).join(', ')} required\n`);
				return 2;
			}
			// A generated password: 128 random bits, so no one picks a weak one; hand it over in person.
			const password = randomBytes(16).toString('base64url');
			const added = await accounts.add({ id: flags.id!, name: flags.name!, role: flags.role! }, password);
			if (added.status === 'exists') {
				io.stderr.write(`resourceos account add: --id ${JSON.stringify(flags.id)} is taken\n`);
				return 1;
			}
			io.stdout.write(`account ${flags.id} (${flags.role}) added; password (shown once): ${password}\n`);
			return 0;
		} finally {
			accounts.close();
		}
	}
};
