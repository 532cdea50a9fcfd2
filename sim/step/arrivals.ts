import type { KernelTables } from './kernelTables.js';

/**
 * The lanes that may have goods arriving today, in lane order. Of the thousands of lanes that may
 * carry goods, a few hundred ship on a day, so scanning every lane's transit slot each step was most
 * of the step's work; only a lane that shipped within its lead can have anything on the road.
 */
export interface Arrivals {
	/** Today's lanes in `lanes[0..count)`, ascending, so arrivals are booked in the same order as a full scan. */
	readonly lanes: Int32Array;
	count: number;
	/**
	 * Per today's lane: where its transit ring stands at the day's first step, and the ring's end and
	 * length; a step s into the day reads slot + s, wrapped once (a ring is longer than a day's steps).
	 * Worked out once a day: a modulo per lane and step was a good part of the arrivals' time.
	 */
	readonly slot: Int32Array;
	readonly ringEnd: Int32Array;
	readonly ringLength: Int32Array;
	/** Per lane: the last day it was on a shipping list (a superset of the days it shipped). */
	readonly lastShipped: Int32Array;
	/** Per lane: its lead in whole days, rounded up; 0 for lanes that deliver within the step. */
	readonly leadDays: Int32Array;
}

const NEVER = -(2 ** 30);

export function createArrivals(tables: KernelTables, stepsPerDay: number): Arrivals {
	const L = tables.laneLeadSteps.length;
	return {
		lanes: new Int32Array(L),
		count: 0,
		slot: new Int32Array(L),
		ringEnd: new Int32Array(L),
		ringLength: new Int32Array(L),
		lastShipped: new Int32Array(L).fill(NEVER),
		leadDays: Int32Array.from(tables.laneLeadSteps, (steps) => Math.ceil(steps / stepsPerDay))
	};
}

/**
 * Picks today's lanes: goods shipped on day D arrive by day D + leadDays, so a lane is due today if
 * it was on a shipping list since then, today's included (`shipping`, null when nothing ships).
 * `transitStart` gives each lane's ring (see `SimState.transit`), `step` is the day's first step.
 */
export function arrivalsToday(
	arrivals: Arrivals,
	shipping: Int32Array | null,
	day: number,
	transitStart: Int32Array,
	step: number
): void {
	const { lanes, lastShipped, leadDays, slot, ringEnd, ringLength } = arrivals;
	if (shipping) for (let u = 0; u < shipping.length; u++) lastShipped[shipping[u]!] = day;
	let count = 0;
	for (let lane = 0; lane < lanes.length; lane++)
		if (leadDays[lane]! > 0 && lastShipped[lane]! + leadDays[lane]! >= day) {
			const start = transitStart[lane]!;
			const length = transitStart[lane + 1]! - start;
			lanes[count] = lane;
			slot[count] = start + (step % length);
			ringEnd[count] = start + length;
			ringLength[count++] = length;
		}
	arrivals.count = count;
}
