import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Thrown when a server the tests need is not installed; under CI=true that fails the run. */
export class MissingBinaryError extends Error {
	readonly retryable = false;
	constructor(
		readonly binary: string,
		readonly debianPackage: string
	) {
		super(`${binary} is not installed: install the Debian package '${debianPackage}' (apt-get install ${debianPackage})`);
		this.name = 'MissingBinaryError';
	}
}

const SEARCH = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin'];

/** The absolute path of `binary` on PATH (or the usual sbin folders), or undefined. */
export function findBinary(binary: string, path = process.env.PATH ?? ''): string | undefined {
	for (const dir of [...path.split(delimiter).filter(Boolean), ...SEARCH]) {
		const candidate = join(dir, binary);
		try {
			accessSync(candidate, constants.X_OK);
			return candidate;
		} catch {
			// not here; keep looking
		}
	}
	return undefined;
}

/**
 * Whether a test needing `binary` can run here. Under CI=true a missing binary throws, so CI never
 * silently skips; elsewhere the caller skips and says why.
 */
export function haveBinary(binary: string, debianPackage: string, env = process.env): boolean {
	if (findBinary(binary)) return true;
	if (env.CI === 'true') throw new MissingBinaryError(binary, debianPackage);
	console.warn(`skipping: ${new MissingBinaryError(binary, debianPackage).message}`);
	return false;
}

/** The path of `binary`, or a MissingBinaryError naming the Debian package to install. */
export function requireBinary(binary: string, debianPackage: string): string {
	const found = findBinary(binary);
	if (!found) throw new MissingBinaryError(binary, debianPackage);
	return found;
}
