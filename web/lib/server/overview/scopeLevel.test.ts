import { describe, expect, it } from 'vitest';
import type { RecordedLevel } from '../../../../scenarios/loop/recordedLevels.js';
import { scopeLevel } from './scopeLevel.js';

const at = Date.UTC(2026, 0, 5);
const recorded = new Map<string, RecordedLevel>([
	[
		'federation',
		{
			scope: 'federation',
			level: 'red',
			from: 'normal',
			day: 4,
			at,
			causes: [
				{ trigger: 'sensors-lost', value: 0.576, threshold: 0.4 },
				{ trigger: 'regions', value: 0.958, threshold: 0.5 }
			]
		}
	],
	[
		'delta',
		{
			scope: 'delta',
			level: 'normal',
			from: 'yellow',
			day: 9,
			at,
			causes: [{ trigger: 'stock-days', value: Infinity, threshold: 30 }]
		}
	]
]);

describe('scopeLevel', () => {
	it('says the level, since when and why, in Russian and English', () => {
		expect(scopeLevel('federation', 'Федерация', recorded, 'ru')).toEqual({
			scope: 'federation',
			name: 'Федерация',
			level: 'red',
			since: '2026-01-05T00:00:00.000Z',
			cause: 'молчат 58% датчиков (порог 40%); в регионах на этом уровне 96% людей (порог 50%)'
		});
		expect(scopeLevel('federation', 'Federation', recorded, 'en').cause).toBe(
			'58% of sensors silent (threshold 40%); 96% of people in regions at this level (threshold 50%)'
		);
	});

	it('says a lifted level was cleared, and a scope never raised is normal with no date', () => {
		expect(scopeLevel('delta', 'Delta', recorded, 'en').cause).toBe(
			'lifted, its conditions cleared: stock for ∞ days (threshold 30.0)'
		);
		expect(scopeLevel('capital', 'Capital', recorded, 'en')).toEqual({
			scope: 'capital',
			name: 'Capital',
			level: 'normal',
			since: null,
			cause: null
		});
	});
});
