import { join } from 'node:path';
import * as v from 'valibot';
import { verifyDraw } from '../../../scenarios/sortition/index.js';
import { createWorkerSolver } from '../../../scenarios/sortition/node/workerSolver.js';
import { drawFiles, readDraw, readPool, readQuotas } from '../panel/panelFiles.js';
import { parseFlags } from '../../parseFlags.js';
import type { Command } from '../../types.js';
import { namingFlag, switchFlag } from '../../flagSchemas.js';

const Flags = v.strictObject({
	draw: v.pipe(
		v.string('should name the published draw folder'),
		v.nonEmpty('should name the published draw folder')
	),
	pool: v.optional(namingFlag('a CSV file')),
	quotas: v.optional(namingFlag('a JSON file')),
	noRerun: switchFlag,
	json: switchFlag
});

/** `resourceos verify panel`: checks a published sortition draw from its published pool, quotas, panel list and seed. */
export const panelSubcommand: Command = {
	name: 'panel',
	summary:
		'Re-check a panel draw: digests, commitment, every panel against the quotas, the seed, and a full re-run',
	usage: `Usage: resourceos verify panel --draw DIR [--pool FILE.csv] [--quotas FILE.json] [--noRerun] [--json]

  --draw DIR       the published draw folder (commitment.json, lottery.json, reveal.json)
  --pool FILE      the published pool (default DIR/${drawFiles.pool}); its digest must match the commitment
  --quotas FILE    the published quotas (default DIR/${drawFiles.quotas})
  --noRerun        skip re-running the optimisation (the other checks take a second; the re-run as long as the draw)
  --json           print the checks as JSON

Exit code 0 when every check passes, 1 when one fails, 2 for bad input.`,
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'verify panel');
		const published = readDraw(flags.draw);
		const pool = readPool(flags.pool ?? join(flags.draw, drawFiles.pool), {}, false, () => {});
		const quotas = readQuotas(flags.quotas ?? join(flags.draw, drawFiles.quotas));
		const solver = flags.noRerun ? undefined : createWorkerSolver();
		try {
			const result = await verifyDraw(pool, quotas, published, solver);
			if (flags.json) io.stdout.write(`${JSON.stringify(result)}\n`);
			else {
				for (const c of result.checks) io.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}\n`);
				io.stdout.write(result.ok ? `verified: ${published.commitment.hash}\n` : `NOT verified\n`);
			}
			return result.ok ? 0 : 1;
		} finally {
			await solver?.close();
		}
	}
};
