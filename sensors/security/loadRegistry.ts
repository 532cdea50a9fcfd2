import { readFile } from 'node:fs/promises';
import { parseOrThrow } from '../../data/schema/index.js';
import { hashPassword } from './mosquittoPassword.js';
import { RegistryFile } from './registrySchema.js';
import type { GatewayRegistry } from './types.js';

/** Validates a registry (parsed JSON); plain passwords are hashed here and never kept. Throws an InputError naming `source`. */
export function parseRegistry(input: unknown, source: string): GatewayRegistry {
	const file = parseOrThrow(RegistryFile, input, source);
	const hashed = (e: { password?: string; passwordHash?: string }) =>
		e.passwordHash ?? hashPassword(e.password!);
	return {
		ingest: file.ingest.map((e) => ({ username: e.username, passwordHash: hashed(e) })),
		gateways: file.gateways.map((g) => ({
			region: g.region,
			site: g.site,
			gateway: g.gateway,
			username: g.username,
			intervalSeconds: g.intervalSeconds,
			passwordHash: hashed(g)
		}))
	};
}

/** Reads and validates the registry file at `path`. */
export async function loadRegistry(path: string): Promise<GatewayRegistry> {
	let json: unknown;
	try {
		json = JSON.parse(await readFile(path, 'utf8'));
	} catch (error) {
		throw new Error(`gateway registry ${path}: ${(error as Error).message}`, { cause: error });
	}
	return parseRegistry(json, path);
}
