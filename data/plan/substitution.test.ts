import { describe, expect, it } from 'vitest';
import { substituteAllowed } from './substitution.js';

describe('substituteAllowed (quinoa for wheat, at most 20% of what is received)', () => {
	it('80 kg of wheat allow 20 kg of quinoa: 20% of the 100 kg received', () => {
		expect(substituteAllowed(20, 80, 0.2, 1000)).toBeCloseTo(20, 12);
	});
	it('never more than missing or available, and nothing without the resource itself', () => {
		expect(substituteAllowed(5, 80, 0.2, 1000)).toBe(5);
		expect(substituteAllowed(20, 80, 0.2, 3)).toBe(3);
		expect(substituteAllowed(100, 0, 0.2, 1000)).toBe(0);
	});
});
