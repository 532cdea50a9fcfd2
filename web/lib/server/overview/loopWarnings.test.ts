import { describe, expect, it } from 'vitest';
import type { LoopWarning } from '../../../../scenarios/loop/index.js';
import { loopWarnings } from './loopWarnings.js';

const warning = (region: string) => ({ region, resource: 'water' }) as LoopWarning;

describe("the loop's warnings on the overview", () => {
	it('scans only until the loop has scanned, then shows what the loop found, never scanning again', async () => {
		let scans = 0;
		const warnings = loopWarnings({
			warnings: async () => {
				scans += 1;
				return [warning('before')];
			}
		});
		expect(await warnings.warnings(1)).toEqual([warning('before')]);
		warnings.hear([warning('north'), warning('delta')]);
		expect(await warnings.warnings(2)).toEqual([warning('north'), warning('delta')]);
		// The loop's next day found nothing: the overview says so, and does not fall back to a scan.
		warnings.hear([]);
		expect(await warnings.warnings(3)).toEqual([]);
		expect(scans).toBe(1);
	});
});
