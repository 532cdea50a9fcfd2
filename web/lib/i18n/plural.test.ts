import { describe, expect, it } from 'vitest';
import { plural } from './plural.js';

describe('plural', () => {
	const entries = {
		ru: { one: 'запись', few: 'записи', many: 'записей', other: 'записи' },
		en: { one: 'entry', other: 'entries' }
	};
	it('picks the Russian and English forms by the number', () => {
		expect([1, 2, 5, 21, 24, 111].map((n) => plural('ru', n, entries.ru))).toEqual([
			'1\u00a0запись',
			'2\u00a0записи',
			'5\u00a0записей',
			'21\u00a0запись',
			'24\u00a0записи',
			'111\u00a0записей'
		]);
		expect([0, 1, 2, 1200].map((n) => plural('en', n, entries.en))).toEqual([
			'0\u00a0entries',
			'1\u00a0entry',
			'2\u00a0entries',
			'1,200\u00a0entries'
		]);
	});
});
