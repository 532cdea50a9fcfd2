import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Newest modification time under a folder (ms), test files aside. */
function newest(dir: string): number {
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => !e.name.endsWith('.test.ts'))
		.reduce(
			(m, e) =>
				Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
			0
		);
}

/** The folders the console's server bundles: a change in the core makes the build stale as much as one in web/. */
const SOURCES = ['web', 'scenarios', 'planner', 'sim', 'data', 'sensors'];

/** For browser tests: builds the console only when build/ is missing or older than its sources (a build takes ~30 s; a check takes milliseconds). */
export function ensureBuilt(): void {
	const handler = join(ROOT, 'build', 'handler.js');
	const sources = Math.max(...SOURCES.map((d) => newest(join(ROOT, d))));
	if (existsSync(handler) && statSync(handler).mtimeMs >= sources) return;
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'ignore' });
}
