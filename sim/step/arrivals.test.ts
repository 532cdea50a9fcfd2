import { describe, expect, it } from 'vitest';
import { arrivalsToday, createArrivals } from './arrivals.js';
import type { KernelTables } from './kernelTables.js';

// Three lanes, hourly steps: lead 0 (delivers within the step), 30 h (2 days rounded up), 24 h (1 day).
const tables = { laneLeadSteps: Int32Array.from([0, 30, 24]) } as unknown as KernelTables;
// Their transit rings (lead + 1 steps each), one after another.
const transitStart = Int32Array.from([0, 1, 32, 57]);
const due = (a: ReturnType<typeof createArrivals>) => Array.from(a.lanes.subarray(0, a.count));

describe('arrivals (lanes with goods due today)', () => {
	it('keeps a lane until its lead has passed since it last shipped, in lane order, never a lead-0 lane', () => {
		const a = createArrivals(tables, 24);
		arrivalsToday(a, null, 0, transitStart, 0 * 24);
		expect(due(a)).toEqual([]);
		arrivalsToday(a, Int32Array.from([0, 1, 2]), 1, transitStart, 1 * 24);
		expect(due(a)).toEqual([1, 2]);
		arrivalsToday(a, null, 2, transitStart, 2 * 24);
		expect(due(a)).toEqual([1, 2]);
		arrivalsToday(a, null, 3, transitStart, 3 * 24);
		expect(due(a)).toEqual([1]);
		arrivalsToday(a, null, 4, transitStart, 4 * 24);
		expect(due(a)).toEqual([]);
	});

	it("reads each lane's ring where the day's first step falls, wrapping once within the day", () => {
		const a = createArrivals(tables, 24);
		arrivalsToday(a, Int32Array.from([1, 2]), 1, transitStart, 24);
		// Lane 1: ring 1..31, step 24 → 1 + 24 % 31; lane 2: ring 32..56, step 24 → 32 + 24 % 25.
		expect(Array.from(a.slot.subarray(0, 2))).toEqual([25, 56]);
		expect(Array.from(a.ringEnd.subarray(0, 2))).toEqual([32, 57]);
		expect(Array.from(a.ringLength.subarray(0, 2))).toEqual([31, 25]);
	});
});
