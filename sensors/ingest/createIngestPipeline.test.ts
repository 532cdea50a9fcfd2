import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import { encodeReadings, topicOf } from '../protocol/index.js';
import { createIngestPipeline } from './createIngestPipeline.js';
import { openDeadLetters } from './openDeadLetters.js';
import { defaults } from './types.js';
import { waterOnlyContext as context } from '../testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const A = { region: 'north-lake', site: 'depot-1', gateway: 'fast-clock' };
const B = { region: 'north-lake', site: 'depot-2', gateway: 'never-spoke' };
const C = { region: 'delta', site: 'port-3', gateway: 'left' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('createIngestPipeline: who is silent, by ingest’s clock', () => {
	it('flags a silent gateway whose own clock runs 4 minutes fast, a registered gateway that never spoke, and a Last Will', async () => {
		let now = Date.UTC(2026, 0, 1);
		const store = openSqliteStore({ path: join(dir, 't.sqlite') });
		const pipeline = await createIngestPipeline(
			{ store, deadLetters: openDeadLetters(':memory:'), context, registered: [A, B, C] },
			{
				...defaults,
				spoolDir: join(dir, 'spool'),
				fsync: false,
				batchDelayMs: 1,
				expectedIntervalMs: 10_000
			},
			{ log: pino({ level: 'silent' }), now: () => now }
		);
		const fast = now + 4 * 60_000;
		await pipeline.accept(
			topicOf(A, 'readings'),
			bytes(encodeReadings(1, [{ resource: 'water', quantity: 'stock', value: 1, unit: 'L', time: fast }]))
		);
		await pipeline.accept(topicOf(C, 'status'), bytes(JSON.stringify({ state: 'online', time: now })));
		await pipeline.accept(topicOf(C, 'status'), bytes(JSON.stringify({ state: 'offline' })));
		const heardAt = now;

		now += 29_999;
		expect(pipeline.stale()).toEqual([]);
		expect(pipeline.silentGateways().map((g) => [g.gateway.gateway, g.state])).toEqual([
			['never-spoke', 'never-heard'],
			['left', 'offline']
		]);

		// 3 intervals after it was last heard, whatever time its readings claim.
		now += 1;
		expect(pipeline.stale()).toEqual([
			{
				series: { ...A, resource: 'water', quantity: 'stock' },
				lastSeen: heardAt,
				staleSince: heardAt + 30_000
			}
		]);
		expect(pipeline.silentGateways().map((g) => [g.gateway.gateway, g.state, g.lastHeard])).toEqual([
			['never-spoke', 'never-heard', undefined],
			['fast-clock', 'silent', heardAt],
			['left', 'offline', heardAt]
		]);
		await pipeline.close();
		await store.close();
	});
});
