import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Thrown when a server the tests need is not installed; under CI=true that fails the run. */
export class MissingBinaryError extends Error {
	readonly retryable = false;
	constructor(
		readonly binary: string,
		readonly debianPackage: string
	) {
		super(
			`${binary} is not installed: install the Debian package '${debianPackage}' (apt-get install ${debianPackage})`
		);
		this.name = 'MissingBinaryError';
	}
}

/**
 * The one list of binaries the tests and benchmarks run, with their Debian packages. `.ci/run`
 * installs exactly these, so a binary asked for here but missing from the list cannot drift.
 */
export function requiredBinaries(): ReadonlyMap<string, string> {
	const text = readFileSync(new URL('./debian-packages.tsv', import.meta.url), 'utf8');
	const rows = text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => line.split('\t') as [string, string]);
	return new Map(rows);
}

/** The Debian package of a listed binary; an unlisted one is a bug in the test that asks for it. */
function packageOf(binary: string): string {
	const pkg = requiredBinaries().get(binary);
	if (!pkg) throw new Error(`${binary} is not in harness/debian-packages.tsv: add it so .ci/run installs it`);
	return pkg;
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
export function haveBinary(binary: string, env = process.env): boolean {
	const debianPackage = packageOf(binary);
	if (findBinary(binary)) return true;
	if (env.CI === 'true') throw new MissingBinaryError(binary, debianPackage);
	console.warn(`skipping: ${new MissingBinaryError(binary, debianPackage).message}`);
	return false;
}

/** The path of `binary`, or a MissingBinaryError naming the Debian package to install. */
export function requireBinary(binary: string): string {
	const found = findBinary(binary);
	if (!found) throw new MissingBinaryError(binary, packageOf(binary));
	return found;
}
