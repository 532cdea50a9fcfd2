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

/** A reading the store turned down for good (e.g. older than InfluxDB's retention period), and why. */
export interface RefusedReading {
	readonly reading: Reading;
	readonly error: Error;
}

/**
 * Outcome of submitted readings: stored, except those in `refused` (the store kept the others);
 * spooled, which is as safe; or refused whole (the store refused and splitting was not possible).
 */
export type WriteOutcome =
	| { readonly status: 'stored'; readonly refused: readonly RefusedReading[] }
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
	/** Each submitter, with where its readings start in `readings`. */
	waiters: { from: number; resolve: (o: WriteOutcome) => void }[];
	timer?: NodeJS.Timeout;
}

/** A refused reading by its index in the batch written. */
interface Refused {
	readonly index: number;
	readonly error: Error;
}

/** Writes per batch spent finding the refused readings of a refused batch, at most; the rest are refused whole. */
const SPLIT_BUDGET = 256;

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

	/**
	 * Writes a batch; if the store refuses it for good, writes halves until the refused readings
	 * are found (bisection, at most SPLIT_BUDGET writes), so one bad reading does not take its
	 * batch down with it. Rewriting readings that a partial write kept is harmless: writes are
	 * idempotent. A StoreUnavailableError passes through (the caller spools the whole batch).
	 */
	const writeSplitting = async (batch: readonly Reading[]): Promise<Refused[]> => {
		let budget = SPLIT_BUDGET;
		const refused: Refused[] = [];
		const attempt = async (from: number, to: number): Promise<void> => {
			try {
				budget--;
				await timedWrite(batch.slice(from, to));
			} catch (error) {
				if (error instanceof StoreUnavailableError) throw error;
				if (to - from === 1 || budget <= 0) {
					for (let index = from; index < to; index++) refused.push({ index, error: error as Error });
					return;
				}
				const mid = (from + to) >> 1;
				await attempt(from, mid);
				await attempt(mid, to);
			}
		};
		await attempt(0, batch.length);
		return refused;
	};

	const writeBatch = async (batch: readonly Reading[]): Promise<Refused[] | 'spooled'> => {
		if (spool.size > 0) {
			toSpool(batch);
			return 'spooled';
		}
		try {
			const refused = await writeSplitting(batch);
			totals.stored += batch.length - refused.length;
			if (refused.length > 0)
				deps.log.error(
					{ err: refused[0]!.error.message, refused: refused.length, readings: batch.length },
					'store refused readings; the others are stored'
				);
			return refused;
		} catch (error) {
			if (!(error instanceof StoreUnavailableError)) throw error;
			deps.log.warn({ err: error.message, readings: batch.length }, 'store unavailable, spooling');
			toSpool(batch);
			return 'spooled';
		}
	};

	const flush = () => {
		const batch = pending;
		pending = { readings: [], waiters: [] };
		if (batch.timer) clearTimeout(batch.timer);
		if (batch.waiters.length === 0) return;
		const settle = (result: Refused[] | 'spooled') =>
			batch.waiters.forEach((w, k) => {
				if (result === 'spooled') return w.resolve({ status: 'spooled' });
				const to = batch.waiters[k + 1]?.from ?? batch.readings.length;
				const refused = result
					.filter((r) => r.index >= w.from && r.index < to)
					.map((r) => ({ reading: batch.readings[r.index]!, error: r.error }));
				w.resolve({ status: 'stored', refused });
			});
		chain = chain
			.then(() => writeBatch(batch.readings))
			.then(settle, (error: unknown) =>
				batch.waiters.forEach((w) => w.resolve({ status: 'refused', error: error as Error }))
			);
	};

	const replay = async () => {
		for (let batch = spool.peek(); batch; batch = spool.peek()) {
			let refused: Refused[];
			try {
				refused = await writeSplitting(batch);
			} catch (error) {
				if (error instanceof StoreUnavailableError) return;
				throw error;
			}
			// Spooled readings the store refuses for good would block the spool forever: hand them to the dead letters.
			if (refused.length > 0) {
				deps.log.error(
					{ err: refused[0]!.error.message, readings: refused.length },
					'store refused spooled readings; dead-lettered'
				);
				deps.onSpooledRefused?.(
					refused.map((r) => batch[r.index]!),
					refused[0]!.error
				);
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
				pending.waiters.push({ from: pending.readings.length - readings.length, resolve });
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
