import type { Logger } from 'pino';
import { StoreUnavailableError, type Reading, type TelemetryStore } from '../../data/telemetry/index.js';
import type { Spool } from './openSpool.js';

/** Mutable totals the writer keeps; the worker turns them into an IngestCounters snapshot. */
export interface WriterTotals {
	stored: number;
	spooled: number;
	replayed: number;
	writes: number;
	latencySum: number;
	latencyLast: number;
	latencyMax: number;
	lagMs: number;
}

/** Outcome of a submitted batch: stored (or spooled, which is as safe), or refused for good by the store. */
export type WriteOutcome =
	| { readonly status: 'stored' }
	| { readonly status: 'spooled' }
	| { readonly status: 'refused'; readonly error: Error };

export interface StoreWriter {
	/** Queues readings; resolves once they are in the store or the spool (never rejects). */
	submit(readings: readonly Reading[]): Promise<WriteOutcome>;
	readonly totals: Readonly<WriterTotals>;
	readonly spoolSize: number;
	/** Writes what is queued, then stops replaying. */
	close(): Promise<void>;
}

interface Pending {
	readings: Reading[];
	waiters: ((o: WriteOutcome) => void)[];
	timer?: NodeJS.Timeout;
}

/**
 * Batches readings by size and time and writes them in order, one write at a time. While the store
 * is down (a StoreUnavailableError), batches go to the spool; once the spool holds anything every
 * new batch goes there too, so that replay keeps the original order. A timer replays the spool
 * oldest first until it is empty (Telegraf's output buffer works alike:
 * https://docs.influxdata.com/telegraf/v1/configuration/#agent).
 */
export function createStoreWriter(
	store: TelemetryStore,
	spool: Spool,
	o: { batchReadings: number; batchDelayMs: number; replayIntervalMs: number },
	deps: {
		log: Logger;
		now: () => number;
		onSpooledRefused?: (batch: readonly Reading[], error: Error) => void;
	}
): StoreWriter {
	const totals: WriterTotals = {
		stored: 0,
		spooled: 0,
		replayed: 0,
		writes: 0,
		latencySum: 0,
		latencyLast: 0,
		latencyMax: 0,
		lagMs: 0
	};
	let pending: Pending = { readings: [], waiters: [] };
	let chain: Promise<unknown> = Promise.resolve();
	let closed = false;

	const timedWrite = async (batch: readonly Reading[]) => {
		const started = performance.now();
		await store.write(batch);
		const ms = performance.now() - started;
		totals.writes++;
		totals.latencySum += ms;
		totals.latencyLast = ms;
		totals.latencyMax = Math.max(totals.latencyMax, ms);
		let newest = 0;
		for (const r of batch) if (r.time > newest) newest = r.time;
		totals.lagMs = Math.max(0, deps.now() - newest);
	};

	const toSpool = (batch: readonly Reading[]): WriteOutcome => {
		spool.append(batch);
		totals.spooled += batch.length;
		return { status: 'spooled' };
	};

	const writeBatch = async (batch: readonly Reading[]): Promise<WriteOutcome> => {
		if (spool.size > 0) return toSpool(batch);
		try {
			await timedWrite(batch);
			totals.stored += batch.length;
			return { status: 'stored' };
		} catch (error) {
			if (error instanceof StoreUnavailableError) {
				deps.log.warn({ err: error.message, readings: batch.length }, 'store unavailable, spooling');
				return toSpool(batch);
			}
			deps.log.error({ err: (error as Error).message, readings: batch.length }, 'store refused a batch');
			return { status: 'refused', error: error as Error };
		}
	};

	const flush = () => {
		const batch = pending;
		pending = { readings: [], waiters: [] };
		if (batch.timer) clearTimeout(batch.timer);
		if (batch.waiters.length === 0) return;
		const done = (outcome: WriteOutcome) => batch.waiters.forEach((w) => w(outcome));
		chain = chain
			.then(() => writeBatch(batch.readings))
			.then(done, (error: unknown) => done({ status: 'refused', error: error as Error }));
	};

	const replay = async () => {
		for (let batch = spool.peek(); batch; batch = spool.peek()) {
			try {
				await timedWrite(batch);
			} catch (error) {
				if (error instanceof StoreUnavailableError) return;
				// A spooled batch the store refuses for good would block the spool forever: hand it to the dead letters.
				deps.log.error(
					{ err: (error as Error).message, readings: batch.length },
					'store refused a spooled batch; dead-lettered'
				);
				deps.onSpooledRefused?.(batch, error as Error);
			}
			totals.replayed += batch.length;
			spool.shift();
		}
		deps.log.info({ replayed: totals.replayed }, 'spool replayed');
	};
	const replayTimer = setInterval(() => {
		if (spool.size > 0 && !closed)
			chain = chain
				.then(replay)
				.catch((error: unknown) =>
					deps.log.error({ err: (error as Error).message }, 'spool replay failed; will retry')
				);
	}, o.replayIntervalMs);
	replayTimer.unref();

	return {
		submit(readings) {
			return new Promise<WriteOutcome>((resolve) => {
				for (const r of readings) pending.readings.push(r);
				pending.waiters.push(resolve);
				if (pending.readings.length >= o.batchReadings) flush();
				else pending.timer ??= setTimeout(flush, o.batchDelayMs);
			});
		},
		totals,
		get spoolSize() {
			return spool.size;
		},
		async close() {
			closed = true;
			clearInterval(replayTimer);
			flush();
			await chain;
		}
	};
}
