import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../data/telemetry/sqlite/openSqliteStore.js';
import type { CompiledWorld } from '../../sim/world/types.js';
import { brokenPremise } from './brokenPremise.js';
import { recordedPremise } from './recordedPremise.js';
import { testLoop } from './testLoop.js';
import type { LoopEvent } from './types.js';

const premiseRounds = (events: readonly LoopEvent[]) =>
	events.flatMap((e) => (e.kind === 'emergency' && /premise broke/.test(e.reason) ? [e] : []));

/** Days 0..days-1 of the demo world's loop (auto-council), with the given shocks; the caller closes it. */
async function run(days: number, shocks: Parameters<typeof testLoop>[0]['shocks'] = []) {
	const t = await testLoop({
		ledgerPath: ':memory:',
		store: openSqliteStore({ path: ':memory:' }),
		auto: true,
		shocks
	});
	for (let d = 0; d < days; d++) await t.loop.tick();
	return t;
}

/** The sun out on days 20–41 and back on day 42 (see the round it calls on day 44, below). */
const noSun = [
	{ id: 'no-sun', kind: 'capacity-loss', start: 20, days: 22, source: 'solar', fraction: 1 } as const
];

/** The fields `brokenPremise` reads: one region of 100 people, energy (basic, 10 a day each) and jewels (rare). */
const tiny = {
	regionIndex: new Map([['coast', 0]]),
	resourceIndex: new Map([
		['energy', 0],
		['jewels', 1]
	]),
	tier: ['basic', 'rare'],
	normKind: Uint8Array.of(1, 1),
	norm: Float64Array.of(10, 1),
	adults: Float64Array.of(80),
	children: Float64Array.of(20)
} as unknown as CompiledWorld;
const rule = { zeroShare: 0.02, madeShare: 0.1 };
const made = (resource: string, amount: number) => [{ region: 'coast', resource, amount }];

describe('brokenPremise', () => {
	it('names a basic good switched between nil and made since the plan, in shares of the need (1000 a day)', () => {
		expect(brokenPremise(made('energy', 10), made('energy', 150), tiny, rule)).toEqual([
			{ region: 'coast', resource: 'energy', then: 0.01, now: 0.15 }
		]);
		expect(brokenPremise(made('energy', 500), made('energy', 0), tiny, rule)).toEqual([
			{ region: 'coast', resource: 'energy', then: 0.5, now: 0 }
		]);
	});

	it('ignores a rise or fall that is no switch, a good made little, a rare good and a cell not read then', () => {
		expect(brokenPremise(made('energy', 500), made('energy', 1500), tiny, rule)).toEqual([]);
		expect(brokenPremise(made('energy', 10), made('energy', 90), tiny, rule)).toEqual([]);
		expect(brokenPremise(made('jewels', 0), made('jewels', 100), tiny, rule)).toEqual([]);
		expect(brokenPremise([], made('energy', 500), tiny, rule)).toEqual([]);
	});
});

describe("an emergency round when the plan's premise breaks", () => {
	it('is called the day after the sun comes back mid-plan, naming the goods made again', async () => {
		// The sun is out on days 20–41 and back on day 42. The day-35 round (the schedule's) planned the solar regions
		// with their energy nil, as the telemetry showed it. Day 42's readings are stamped at its end, so the daily
		// window that holds them is day 43's: its evening's check sees the energy made again and calls a round for 44.
		const t = await run(45, noSun);
		const rounds = premiseRounds(t.events);
		// The shock's start broke the day-7 plan's premise too (energy stopped), with the shortage it brought.
		expect(rounds[0]).toMatchObject({
			day: 22,
			reason: expect.stringMatching(/sun-coast\/energy made 0% of need, \d+% when planned/)
		});
		const back = rounds.at(-1)!;
		expect(back.day).toBe(44);
		for (const region of ['delta', 'east-plain', 'sun-coast'])
			expect(back.reason).toMatch(new RegExp(`${region}/energy made \\d+% of need, 0% when planned`));
		expect(rounds.filter((e) => e.day > 35 && e.day < 44)).toEqual([]);
		const audit = t.ledger.audit('loop').filter((e) => e.kind === 'emergency-round');
		expect(audit.map((e) => JSON.parse(e.payload))).toContainEqual({ day: 44, reason: back.reason });
		expect(t.events).toContainEqual(expect.objectContaining({ kind: 'adopted', round: 'loop-d0044-1' }));
		await t.close();
	}, 120_000);

	it('is still called after a restart between the adoption and the sun coming back', async () => {
		// The day-35 plan's premise is in the audit log; the telemetry store alone would also do here, but a store
		// with a retention period may have dropped that day, so the restart reads the log.
		const path = join(await mkdtemp(join(tmpdir(), 'ros-premise-')), 'ledger.sqlite');
		const store = openSqliteStore({ path: ':memory:' });
		const before = await testLoop({ ledgerPath: path, store, auto: true, shocks: noSun });
		for (let d = 0; d < 40; d++) await before.loop.tick();
		expect(before.events).toContainEqual(expect.objectContaining({ kind: 'adopted', round: 'loop-d0035-1' }));
		const recorded = recordedPremise(before.ledger.audit('loop'));
		expect(recorded?.round).toBe('loop-d0035-1');
		expect(recorded?.made).toContainEqual({ region: 'sun-coast', resource: 'energy', amount: 0 });
		const checkpoint = before.saved()!;
		await before.close();

		const after = await testLoop({ ledgerPath: path, store, auto: true, shocks: noSun, checkpoint });
		for (let d = 40; d < 45; d++) await after.loop.tick();
		const back = premiseRounds(after.events);
		expect(back).toHaveLength(1);
		expect(back[0]!.day).toBe(44);
		expect(back[0]!.reason).toMatch(/sun-coast\/energy made \d+% of need, 0% when planned/);
		await after.close();
	}, 120_000);

	it('is not called in a steady world', async () => {
		const t = await run(40);
		expect(t.events.filter((e) => e.kind === 'adopted').length).toBeGreaterThan(1);
		expect(premiseRounds(t.events)).toEqual([]);
		await t.close();
	}, 120_000);
});
