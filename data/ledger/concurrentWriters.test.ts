import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { openLedger } from './openLedger.js';

const HELPER = fileURLToPath(new URL('./cases/appendMany.ts', import.meta.url));

it('keeps one intact chain when two processes write the same ledger at once', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-ledger-'));
	const path = join(dir, 'ledger.sqlite');
	openLedger(path).close();
	const run = (label: string) =>
		new Promise<number | null>((resolve) =>
			spawn(process.execPath, ['--import', 'tsx', HELPER, path, '3000', label], { stdio: 'inherit' }).on(
				'exit',
				resolve
			)
		);
	expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0]);
	const ledger = openLedger(path);
	expect(ledger.verify()).toMatchObject({ status: 'intact', entries: 6000 });
	ledger.close();
	rmSync(dir, { recursive: true, force: true });
});
