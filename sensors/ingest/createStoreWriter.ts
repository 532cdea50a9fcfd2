import type { Logger } from 'pino';
import { StoreUnavailableError, type Reading, type TelemetryStore } from '../../data/telemetry/index.js';
import type { Spool } from './openSpool.js';
import { writeSplitting, type Refused } from './writeSplitting.js';

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

/** What became of one batch's write, before its outcome is settled (in batch order). */
type Attempt =
	| { readonly kind: 'written'; readonly refused: Refused[] }
	/** The spool held something when the batch's turn came: it goes behind it, to keep the order. */
	| { readonly kind: 'behind-spool' }
	| { readonly kind: 'unavailable'; readonly error: Error }
	| { readonly kind: 'failed'; readonly error: Error };

/**
 * Batches readings by size and time and writes them, up to `writesInFlight` at once: InfluxDB
 * parses one request per core, and ingest formats the next batch while the store parses the last.
 * Outcomes settle strictly in batch order, whichever write returns first, so a submitter (and the
 * PUBACK waiting on it) hears back only once its own readings and every earlier batch's are
 * durable, and PUBACKs leave in the order the messages came (MQTT 3.1.1 §4.6).
 * While the store is down (a StoreUnavailableError), batches go to the spool; once the spool holds
 * anything every new batch goes there too, so that replay keeps the original order. A timer
 * replays the spool oldest first until it is empty (Telegraf's output buffer works alike:
 * https://docs.influxdata.com/telegraf/v1/configuration/#agent).
 */
export function createStoreWriter(
	store: TelemetryStore,
	spool: Spool,
	o: { batchReadings: number; batchDelayMs: number; replayIntervalMs: number; writesInFlight: number },
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
	/** Settles batches one after another, in the order they were flushed. */
	let settled: Promise<unknown> = Promise.resolve();
	let writing = 0;
	const waitingForSlot: (() => void)[] = [];
	/** The replay running now, if any: a new batch waits for it, then goes to the store or behind what is left. */
	let replaying: Promise<void> | undefined;
	let closed = false;

	/** Waits for one of the `writesInFlight` write slots (first come, first served). */
	const slot = async () => {
		while (writing >= o.writesInFlight) await new Promise<void>((r) => waitingForSlot.push(r));
		writing++;
	};
	const freeSlot = () => {
		writing--;
		waitingForSlot.shift()?.();
	};

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

	const attempt = async (batch: readonly Reading[]): Promise<Attempt> => {
		await replaying;
		await slot();
		try {
			if (spool.size > 0) return { kind: 'behind-spool' };
			return { kind: 'written', refused: await writeSplitting(timedWrite, batch) };
		} catch (error) {
			if (error instanceof StoreUnavailableError) return { kind: 'unavailable', error };
			return { kind: 'failed', error: error as Error };
		} finally {
			freeSlot();
		}
	};

	/** Runs in batch order: spools, counts and answers each submitter of the batch. */
	const settle = (batch: Pending, a: Attempt) => {
		const answer = (outcome: (from: number, to: number) => WriteOutcome) =>
			batch.waiters.forEach((w, k) =>
				w.resolve(outcome(w.from, batch.waiters[k + 1]?.from ?? batch.readings.length))
			);
		const toSpool = () => {
			spool.append(batch.readings);
			totals.spooled += batch.readings.length;
			answer(() => ({ status: 'spooled' }));
		};
		try {
			switch (a.kind) {
				case 'unavailable':
					deps.log.warn(
						{ err: a.error.message, readings: batch.readings.length },
						'store unavailable, spooling'
					);
					return toSpool();
				case 'behind-spool':
					return toSpool();
				case 'written': {
					const refused = a.refused;
					totals.stored += batch.readings.length - refused.length;
					if (refused.length > 0)
						deps.log.error(
							{ err: refused[0]!.error.message, refused: refused.length, readings: batch.readings.length },
							'store refused readings; the others are stored'
						);
					return answer((from, to) => ({
						status: 'stored',
						refused: refused
							.filter((r) => r.index >= from && r.index < to)
							.map((r) => ({ reading: batch.readings[r.index]!, error: r.error }))
					}));
				}
				case 'failed':
					return answer(() => ({ status: 'refused', error: a.error }));
			}
		} catch (error) {
			// The spool could not be written (failed I/O): the readings are neither stored nor spooled.
			answer(() => ({ status: 'refused', error: error as Error }));
		}
	};

	const flush = () => {
		const batch = pending;
		pending = { readings: [], waiters: [] };
		if (batch.timer) clearTimeout(batch.timer);
		if (batch.waiters.length === 0) return;
		const written = attempt(batch.readings);
		settled = settled.then(() => written).then((a) => settle(batch, a));
	};

	const replay = async () => {
		for (let batch = spool.peek(); batch; batch = spool.peek()) {
			let refused: Refused[];
			try {
				refused = await writeSplitting(timedWrite, batch);
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
	/** One replay at a time, in a write slot. */
	const replayInTurn = async () => {
		await slot();
		try {
			await replay();
		} catch (error) {
			deps.log.error({ err: (error as Error).message }, 'spool replay failed; will retry');
		} finally {
			freeSlot();
			replaying = undefined;
		}
	};
	const replayTimer = setInterval(() => {
		if (spool.size > 0 && !closed && !replaying) replaying = replayInTurn();
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
			await Promise.all([settled, replaying]);
		}
	};
}
