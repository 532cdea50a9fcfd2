import { describe, expect, it } from 'vitest';
import type { LoopWarning } from '../../../../scenarios/loop/index.js';
import { dailyWarnings } from './dailyWarnings.js';

const DAY = 86_400_000;

describe('warnings once a day', () => {
	it('asks the Correlation Center once per day of the clock, and again after a failure', async () => {
		const asked: number[] = [];
		let fail = false;
		const warnings = dailyWarnings({
			warnings: async (now) => {
				asked.push(now);
				if (fail) throw new Error('store down');
				return [{ region: 'r', resource: 'water' } as LoopWarning];
			}
		});
		await warnings.warnings(10 * DAY + 1);
		await warnings.warnings(10 * DAY + 5000);
		expect(asked).toEqual([10 * DAY + 1]);
		fail = true;
		await expect(warnings.warnings(11 * DAY)).rejects.toThrow('store down');
		fail = false;
		await expect(warnings.warnings(11 * DAY + 1)).resolves.toHaveLength(1);
		expect(asked).toEqual([10 * DAY + 1, 11 * DAY, 11 * DAY + 1]);
	});
});
