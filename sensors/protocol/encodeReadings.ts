import type { Quantity } from '../../data/telemetry/index.js';

/** One value a gateway reports, in any accepted unit. */
export interface OutgoingReading {
	readonly resource: string;
	readonly quantity: Quantity;
	readonly value: number;
	readonly unit: string;
	/** ms since the epoch. */
	readonly time: number;
}

/**
 * A SenML pack for one message: the first record holds the base time (s) and `seq`; the others
 * carry times relative to it, which keeps batches small (RFC 8428 §4.1).
 */
export function encodeReadings(seq: number, readings: readonly OutgoingReading[]): string {
	if (readings.length === 0) throw new RangeError('a message needs at least one reading');
	const bt = readings[0]!.time / 1000;
	const records = readings.map((r, i) => {
		const record: Record<string, string | number> = {
			n: `${r.resource}/${r.quantity}`,
			u: r.unit,
			v: r.value
		};
		const t = r.time / 1000 - bt;
		if (t !== 0) record.t = Math.round(t * 1000) / 1000;
		if (i === 0) return { bt, seq, ...record };
		return record;
	});
	return JSON.stringify(records);
}
