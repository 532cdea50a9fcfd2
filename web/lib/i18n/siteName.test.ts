import { describe, expect, it } from 'vitest';
import { policyName } from './policyName.js';
import { siteName } from './siteName.js';

const names = new Map([
	['water', 'Питьевая вода'],
	['wheat', 'Пшеница'],
	['custom-housing-design', 'Индивидуальный проект жилья']
]);

describe('reference names a person reads instead of ids', () => {
	it("names a sensor site by its kind and the resource it measures, in the reader's language", () => {
		expect(siteName('store-water', names, 'ru')).toBe('склад: Питьевая вода');
		expect(siteName('plant-wheat-2', names, 'ru')).toBe('производство: Пшеница (2)');
		expect(siteName('store-custom-housing-design', names, 'ru')).toBe('склад: Индивидуальный проект жилья');
		expect(siteName('plant-wheat', new Map([['wheat', 'Wheat']]), 'en')).toBe('plant: Wheat');
		// A site the layout did not name (a real gateway's own site id) stays as it is.
		expect(siteName('capital-reservoir', names, 'ru')).toBe('capital-reservoir');
		expect(siteName('store-unknown', names, 'ru')).toBe('store-unknown');
	});

	it("names the planner's policies in the reader's language, an unknown one by its id", () => {
		expect(policyName('equity-first', 'ru')).toBe('Сначала справедливость');
		expect(policyName('least-transport', 'en')).toBe('Least transport');
		expect(policyName('my-policy', 'ru')).toBe('my-policy');
	});
});
