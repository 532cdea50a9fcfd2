import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import {
	StoreRejectedError,
	StoreUnavailableError,
	type Reading,
	type TelemetryStore
} from '../../data/telemetry/index.js';
import { createStoreWriter } from './createStoreWriter.js';
import { openSpool } from './openSpool.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const reading = (i: number): Reading => ({
	region: 'r',
	site: 's',
	gateway: 'g',
	resource: 'water',
	quantity: 'stock',
	time: i,
	value: i,
	seq: i
});

/** A store whose health the test switches: up, down (retryable) or refusing (not retryable). */
function switchableStore() {
	const written: number[] = [];
	let state: 'up' | 'down' | 'refusing' = 'up';
	const store = {
		write: async (batch: readonly Reading[]) => {
			if (state === 'down') throw new StoreUnavailableError('down');
			if (state === 'refusing') throw new StoreRejectedError('bad request', 400);
			written.push(...batch.map((r) => r.time));
		}
	} as unknown as TelemetryStore;
	return { store, written, set: (s: typeof state) => (state = s) };
}

describe('createStoreWriter', () => {
	it('batches by size, spools while the store is down, and replays in order before anything newer', async () => {
		const s = switchableStore();
		const writer = createStoreWriter(
			s.store,
			openSpool(join(dir, 'a'), { fsync: false }),
			{ batchReadings: 3, batchDelayMs: 5, replayIntervalMs: 80, writesInFlight: 2 },
			{ log: pino({ level: 'silent' }), now: () => 0 }
		);
		expect(await writer.submit([reading(1), reading(2), reading(3)])).toEqual({
			status: 'stored',
			refused: []
		});
		s.set('down');
		expect(await writer.submit([reading(4)])).toEqual({ status: 'spooled' });
		s.set('up');
		// Behind the spool while it still holds 4 (spooled), or stored after the replay emptied it: on a
		// loaded machine the replay timer can win the race; either way the order must hold.
		const fifth = (await writer.submit([reading(5)])).status;
		expect(['spooled', 'stored']).toContain(fifth);
		await new Promise((r) => setTimeout(r, 250));
		expect(s.written).toEqual([1, 2, 3, 4, 5]);
		const spooled = fifth === 'spooled' ? 2 : 1;
		expect(writer.totals).toMatchObject({ stored: 5 - spooled, spooled, replayed: spooled });
		expect(await writer.submit([reading(6)])).toEqual({ status: 'stored', refused: [] });
		await writer.close();
	});

	it('splits a refused batch so only the readings the store turns down are refused, per submitter', async () => {
		const written: number[] = [];
		// Like InfluxDB's partial write: the good points are kept, the request still answers 400.
		const store = {
			write: async (batch: readonly Reading[]) => {
				written.push(...batch.filter((r) => r.time % 50 !== 7).map((r) => r.time));
				if (batch.some((r) => r.time % 50 === 7)) throw new StoreRejectedError('partial write', 400);
			}
		} as unknown as TelemetryStore;
		const writer = createStoreWriter(
			store,
			openSpool(join(dir, 'c'), { fsync: false }),
			{ batchReadings: 1_000, batchDelayMs: 5, replayIntervalMs: 20, writesInFlight: 2 },
			{ log: pino({ level: 'silent' }), now: () => 0 }
		);
		const [a, b] = await Promise.all([
			writer.submit(Array.from({ length: 100 }, (_, i) => reading(i))),
			writer.submit(Array.from({ length: 101 }, (_, i) => reading(100 + i)))
		]);
		const refusedTimes = (o: typeof a) => (o.status === 'stored' ? o.refused.map((r) => r.reading.time) : o);
		expect(refusedTimes(a)).toEqual([7, 57]);
		expect(refusedTimes(b)).toEqual([107, 157]);
		expect(writer.totals.stored).toBe(197);
		expect(new Set(written).size).toBe(197);
		await writer.close();
	});

	it('reports a batch the store refuses for good, and hands a refused spooled batch on instead of blocking', async () => {
		const s = switchableStore();
		const refused: number[] = [];
		const writer = createStoreWriter(
			s.store,
			openSpool(join(dir, 'b'), { fsync: false }),
			{ batchReadings: 10, batchDelayMs: 5, replayIntervalMs: 20, writesInFlight: 2 },
			{
				log: pino({ level: 'silent' }),
				now: () => 0,
				onSpooledRefused: (batch) => refused.push(...batch.map((r) => r.time))
			}
		);
		s.set('refusing');
		expect(await writer.submit([reading(1)])).toMatchObject({
			status: 'stored',
			refused: [{ reading: reading(1) }]
		});
		s.set('down');
		await writer.submit([reading(2)]);
		s.set('refusing');
		await new Promise((r) => setTimeout(r, 60));
		expect(refused).toEqual([2]);
		expect(writer.spoolSize).toBe(0);
		await writer.close();
	});

	it('keeps two writes in flight, and answers in batch order even when the second write returns first', async () => {
		// The first write is held until the test lets it go; every other write returns at once.
		const durable = new Set<number>();
		let inFlight = 0;
		let peak = 0;
		let releaseFirst = () => {};
		const firstHeld = new Promise<void>((r) => (releaseFirst = r));
		let writes = 0;
		const store = {
			write: async (batch: readonly Reading[]) => {
				const n = writes++;
				peak = Math.max(peak, ++inFlight);
				if (n === 0) await firstHeld;
				for (const r of batch) durable.add(r.time);
				inFlight--;
			}
		} as unknown as TelemetryStore;
		const writer = createStoreWriter(
			store,
			openSpool(join(dir, 'd'), { fsync: false }),
			{ batchReadings: 2, batchDelayMs: 5, replayIntervalMs: 1_000, writesInFlight: 2 },
			{ log: pino({ level: 'silent' }), now: () => 0 }
		);
		// When each submitter hears back, which readings the store holds.
		const heard: { times: number[]; durable: number[] }[] = [];
		const submit = (times: number[]) =>
			writer.submit(times.map(reading)).then(() => heard.push({ times, durable: [...durable] }));
		const first = submit([1, 2]);
		const second = submit([3, 4]);
		const third = submit([5, 6]);
		await new Promise((r) => setTimeout(r, 30));
		// Batches 2 and 3 are in the store (each took the second slot in turn, never a third), and
		// nobody has been answered: batch 1 is not durable yet.
		expect(peak).toBe(2);
		expect([...durable].sort((a, b) => a - b)).toEqual([3, 4, 5, 6]);
		expect(heard).toEqual([]);
		releaseFirst();
		await Promise.all([first, second, third]);
		expect(heard.map((h) => h.times)).toEqual([
			[1, 2],
			[3, 4],
			[5, 6]
		]);
		// Each answer came after its own readings and every earlier batch's were durable.
		for (const h of heard) for (const t of h.times) expect(h.durable).toContain(t);
		expect(writer.totals.stored).toBe(6);
		await writer.close();
	});

	it('spools in batch order when the store goes down with two writes in flight', async () => {
		const s = switchableStore();
		let releaseFirst = () => {};
		const firstHeld = new Promise<void>((r) => (releaseFirst = r));
		let writes = 0;
		const store = {
			write: async (batch: readonly Reading[]) => {
				if (writes++ === 0) await firstHeld;
				await s.store.write(batch);
			}
		} as unknown as TelemetryStore;
		const spool = openSpool(join(dir, 'e'), { fsync: false });
		const writer = createStoreWriter(
			store,
			spool,
			{ batchReadings: 1, batchDelayMs: 5, replayIntervalMs: 60_000, writesInFlight: 2 },
			{ log: pino({ level: 'silent' }), now: () => 0 }
		);
		s.set('down');
		const outcomes = [1, 2, 3].map((i) => writer.submit([reading(i)]));
		await new Promise((r) => setTimeout(r, 20));
		releaseFirst();
		expect((await Promise.all(outcomes)).map((x) => x.status)).toEqual(['spooled', 'spooled', 'spooled']);
		const order: number[] = [];
		for (let b = spool.peek(); b; b = spool.peek()) {
			order.push(...b.map((r) => r.time));
			spool.shift();
		}
		expect(order).toEqual([1, 2, 3]);
		await writer.close();
	});
});
