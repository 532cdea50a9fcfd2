import { describe, expect, it } from 'vitest';
import type { ProposedScenario } from '../../data/plan/types.js';
import type { RoundDesk, RoundEvent } from '../round/index.js';
import type { ThreatObservation } from '../../sim/threat/stepThreats.js';
import type { ThreatConditions } from '../../sim/threat/types.js';
import { createLoop } from './createLoop.js';
import type { LoopEvent, LoopPorts, LoopWorld, Planner } from './types.js';

const DAY = 86_400_000;
type Conditions = Omit<ThreatConditions, 'regionsAtLeast'>;
const calm: Conditions = {
	stockDays: Infinity,
	sensorsLost: 0,
	cutOff: false,
	belowLifeline: 0,
	declared: 'normal'
};

/**
 * The loop over fakes: a world of regions a (300 people) and b (100) that does nothing, a Correlation
 * Center that reports the conditions `seen` gives for each scan's day, a planner that records what it was asked and
 * proposes `scenarios` (none: the round ends there), and a desk that records the rounds it is asked to create.
 */
function fakeLoop(
	seen: (day: number) => {
		a?: Partial<Conditions>;
		b?: Partial<Conditions>;
		federation?: Partial<Conditions>;
	},
	scenarios: readonly ProposedScenario[] = [],
	emergencyRounds = false
) {
	let day = 0;
	const world = {
		compiled: { R: 2, regions: ['a', 'b'] },
		day: () => day,
		dateOf: (d: number) => d * DAY,
		adopt: () => ({ status: 'ok' }),
		stepDay: async () => void day++
	} as unknown as LoopWorld;
	const asked: Parameters<Planner['propose']>[0][] = [];
	const created: Parameters<RoundDesk['create']>[0][] = [];
	const audit: { event: RoundEvent; at: number }[] = [];
	const events: LoopEvent[] = [];
	const observe = (now: number): ThreatObservation => {
		const s = seen(now / DAY);
		return {
			regions: [
				{ ...calm, ...s.a },
				{ ...calm, ...s.b }
			],
			federation: { ...calm, ...s.federation },
			persons: [300, 100]
		};
	};
	const ports: LoopPorts = {
		world,
		sink: { write: async () => {} },
		analysis: {
			threat: async (now) => observe(now),
			warnings: async () => [],
			production: async () => [],
			recompute: async () => ({ significant: 0, appeared: 0, weakening: 0, gone: 0 })
		},
		planner: {
			async propose(request) {
				asked.push(request);
				return scenarios;
			}
		},
		desk: {
			round: () => undefined,
			rounds: () => [],
			create(input: Parameters<RoundDesk['create']>[0]) {
				created.push(input);
				return { ok: false, error: { message: 'recorded only' } };
			}
		} as unknown as RoundDesk,
		pool: [
			{ id: 'vol-a-1', features: { region: 'a' } },
			{ id: 'vol-b-1', features: { region: 'b' } },
			{ id: 'vol-b-2', features: { region: 'b' } }
		],
		council: null,
		save: () => {},
		audit: (event, at) => void audit.push({ event, at }),
		onEvent: (e) => void events.push(e)
	};
	const loop = createLoop(ports, {
		firstRoundDay: 3,
		roundEveryDays: emergencyRounds ? 28 : 3,
		emergencyRounds
	});
	return { loop, asked, created, audit, events };
}

describe('what the threat levels switch in the loop', () => {
	it('records every change in the audit log with its causes (Infinity as null) and the new level’s switches', async () => {
		// Region b's stock runs out in 5 days from the scan of day 1 on: red (under a week), the federation yellow.
		const t = fakeLoop((d) => (d >= 1 ? { b: { stockDays: 5 } } : {}));
		await t.loop.tick();
		expect(t.audit.map((a) => a.event.data)).toEqual([
			{
				day: 1,
				scope: 'b',
				from: 'normal',
				to: 'red',
				causes: [{ trigger: 'stock-days', value: 5, threshold: 7 }],
				switches: {
					localReserves: true,
					manualDistribution: true,
					pointsSuspended: true,
					barterKWhPerKgGrain: 1,
					quotaFactor: 1,
					rareGoodsClosed: false
				}
			},
			{
				day: 1,
				scope: 'federation',
				from: 'normal',
				to: 'yellow',
				causes: [{ trigger: 'regions', value: 0.25, threshold: 0 }],
				switches: expect.objectContaining({ localReserves: true, manualDistribution: false })
			}
		]);
		expect(t.audit.every((a) => a.event.kind === 'threat-level' && a.at === DAY)).toBe(true);
		expect(t.loop.threat().regions[1]).toEqual({ level: 'red', since: 1, clearDays: 0 });
		// Lifting: b's trigger clears with margin for three days; the cleared stock days (Infinity) are recorded as null.
		const lift = fakeLoop((d) => (d === 1 ? { b: { stockDays: 5 } } : {}));
		for (let d = 0; d < 5; d++) await lift.loop.tick();
		const lifted = lift.audit.find((a) => a.event.data['scope'] === 'b' && a.event.data['to'] === 'normal');
		expect(lifted?.event.data).toMatchObject({
			day: 4,
			causes: expect.arrayContaining([{ trigger: 'stock-days', value: null, threshold: 7 }])
		});
	});

	it('federation red: no planner round on the schedule’s day (manual distribution, points suspended)', async () => {
		const t = fakeLoop(() => ({ federation: { sensorsLost: 0.5 } }));
		for (let d = 0; d < 4; d++) await t.loop.tick();
		expect(t.asked).toEqual([]);
		expect(t.events.find((e) => e.kind === 'round-skipped')).toEqual({
			kind: 'round-skipped',
			day: 3,
			reason: 'federation red threat level: manual distribution by councils, points suspended'
		});
	});

	it('a region red alone: the round is held for the whole federation', async () => {
		const t = fakeLoop(() => ({ b: { sensorsLost: 0.5 } }));
		for (let d = 0; d < 4; d++) await t.loop.tick();
		expect(t.asked).toHaveLength(1);
		expect(t.asked[0]!.survival).toEqual([]);
	});

	it('a region red: manual distribution and points suspended there alone, both restored when it lifts', async () => {
		// b's sensors 50% silent on the scans of days 1–3: red; clear from day 4, lifted after three clear days (day 6).
		const t = fakeLoop(
			(d) => (d >= 1 && d <= 3 ? { b: { sensorsLost: 0.5 } } : {}),
			[{ id: 'any' } as ProposedScenario]
		);
		for (let d = 0; d < 7; d++) await t.loop.tick();
		expect(t.asked.map((r) => r.manual)).toEqual([['b'], []]);
		expect(t.created.map((c) => c.options)).toEqual([
			{ pointsSuspended: { regions: ['b'], persons: ['vol-b-1', 'vol-b-2'] } },
			undefined
		]);
		expect(t.loop.threat().regions.map((r) => r.level)).toEqual(['normal', 'normal']);
	});

	it('survival: the planner is told which regions are in survival mode (quotas × 0.7, no rare goods)', async () => {
		// A third of b's people below the lifeline from the scan of day 1: b in survival by the round of day 3.
		const t = fakeLoop((d) => (d >= 1 ? { b: { belowLifeline: 0.4 } } : {}));
		for (let d = 0; d < 4; d++) await t.loop.tick();
		expect(t.audit.find((a) => a.event.data['scope'] === 'b')?.event.data).toMatchObject({
			to: 'survival',
			switches: { quotaFactor: 0.7, rareGoodsClosed: true }
		});
		expect(t.asked.map((r) => r.survival)).toEqual([['b']]);
	});

	it('a region turning red calls an emergency round for the others, its cause in the audit log; lifting, another', async () => {
		// Rounds every 28 days from day 3; b's sensors 50% silent on the scans of days 9–11: red on day 9, and b's
		// stock 20 days from the scan of day 5 (yellow: its own protocol, no round of its own). The desk records only, so
		// no round is ever in its ledger and the days since the last round never hold one back.
		const t = fakeLoop(
			(d) => ({ b: d >= 9 && d < 12 ? { sensorsLost: 0.5 } : d >= 5 ? { stockDays: 20 } : {} }),
			[{ id: 'any' } as ProposedScenario],
			true
		);
		for (let d = 0; d < 16; d++) await t.loop.tick();
		const reason = 'threat level b yellow → red: sensors-lost 0.5 (threshold 0.4)';
		expect(t.events.filter((e) => e.kind === 'emergency')).toEqual([
			{
				kind: 'emergency',
				day: 5,
				reason: expect.stringMatching(/^threat level federation normal → yellow/)
			},
			{ kind: 'emergency', day: 9, reason },
			// Back to yellow (sensors back on day 12, three clear days): planned again at once.
			{
				kind: 'emergency',
				day: 14,
				reason: expect.stringMatching(/^threat level b red → yellow \(cleared: /)
			}
		]);
		const called = t.audit.filter((a) => a.event.kind === 'emergency-round');
		expect(called[1]).toEqual({
			event: { kind: 'emergency-round', data: { day: 9, reason } },
			at: 9 * DAY
		});
		// The round plans the federation with b under manual distribution, its panelists' points suspended.
		expect(t.asked.map((r) => [r.start, r.manual])).toEqual([
			['1970-01-04', []],
			['1970-01-06', []],
			['1970-01-10', ['b']],
			['1970-01-15', []]
		]);
		expect(t.created.at(-2)?.options).toEqual({
			pointsSuspended: { regions: ['b'], persons: ['vol-b-1', 'vol-b-2'] }
		});
	});
});
