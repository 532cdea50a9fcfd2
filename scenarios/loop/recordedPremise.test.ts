import { describe, expect, it } from 'vitest';
import { recordedPremise } from './recordedPremise.js';
import { testAuditEntry as entry } from './testAuditEntry.js';

const made = (amount: number) => [{ region: 'sun-coast', resource: 'energy', amount }];

describe('recordedPremise', () => {
	it("gives the last adoption's premise, passing over other entries and rounds", () => {
		const entries = [
			entry(1, 'loop', 'plan-premise', { round: 'loop-d0007-1', made: made(900) }),
			entry(2, 'loop', 'emergency-round', { day: 22, reason: 'x' }),
			entry(3, 'loop', 'plan-premise', { round: 'loop-d0035-1', made: made(0) }),
			entry(4, 'loop-d0035-1', 'plan-premise', { round: 'elsewhere', made: made(5) })
		];
		expect(recordedPremise(entries)).toEqual({ round: 'loop-d0035-1', made: made(0) });
	});

	it('is null when no plan was adopted', () => {
		expect(recordedPremise([entry(1, 'loop', 'emergency-round', { day: 22, reason: 'x' })])).toBeNull();
	});

	it('refuses an entry that is not a premise, naming the entry and the field', () => {
		const bad = entry(7, 'loop', 'plan-premise', {
			round: 'loop-d0035-1',
			made: [{ region: 'x', amount: 1 }]
		});
		expect(() => recordedPremise([bad])).toThrow(/audit entry 7 \(plan-premise\): made\.0\.resource: /);
	});
});
