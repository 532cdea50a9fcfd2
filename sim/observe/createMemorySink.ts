import type { Reading } from '../../data/telemetry/types.js';
import type { ReadingSink } from '../types.js';

/** A sink that keeps every batch in memory, for tests and small runs. */
export function createMemorySink(): ReadingSink & { readonly readings: Reading[]; readonly batches: number } {
	const readings: Reading[] = [];
	let batches = 0;
	return {
		readings,
		get batches() {
			return batches;
		},
		write(batch) {
			batches++;
			for (const r of batch) readings.push(r);
		}
	};
}
