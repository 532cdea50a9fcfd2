import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import {
	auditLedger,
	ledgerPath,
	readLedgerCopy,
	type Anchor,
	type AuditVerdict
} from '../../../data/ledger/index.js';
import { InputError, parseOrThrow } from '../../../data/schema/index.js';
import { loadConfig } from '../../config/index.js';
import { numberFlag } from '../../numberFlag.js';
import { parseFlags } from '../../parseFlags.js';
import { requireStoreFile } from '../../requireStoreFile.js';
import type { Command } from '../../types.js';
import { dataDirFlag, namingFlag, switchFlag } from '../../flagSchemas.js';

const Hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'should be 64 hex digits'));
const Flags = v.strictObject({
	ledger: v.optional(namingFlag('a ledger file')),
	dataDir: dataDirFlag,
	head: v.optional(
		v.pipe(
			v.string('should be a signed head file, SIZE:ROOT as printed, or a 64-digit chain head'),
			v.nonEmpty('should be a signed head file, SIZE:ROOT as printed, or a 64-digit chain head')
		)
	),
	entries: v.optional(numberFlag({ min: 0, integer: true })),
	json: switchFlag
});

const SignedHeadFile = v.strictObject({
	size: v.pipe(v.number(), v.integer(), v.minValue(0)),
	root: Hex64,
	chainHead: Hex64,
	at: v.string(),
	publicKey: v.pipe(v.string(), v.base64('should be base64')),
	signature: v.pipe(v.string(), v.base64('should be base64'))
});

/** `--head`: a signed head file (from `round head`, an invitation run, a witness), `SIZE:ROOT` as printed, or a bare chain head hash. */
async function readAnchor(text: string): Promise<Anchor> {
	if (/^[0-9a-f]{64}$/.test(text)) return { kind: 'chain-head', hash: text };
	const printed = /^(\d+):([0-9a-f]{64})$/.exec(text);
	if (printed) return { kind: 'printed-head', size: Number(printed[1]), root: printed[2]! };
	let json: unknown;
	try {
		json = JSON.parse(await readFile(text, 'utf8'));
	} catch (error) {
		throw new InputError('resourceos verify audit', [
			{
				path: '--head',
				expected: `should be a signed head file, SIZE:ROOT as printed, or a 64-digit chain head (${(error as Error).message})`,
				received: text
			}
		]);
	}
	return { kind: 'signed-head', head: parseOrThrow(SignedHeadFile, json, text) };
}

function print(verdict: AuditVerdict, path: string): string {
	switch (verdict.status) {
		case 'intact':
			return `intact: ${verdict.entries} entries in ${path}, anchored by ${verdict.anchoredBy}\nhead: ${verdict.entries}:${verdict.root}\n`;
		case 'unanchored':
			return [
				`NOT ANCHORED: the chain and the tables of ${path} agree (${verdict.entries} entries), but nothing kept`,
				' outside this database vouches for them: its operator could have rewritten the whole log.\n',
				'Compare with a head printed on an invitation or result sheet, or kept by a witness:',
				' --head FILE or --head SIZE:ROOT\n',
				`head: ${verdict.entries}:${verdict.root}\n`
			].join('');
		case 'broken': {
			const lines = verdict.problems.map(
				(p) => `  ${p.where}${p.round ? ` (${p.round})` : ''}: ${p.message}\n`
			);
			return `BROKEN: ${verdict.problems.length} problems in ${path}\n${lines.join('')}`;
		}
	}
}

/** `resourceos verify audit`: the chain, every table it vouches for, and the log's agreement with a head kept outside the database. */
export const auditSubcommand: Command = {
	name: 'audit',
	summary:
		'Recompute the audit log, recount every tally, check the tables against it and against a head you kept',
	usage: `Usage: resourceos verify audit [--ledger FILE | --dataDir DIR] [--head FILE | --head SIZE:ROOT | --head HASH] [--entries N] [--json]

  --ledger FILE   the ledger to check (default: <dataDir>/ledger.sqlite)
  --dataDir DIR   the data folder (default: the dataDir setting, "var")
  --head ...      what you kept from outside the operator's database: a signed head file
                  (resourceos round head, a witness), SIZE:ROOT as printed on invitations and
                  results, or the 64-digit chain head hash; catches cut-off and rewritten entries
  --entries N     the number of entries you saw published (catches a cut-off tail only)
  --json          print the verdict as JSON

Exit code 0 when intact and anchored, 1 when broken, 2 for bad input,
3 when consistent but not anchored (no --head: it cannot be called intact).`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'verify audit');
		const dataDir = flags.dataDir ?? (await loadConfig({ env: io.env, flags: {} })).dataDir;
		const path = flags.ledger ?? ledgerPath(dataDir);
		const anchor = flags.head !== undefined ? await readAnchor(flags.head) : undefined;
		const { entries, tables } = readLedgerCopy(
			requireStoreFile(path, flags.ledger ? '--ledger' : '--dataDir', 'verify audit')
		);
		let verdict: AuditVerdict = auditLedger(entries, tables, anchor);
		// A count catches a cut-off tail but vouches for no content: it never makes a log intact by itself.
		if (flags.entries !== undefined && entries.length < flags.entries) {
			const cut = {
				where: 'anchor',
				message: [
					`the log has ${entries.length} entries, ${flags.entries - entries.length} fewer than published:`,
					`entries #${entries.length + 1}..#${flags.entries} were cut off`
				].join(' ')
			};
			verdict = {
				status: 'broken',
				entries: entries.length,
				problems: [...(verdict.status === 'broken' ? verdict.problems : []), cut]
			};
		}
		io.stdout.write(flags.json ? `${JSON.stringify({ ledger: path, ...verdict })}\n` : print(verdict, path));
		return verdict.status === 'intact' ? 0 : verdict.status === 'broken' ? 1 : 3;
	}
};
