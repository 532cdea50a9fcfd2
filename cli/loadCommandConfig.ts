import { InputError } from '../data/schema/index.js';
import { loadConfig, type Config } from './config/index.js';
import { readFlags } from './parseFlags.js';
import type { CliIO } from './types.js';

/**
 * The configuration for a command that takes settings as flags (`--http.port=9000`,
 * `--config file.json`); every other flag must be a setting.
 */
export async function loadCommandConfig(args: readonly string[], io: CliIO): Promise<Config> {
	const { flags, positionals } = readFlags(args);
	if (positionals.length > 0)
		throw new InputError('arguments', [
			{
				path: positionals[0]!,
				expected: 'is not expected; settings are flags like --http.port=9000',
				received: positionals[0]
			}
		]);
	const { config: file, ...rest } = flags;
	const settings: Record<string, string> = {};
	for (const [key, value] of Object.entries(rest)) settings[key] = String(value);
	if (file === undefined) return loadConfig({ env: io.env, flags: settings });
	if (typeof file !== 'string')
		throw new InputError('arguments', [
			{ path: '--config', expected: 'should name a JSON file', received: file }
		]);
	return loadConfig({ file, env: io.env, flags: settings });
}
