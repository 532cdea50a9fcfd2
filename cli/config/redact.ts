import { secretPaths } from './schema.js';
import type { Config } from './types.js';

/** A copy of the configuration fit to log or show: every secret that is set becomes `[redacted]`. */
export function redact(config: Config): Config {
	const copy = structuredClone(config) as unknown as Record<string, Record<string, unknown>>;
	for (const path of secretPaths) {
		const keys = path.split('.');
		let node: Record<string, unknown> = copy;
		for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
		const last = keys.at(-1)!;
		if (node[last]) node[last] = '[redacted]';
	}
	return copy as unknown as Config;
}
