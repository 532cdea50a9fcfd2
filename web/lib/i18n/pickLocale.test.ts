import { describe, expect, it } from 'vitest';
import { messages } from './messages.js';
import { pickLocale } from './pickLocale.js';

describe('pickLocale', () => {
	it('prefers an explicit choice, then Accept-Language by weight, then Russian', () => {
		expect(pickLocale('en', 'ru-RU,ru;q=0.9')).toBe('en');
		expect(pickLocale(undefined, 'de-DE,en;q=0.8,ru;q=0.5')).toBe('en');
		expect(pickLocale(undefined, 'ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
		expect(pickLocale('fr', 'de')).toBe('ru');
		expect(pickLocale(null, null)).toBe('ru');
	});

	it('has every message in both languages', () => {
		expect(Object.keys(messages.ru).sort()).toEqual(Object.keys(messages.en).sort());
		for (const text of [...Object.values(messages.ru), ...Object.values(messages.en)])
			expect(text.trim()).not.toBe('');
	});
});
