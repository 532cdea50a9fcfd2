import { leaves, defaults, redact } from '../config/index.js';
import { loadCommandConfig } from '../loadCommandConfig.js';
import type { Command } from '../types.js';

const table = leaves(defaults)
	.map(
		(l) =>
			`  --${l.path.padEnd(28)} ${l.env.padEnd(36)} default ${JSON.stringify(l.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], defaults))}`
	)
	.join('\n');

/** `resourceos config`: the effective configuration, secrets redacted, after every layer. */
export const configCommand: Command = {
	name: 'config',
	summary: 'Show the effective configuration (secrets redacted) and every setting',
	usage: `Usage: resourceos config [--config FILE] [--key.path=value ...]\n\nSettings (flag, environment variable, default):\n${table}`,
	async run(args, io) {
		const config = await loadCommandConfig(args, io);
		io.stdout.write(`${JSON.stringify(redact(config), null, 2)}\n`);
		return 0;
	}
};
