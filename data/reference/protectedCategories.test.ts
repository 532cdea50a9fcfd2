import { describe, expect, it } from 'vitest';
import { protectedCategoryOf } from './protectedCategories.js';

describe('protected categories', () => {
	it.each([
		['race-share', 'race'],
		['raceShare', 'race'],
		['survey/race', 'race'],
		['национальность', 'ethnicity'],
		['political_leaning', 'political-views'],
		['leaning', 'political-views'],
		['sexualOrientation', 'sexual-orientation'],
		['религия', 'religion'],
		['gender', 'sex-gender'],
		['пол', 'sex-gender']
	])('refuses %s in correlations (%s)', (name, id) => {
		expect(protectedCategoryOf(name, 'correlation')?.id).toBe(id);
	});

	it('allows sex and gender as a stratification category, but not race or political views', () => {
		expect(protectedCategoryOf('gender', 'stratification')).toBeUndefined();
		expect(protectedCategoryOf('leaning', 'stratification')?.id).toBe('political-views');
		expect(protectedCategoryOf('Ethnic group', 'stratification')?.id).toBe('ethnicity');
	});

	it.each([
		'water/steppe/stock',
		'trace-minerals',
		'space-heating',
		'polar-station',
		'policy',
		'partial',
		'wheat',
		'metropolitan-water',
		'left-bank'
	])('lets an innocent name through: %s', (name) => {
		expect(protectedCategoryOf(name, 'correlation')).toBeUndefined();
	});
});
