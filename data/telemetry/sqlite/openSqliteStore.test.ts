import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { telemetryStoreContract } from '../contract.js';
import { StoreUnavailableError } from '../types.js';
import { openSqliteStore } from './openSqliteStore.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

telemetryStoreContract('sqlite', async () => openSqliteStore({ path: join(dir, `store-${n++}.sqlite`) }));

describe('openSqliteStore', () => {
	it('keeps readings across close and reopen (a file in WAL mode)', async () => {
		const path = join(dir, 'reopen.sqlite');
		const a = openSqliteStore({ path });
		const r = {
			region: 'r',
			site: 's',
			gateway: 'g',
			resource: 'water',
			quantity: 'stock' as const,
			time: 1_000,
			value: 5,
			seq: 1
		};
		await a.write([r]);
		await a.close();
		const b = openSqliteStore({ path });
		expect(await b.latest({})).toEqual([r]);
		await b.close();
	});

	it('refuses work after close with a retryable StoreUnavailableError', async () => {
		const s = openSqliteStore({ path: join(dir, 'closed.sqlite') });
		await s.close();
		await expect(s.latest({})).rejects.toBeInstanceOf(StoreUnavailableError);
	});
});
