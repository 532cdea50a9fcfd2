import { describe, expect, it } from 'vitest';
import { loopDefaults } from '../../scenarios/loop/index.js';
import { loadConfig } from '../config/index.js';
import { loopOptionsOf } from './loopOptionsOf.js';

describe('loopOptionsOf', () => {
	it("gives the loop the premise check's defaults unless told otherwise", async () => {
		const options = loopOptionsOf((await loadConfig({ env: {}, flags: {} })).loop);
		expect(options).toMatchObject({ premise: loopDefaults.premise, roundEveryDays: 28, firstRoundDay: 14 });
	});

	it('passes the thresholds set, and switches the check off', async () => {
		const set = await loadConfig({ env: {}, flags: { 'loop.premise.madeShare': '0.3' } });
		expect(loopOptionsOf(set.loop).premise).toEqual({ zeroShare: 0.02, madeShare: 0.3 });
		const off = await loadConfig({ env: {}, flags: { 'loop.premise.enabled': 'false' } });
		expect(loopOptionsOf(off.loop).premise).toBeNull();
	});
});
