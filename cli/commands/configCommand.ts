import { leaves, defaults, redact } from '../config/index.js';
import { loadCommandConfig } from '../loadCommandConfig.js';
import type { Command } from '../types.js';

const defaultAt = (path: string) =>
	path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], defaults);
const table = leaves(defaults)
	.map((l) => `  --${l.path.padEnd(28)} ${l.env.padEnd(36)} default ${JSON.stringify(defaultAt(l.path))}`)
	.join('\n');

/** Settings whose meaning the table cannot show. */
const notes = [
	'http.publicUrl: the console address in invitation links (codes.csv, run-off files), e.g. https://vote.example.org/;',
	"  empty = where the console listens, http://{http.host}:{http.port}/ (this machine's name for 0.0.0.0 or ::)."
].join('\n');

/** `resourceos config`: the effective configuration, secrets redacted, after every layer. */
export const configCommand: Command = {
	name: 'config',
	summary: 'Show the effective configuration (secrets redacted) and every setting',
	usage: `Usage: resourceos config [--config FILE] [--key.path=value ...]\n\nSettings (flag, environment variable, default):\n${table}\n\n${notes}`,
	async run(args, io) {
		const config = await loadCommandConfig(args, io);
		io.stdout.write(`${JSON.stringify(redact(config), null, 2)}\n`);
		return 0;
	}
};
