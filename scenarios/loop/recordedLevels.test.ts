import { describe, expect, it } from 'vitest';
import { recordedLevels, threatFromRecord } from './recordedLevels.js';
import { testAuditEntry as entry } from './testAuditEntry.js';

const change = (scope: string, from: string, to: string, day: number, value: number | null = 0.5) => ({
	day,
	scope,
	from,
	to,
	causes: [{ trigger: 'sensors-lost', value, threshold: 0.4 }],
	switches: {}
});

describe('recordedLevels', () => {
	const entries = [
		entry(1, 'loop', 'threat-level', change('capital', 'normal', 'red', 3)),
		entry(2, 'loop', 'threat-level', change('federation', 'normal', 'yellow', 3)),
		entry(3, 'loop', 'threat-level', change('capital', 'red', 'normal', 9, null)),
		entry(4, 'loop-d0007-1', 'threat-level', change('steppe', 'normal', 'red', 7)),
		entry(5, 'loop', 'emergency-round', { day: 9, reason: 'x' })
	];

	it("keeps each scope's last change of the loop's audit entries, with its causes (null read back as Infinity)", () => {
		const levels = recordedLevels(entries);
		expect([...levels.keys()]).toEqual(['capital', 'federation']);
		expect(levels.get('capital')).toEqual({
			scope: 'capital',
			level: 'normal',
			from: 'red',
			day: 9,
			at: 3000,
			causes: [{ trigger: 'sensors-lost', value: Infinity, threshold: 0.4 }]
		});
	});

	it('gives the levels in force after a restart, every unrecorded scope normal', () => {
		const threat = threatFromRecord(recordedLevels(entries), ['capital', 'steppe']);
		expect(threat).toEqual({
			regions: [
				{ level: 'normal', since: 9, clearDays: 0 },
				{ level: 'normal', since: 0, clearDays: 0 }
			],
			federation: { level: 'yellow', since: 3, clearDays: 0 }
		});
	});

	it('passes over the retired staleness-only machine’s entries (green, yellow, red from silent series)', () => {
		const old = entry(6, 'loop', 'threat-level', {
			level: 'red',
			previous: 'green',
			cause: '60 of 100',
			day: 3
		});
		expect(recordedLevels([old, ...entries])).toEqual(recordedLevels(entries));
		expect(recordedLevels([old]).size).toBe(0);
	});

	it('refuses an entry that is not a level change, naming the entry and the field', () => {
		const bad = entry(7, 'loop', 'threat-level', { ...change('capital', 'normal', 'orange', 3) });
		expect(() => recordedLevels([bad])).toThrow(/audit entry 7 \(threat-level\): to: /);
	});
});
