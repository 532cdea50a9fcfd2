import { describe, expect, it } from 'vitest';
import { openTestVote, testDesk } from './testDesk.js';

/** Every invited panelist votes, the vote closes at its deadline: who was credited how much. */
async function votedPoints(options: Parameters<typeof testDesk>[0]) {
	const { desk, ledger, advanceDays } = testDesk(options);
	const invited = await openTestVote(desk);
	for (const { code } of invited) desk.cast(code, { kind: 'scenario', scenarioId: 'equity-first' });
	advanceDays(7);
	const closed = desk.act('r1', { kind: 'close-vote' });
	expect(closed.ok && closed.round.state).toBe('adopted');
	const entry = ledger.audit('r1').find((e) => e.kind === 'points');
	const points = entry && (JSON.parse(entry.payload) as unknown);
	return { panel: invited.map((i) => i.panelist), balance: (p: string) => ledger.balance(p), points };
}

describe('points suspended for a region at red (round option pointsSuspended)', () => {
	// demoPool(30, 6): v0001–v0030; the first fifteen live in the region at red.
	const red = Array.from({ length: 15 }, (_, i) => `v${String(i + 1).padStart(4, '0')}`);

	it('its panelists earn no governance points; the other regions’ panelists earn theirs', async () => {
		const t = await votedPoints({ pointsSuspended: { regions: ['south'], persons: red } });
		const fromRed = t.panel.filter((p) => red.includes(p));
		const others = t.panel.filter((p) => !red.includes(p));
		// Ten drawn from thirty: both groups on the panel (the draw is random, the pool fixed).
		expect(fromRed.length + others.length).toBe(10);
		expect(Math.min(fromRed.length, others.length)).toBeGreaterThan(0);
		for (const p of fromRed) expect(t.balance(p)).toBe(0);
		for (const p of others) expect(t.balance(p)).toBe(150);
		expect(t.points).toMatchObject({ reason: 'governance', points: 150, persons: others.length });
	});

	it('without the option (the level lifted) every panelist who voted earns them', async () => {
		const t = await votedPoints({});
		for (const p of t.panel) expect(t.balance(p)).toBe(150);
	});
});
