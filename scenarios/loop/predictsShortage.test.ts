import { describe, expect, it } from 'vitest';
import type { LoopWarning } from './types.js';
import { predictsShortage } from './predictsShortage.js';

const warning = (state: LoopWarning['state'], runsOut: number | null): LoopWarning => ({
	region: 'steppe',
	resource: 'water',
	state,
	runsOut,
	method: runsOut === null ? 'reading' : 'forecast',
	probability: null,
	sentence: { ru: '', en: '' }
});

describe('predictsShortage', () => {
	it('scores a stock that is empty or has a date to run out, and not one merely under its reserve floor', () => {
		expect(predictsShortage(warning('empty', 0))).toBe(true);
		expect(predictsShortage(warning('runs-out', 1_000))).toBe(true);
		expect(predictsShortage(warning('below-floor', 1_000))).toBe(true);
		expect(predictsShortage(warning('quota-cut', 1_000))).toBe(true);
		expect(predictsShortage(warning('below-floor', null))).toBe(false);
	});
});
