import { StoreUnavailableError, type Reading } from '../../data/telemetry/index.js';

/** A refused reading by its index in the batch written. */
export interface Refused {
	readonly index: number;
	readonly error: Error;
}

/** Writes per batch spent finding the refused readings of a refused batch, at most; the rest are refused whole. */
const SPLIT_BUDGET = 256;

/**
 * Writes a batch; if the store refuses it for good, writes halves until the refused readings
 * are found (bisection, at most SPLIT_BUDGET writes), so one bad reading does not take its
 * batch down with it. Rewriting readings that a partial write kept is harmless: writes are
 * idempotent. A StoreUnavailableError passes through (the caller spools the whole batch).
 */
export async function writeSplitting(
	write: (batch: readonly Reading[]) => Promise<void>,
	batch: readonly Reading[]
): Promise<Refused[]> {
	let budget = SPLIT_BUDGET;
	const refused: Refused[] = [];
	const attempt = async (from: number, to: number): Promise<void> => {
		try {
			budget--;
			await write(from === 0 && to === batch.length ? batch : batch.slice(from, to));
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
}
