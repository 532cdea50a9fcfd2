import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../data/ledger/types.js';
import { lastThreatLevel } from './lastThreatLevel.js';

const entry = (seq: number, round: string, kind: string, data: object): AuditEntry => ({
	seq,
	at: seq * 1000,
	round,
	kind,
	payload: JSON.stringify(data),
	prev: '',
	hash: ''
});

describe('lastThreatLevel', () => {
	it("reads the loop's last recorded change with its cause, ignoring other rounds and kinds", () => {
		const entries = [
			entry(1, 'loop', 'threat-level', {
				level: 'red',
				previous: 'green',
				cause: '60 of 100 silent',
				day: 3
			}),
			entry(2, 'loop', 'threat-level', {
				level: 'yellow',
				previous: 'red',
				cause: '12 of 100 silent',
				day: 5
			}),
			entry(3, 'loop-d0007-1', 'threat-level', { level: 'red', previous: 'green', cause: 'not the loop' }),
			entry(4, 'loop', 'round-created', {})
		];
		expect(lastThreatLevel(entries)).toEqual({
			level: 'yellow',
			previous: 'red',
			cause: '12 of 100 silent',
			at: 2000
		});
	});

	it('is null while the level never left green', () => {
		expect(lastThreatLevel([entry(1, 'loop', 'round-created', {})])).toBeNull();
	});
});
