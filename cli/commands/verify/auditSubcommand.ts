import * as v from 'valibot';
import { ledgerPath, readAuditLog, verifyChain } from '../../../data/ledger/index.js';
import { loadConfig } from '../../config/index.js';
import { numberFlag } from '../../numberFlag.js';
import { parseFlags } from '../../parseFlags.js';
import { requireStoreFile } from '../../requireStoreFile.js';
import type { Command } from '../../types.js';

const Flags = v.strictObject({
	ledger: v.optional(v.pipe(v.string('should name a ledger file'), v.nonEmpty('should name a ledger file'))),
	dataDir: v.optional(v.pipe(v.string('should name a folder'), v.nonEmpty('should name a folder'))),
	head: v.optional(
		v.pipe(
			v.string('should be a 64-digit hex hash'),
			v.regex(/^[0-9a-f]{64}$/, 'should be a 64-digit hex hash')
		)
	),
	entries: v.optional(numberFlag({ min: 0, integer: true })),
	json: v.optional(v.literal(true, 'takes no value'))
});

/** `resourceos verify audit`: recomputes the audit log's hash chain and names the first altered, removed or reordered entry. */
export const auditSubcommand: Command = {
	name: 'audit',
	summary: 'Recompute the audit log hash chain; report the first altered, removed or reordered entry',
	usage: `Usage: resourceos verify audit [--ledger FILE | --dataDir DIR] [--head HASH] [--entries N] [--json]

  --ledger FILE   the ledger to check (default: <dataDir>/ledger.sqlite)
  --dataDir DIR   the data folder (default: the dataDir setting, "var")
  --head HASH     the head hash you saw published; catches entries cut off the end
  --entries N     the number of entries you saw published; same purpose
  --json          print the report as JSON

Exit code 0 when the chain is intact, 1 when it is broken, 2 for bad input.`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'verify audit');
		const dataDir = flags.dataDir ?? (await loadConfig({ env: io.env, flags: {} })).dataDir;
		const path = flags.ledger ?? ledgerPath(dataDir);
		const entries = readAuditLog(
			requireStoreFile(path, flags.ledger ? '--ledger' : '--dataDir', 'verify audit')
		);
		const report = verifyChain(entries, {
			...(flags.head ? { head: flags.head } : {}),
			...(flags.entries !== undefined ? { entries: flags.entries } : {})
		});
		if (flags.json) io.stdout.write(`${JSON.stringify({ ledger: path, ...report })}\n`);
		else if (report.status === 'intact')
			io.stdout.write(`intact: ${report.entries} entries in ${path}\nhead: ${report.head}\n`);
		else
			io.stdout.write(
				`BROKEN at entry #${report.seq} (${report.problem}): ${report.message}\nledger: ${path}\n`
			);
		return report.status === 'intact' ? 0 : 1;
	}
};
