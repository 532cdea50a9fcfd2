import { describe, expect, it } from 'vitest';
import { defaults } from '../defaults.js';
import { checkOptions } from './checkOptions.js';

describe('checkOptions', () => {
	it('accepts the defaults', () => {
		expect(checkOptions(defaults)).toEqual([]);
	});

	it('names the path, the bound and the value of each number out of range', () => {
		const issues = checkOptions({
			...defaults,
			yieldSd: -0.1,
			behaviour: { ...defaults.behaviour, overFactor: 0.5 },
			redistribution: { ...defaults.redistribution, keepDays: Number.NaN }
		});
		expect(issues).toEqual([
			{ path: 'yieldSd', expected: 'should be ≥ 0', received: -0.1 },
			{ path: 'behaviour.overFactor', expected: 'should be ≥ 1', received: 0.5 },
			{ path: 'redistribution.keepDays', expected: 'should be ≥ 0', received: Number.NaN }
		]);
	});
});
