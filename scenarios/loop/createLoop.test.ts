import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../data/telemetry/sqlite/openSqliteStore.js';
import { recordedLevels } from './recordedLevels.js';
import { testLoop } from './testLoop.js';

const ledgerFile = async () => join(await mkdtemp(join(tmpdir(), 'ros-loop-')), 'ledger.sqlite');

describe('the closed loop', () => {
	it('runs unattended: warnings from telemetry, a round adopted by the auto-council, the plan executed by the world', async () => {
		const store = openSqliteStore({ path: ':memory:' });
		const t = await testLoop({ ledgerPath: ':memory:', store, auto: true });
		const noPlan = await testLoop({
			ledgerPath: ':memory:',
			store: openSqliteStore({ path: ':memory:' }),
			auto: true,
			options: { firstRoundDay: 1000 }
		});
		for (let d = 0; d < 14; d++) {
			expect((await t.loop.tick()).status).toBe('stepped');
			await noPlan.loop.tick();
		}
		const adopted = t.ledger.adoptedPlan();
		expect(adopted?.round).toBe('loop-d0007-1');
		expect(t.loop.currentPlan()).toEqual(adopted?.plan);
		expect(adopted?.plan.start).toBe('2026-01-08');
		const kinds = new Set(t.ledger.audit('loop-d0007-1').map((e) => e.kind));
		for (const k of [
			'round-created',
			'review',
			'panel-committed',
			'panel-revealed',
			'ballot',
			'adopted',
			'quotas',
			'points'
		])
			expect(kinds).toContain(k);
		expect(t.ledger.verify()).toMatchObject({ status: 'intact' });
		// The world executes the plan: from day 7 on its stocks part from the same world without one.
		expect(Array.from(t.world.state.stock)).not.toEqual(Array.from(noPlan.world.state.stock));
		// Readings reached the store and the Correlation Center scanned them every day.
		expect((await store.latest({ quantity: 'stock' })).length).toBeGreaterThan(50);
		expect(t.events.filter((e) => e.kind === 'warnings')).toHaveLength(14);
		await t.close();
		await noPlan.close();
	}, 60_000);

	it('pauses while a round waits for people, and resumes after a restart with nothing lost or repeated', async () => {
		const path = await ledgerFile();
		const store = openSqliteStore({ path: ':memory:' });
		const before = await testLoop({ ledgerPath: path, store, auto: false });
		for (let d = 0; d < 7; d++) await before.loop.tick();
		const paused = await before.loop.tick();
		expect(paused).toMatchObject({
			status: 'waiting',
			day: 7,
			round: 'loop-d0007-1',
			state: 'expert-review'
		});
		// The world's clock stopped: another tick is still day 7.
		expect(await before.loop.tick()).toMatchObject({ status: 'waiting', day: 7 });
		// One expert reviews before the restart.
		const round = before.ledger.round('loop-d0007-1')!;
		const expertId = round.reviewers[0]!;
		const verdicts = round.scenarios.map((s) => ({
			scenarioId: s.scenario.id,
			verdict: 'sound' as const,
			comment: ''
		}));
		const { createRoundDesk, uniformPanelDrawer } = await import('../round/index.js');
		const desk = createRoundDesk({
			store: before.ledger,
			clock: () => before.loop.now(),
			secret: () => new Uint8Array(16).fill(1),
			drawer: uniformPanelDrawer()
		});
		expect(desk.act(round.id, { kind: 'submit-review', review: { expertId, verdicts } }).ok).toBe(true);
		const auditBefore = before.ledger.audit();
		const stock = Array.from(before.world.state.stock);
		const checkpoint = before.saved()!;
		expect(checkpoint.day).toBe(7);
		await before.close();

		// Restart: the world is replayed to its day, the round in progress is picked up from the ledger.
		const after = await testLoop({ ledgerPath: path, store, auto: true, checkpoint });
		expect(after.loop.day()).toBe(7);
		expect(Array.from(after.world.state.stock)).toEqual(stock);
		for (let d = 0; d < 7; d++) expect((await after.loop.tick()).status).toBe('stepped');
		const audit = after.ledger.audit();
		expect(audit.slice(0, auditBefore.length)).toEqual(auditBefore);
		expect(audit.filter((e) => e.kind === 'round-created')).toHaveLength(1);
		const reviews = after.ledger.round('loop-d0007-1')!.reviews;
		expect(new Set(reviews.map((r) => r.expertId)).size).toBe(reviews.length);
		expect(reviews.find((r) => r.expertId === expertId)?.verdicts).toEqual(verdicts);
		expect(after.ledger.adoptedPlan()?.round).toBe('loop-d0007-1');
		expect(after.ledger.verify()).toMatchObject({ status: 'intact' });

		// And a second restart after the adoption replays the plan: the same world, day for day.
		const stockNow = Array.from(after.world.state.stock);
		const checkpointNow = after.saved()!;
		await after.close();
		const again = await testLoop({ ledgerPath: path, store, auto: true, checkpoint: checkpointNow });
		expect(again.loop.day()).toBe(14);
		expect(Array.from(again.world.state.stock)).toEqual(stockNow);
		expect(again.loop.currentPlan()).toEqual(again.ledger.adoptedPlan()?.plan);
		await again.close();
	}, 60_000);

	it("steps the simulation's threat machine on telemetry: silent sensors drive regions and the federation to red, recorded with their causes, and back", async () => {
		const path = await ledgerFile();
		const store = openSqliteStore({ path: ':memory:' });
		const shocks = [{ id: 'cyber-war', kind: 'sensor-outage', start: 1, days: 12, fraction: 0.6 } as const];
		const t = await testLoop({ ledgerPath: path, store, auto: true, shocks });
		for (let d = 0; d < 10; d++) await t.loop.tick();
		const changes = () =>
			t.events.flatMap((e) => (e.kind === 'threat-level' ? [{ day: e.day, scope: e.scope, to: e.to }] : []));
		// Daily reports (the last before the outage at the end of day 0), stale after three missed: from day 4 the
		// regions that lost 40% of their series are red, and the federation (58% of its series silent with food read
		// by nutrient, its stand-ins' stores reporting consumption too; 96% of people in red regions).
		const fed = t.events.find((e) => e.kind === 'threat-level' && e.scope === 'federation');
		expect(fed).toMatchObject({
			day: 4,
			from: 'normal',
			to: 'red',
			causes: [
				{ trigger: 'sensors-lost', value: expect.closeTo(0.58, 2), threshold: 0.4 },
				{ trigger: 'regions', value: expect.closeTo(0.96, 2), threshold: 0.5 }
			],
			switches: { manualDistribution: true, pointsSuspended: true, quotaFactor: 1 }
		});
		expect(changes()).toContainEqual({ day: 4, scope: 'east-plain', to: 'red' });
		expect(changes()).toContainEqual({ day: 4, scope: 'north-lake', to: 'yellow' });
		expect(t.loop.threat().federation).toMatchObject({ level: 'red', since: 4 });
		// Red: no round on the schedule's day 7; councils distribute by hand, points suspended.
		expect(t.events.find((e) => e.kind === 'round-skipped')).toMatchObject({
			day: 7,
			reason: expect.stringMatching(/^federation red/)
		});
		// Every change is in the audit log with its causes, read back as the levels in force.
		const recorded = recordedLevels(t.ledger.audit('loop'));
		expect(recorded.get('federation')).toMatchObject({ level: 'red', from: 'normal', day: 4 });
		expect(recorded.size).toBe(changes().length);
		const checkpoint = t.saved()!;
		await t.close();

		// A restart keeps the levels (no change announced again) and lifts them once the sensors are back
		// (day 13) and clear for three days with margin.
		const after = await testLoop({ ledgerPath: path, store, auto: true, shocks, checkpoint });
		expect(after.loop.threat().federation.level).toBe('red');
		for (let d = 10; d < 20; d++) await after.loop.tick();
		const lifted = after.events.flatMap((e) => (e.kind === 'threat-level' ? [e] : []));
		expect(lifted.every((e) => e.to === 'normal')).toBe(true);
		expect(lifted.find((e) => e.scope === 'east-plain')).toMatchObject({ day: 16, from: 'red' });
		expect(lifted.find((e) => e.scope === 'federation')).toMatchObject({ day: 18, from: 'red' });
		// Back to normal, the loop does not wait for the schedule (day 35): a round plans from the next day.
		expect(after.events.find((e) => e.kind === 'emergency')).toMatchObject({
			day: 18,
			reason: expect.stringMatching(/^threat level federation red → normal/)
		});
		expect(after.ledger.rounds().map((r) => r.id)).toEqual(['loop-d0018-1']);
		expect(recordedLevels(after.ledger.audit('loop')).get('federation')).toMatchObject({ level: 'normal' });
		expect(after.ledger.verify()).toMatchObject({ status: 'intact' });
		await after.close();
	}, 60_000);

	it('holds an emergency round the day after a shock is seen, and a restart picks it up from the ledger', async () => {
		// The sun goes out on day 20; the day's readings are stamped at its end, so the scan at the end of day 21
		// sees the energy of the regions living on solar power fall, three days before it runs out.
		const shocks = [
			{ id: 'no-sun', kind: 'capacity-loss', start: 20, days: 30, source: 'solar', fraction: 1 } as const
		];
		const path = await ledgerFile();
		const store = openSqliteStore({ path: ':memory:' });
		const auto = await testLoop({ ledgerPath: path, store, auto: true, shocks });
		for (let d = 0; d < 21; d++) await auto.loop.tick();
		expect(auto.events.some((e) => e.kind === 'emergency')).toBe(false);
		const beforeShock = auto.saved()!;
		await auto.close();

		// People decide from here: the round called on the evening of day 21 waits for them on day 22.
		const people = await testLoop({ ledgerPath: path, store, auto: false, shocks, checkpoint: beforeShock });
		expect((await people.loop.tick()).status).toBe('stepped');
		expect(people.events.find((e) => e.kind === 'emergency')).toMatchObject({
			day: 22,
			reason: expect.stringMatching(/^shortage newly predicted .*energy/)
		});
		expect(await people.loop.tick()).toMatchObject({ status: 'waiting', day: 22, round: 'loop-d0022-1' });
		const checkpoint = people.saved()!;
		expect(checkpoint.day).toBe(22);
		await people.close();

		// After a restart the round is the ledger's, not called again; the auto-council finishes it.
		const after = await testLoop({ ledgerPath: path, store, auto: true, shocks, checkpoint });
		expect((await after.loop.tick()).status).toBe('stepped');
		expect(after.ledger.adoptedPlan()?.round).toBe('loop-d0022-1');
		expect(after.loop.currentPlan()?.start).toBe('2026-01-23');
		const created = after.ledger.audit().filter((e) => e.kind === 'round-created');
		expect(created.map((e) => e.round)).toEqual(['loop-d0007-1', 'loop-d0022-1']);
		await after.close();
	}, 90_000);
});
