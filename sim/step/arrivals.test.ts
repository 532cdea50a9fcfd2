import { describe, expect, it } from 'vitest';
import { arrivalsToday, createArrivals } from './arrivals.js';
import type { KernelTables } from './kernelTables.js';

// Three lanes, hourly steps: lead 0 (delivers within the step), 30 h (2 days rounded up), 24 h (1 day).
const tables = { laneLeadSteps: Int32Array.from([0, 30, 24]) } as unknown as KernelTables;
const due = (a: ReturnType<typeof createArrivals>) => Array.from(a.lanes.subarray(0, a.count));

describe('arrivals (lanes with goods due today)', () => {
	it('keeps a lane until its lead has passed since it last shipped, in lane order, never a lead-0 lane', () => {
		const a = createArrivals(tables, 24);
		arrivalsToday(a, null, 0);
		expect(due(a)).toEqual([]);
		arrivalsToday(a, Int32Array.from([0, 1, 2]), 1);
		expect(due(a)).toEqual([1, 2]);
		arrivalsToday(a, null, 2);
		expect(due(a)).toEqual([1, 2]);
		arrivalsToday(a, null, 3);
		expect(due(a)).toEqual([1]);
		arrivalsToday(a, null, 4);
		expect(due(a)).toEqual([]);
	});
});
