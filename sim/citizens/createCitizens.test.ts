import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { defaults } from '../defaults.js';
import { createRng } from '../rng/createRng.js';
import { runSimulationSync } from '../run/runSimulation.js';
import { compileWorld } from '../world/compileWorld.js';
import { createCitizens } from './createCitizens.js';
import { createServiceDesk } from './createServiceDesk.js';
import { createState } from '../step/createState.js';
import { threatDefaults } from '../threat/defaults.js';
import { switchesOf } from '../threat/switchesOf.js';

const reference = await loadReference(defaultReferencePaths);
const world = compileWorld(reference.world, reference.catalogue);
const calm = Array.from({ length: world.R }, () => switchesOf('normal', threatDefaults));
const survival = Array.from({ length: world.R }, () => switchesOf('survival', threatDefaults));
const fed = new Float64Array(world.R).fill(1);
/** A service desk over the world's first day: seven months of stock, the full work force. */
const desk = () =>
	createServiceDesk(
		world,
		createState(world, defaults, createRng(0), 0, 0),
		defaults.citizens.perRegion,
		defaults.citizens.workShare,
		defaults.citizens.serviceHoursPerWorker,
		defaults.citizens.serviceBankDays
	);
const red = Array.from({ length: world.R }, () => switchesOf('red', threatDefaults));

describe('tiers 2 and 3 on a citizen sample', () => {
	it('earn points by the table, spend them on social goods, burn 80% at the year end, and show no gaming', () => {
		const citizens = createCitizens(world, desk(), defaults.citizens, defaults.points, createRng(1))!;
		for (let d = 0; d < 364; d++) citizens.day(d, calm, fed);
		const before = citizens.summary();
		citizens.day(364, calm, fed);
		const after = citizens.summary();
		expect(before.awarded).toBeGreaterThan(0);
		expect(before.socialServed).toBeGreaterThan(0);
		expect(before.socialServed).toBeLessThanOrEqual(before.socialAsked);
		const held = before.awarded - before.spent - before.forfeited;
		expect(after.burned).toBeCloseTo(0.8 * (held - (after.spent - before.spent)), 3);
		// No features flag anyone; the cases are the random audit's.
		expect(after.findings).toBe(0);
		expect(after.gaming.every((c) => c.flag.reasons[0]!.feature === 'random-audit')).toBe(true);
	});

	it('audit: planted rings are flagged, tried on appeal, and sanctioned only when upheld; honest people are not flagged', () => {
		const citizens = createCitizens(
			world,
			desk(),
			{ ...defaults.citizens, rings: 2, ringSize: 4 },
			defaults.points,
			createRng(5)
		)!;
		for (let d = 0; d < 120; d++) citizens.day(d, calm, fed);
		const summary = citizens.summary();
		// Only the 8 ring members are flagged (supervisors confirming each other are not); each flag
		// opens a case, and the panel of 12 citizens and 1 expert upholds it before any sanction.
		const supervisors = Math.floor(defaults.citizens.perRegion / 20);
		expect(summary.findings).toBe(8);
		const flagged = summary.gaming.filter((c) => c.flag.reasons[0]!.feature !== 'random-audit');
		expect(flagged.map((c) => c.flag.person)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((j) => supervisors + j));
		for (const c of flagged) {
			expect(c.status).toBe('upheld');
			expect(c.panel.citizens).toHaveLength(12);
			expect(c.flag.reasons[0]!.feature).toBe('unrelated-confirmations');
		}
		// The random audit's honest draws (60 people) go to the panel too, which dismisses them.
		expect(summary.randomAudits).toBe(Math.round(0.05 * world.R * defaults.citizens.perRegion));
		expect(summary.penalised).toBe(8);
		expect(summary.dismissed).toBe(summary.randomAudits);
	});

	it('close rare goods in survival mode: no rare request is served that day', () => {
		const citizens = createCitizens(
			world,
			desk(),
			{ ...defaults.citizens, rarePerDay: 0.5 },
			defaults.points,
			createRng(2)
		)!;
		let open = 0;
		for (let d = 0; d < 20; d++) open += citizens.day(d, calm, fed).rareServed;
		const closed = citizens.day(20, survival, fed);
		expect(open).toBeGreaterThan(0);
		expect(closed.rareAsked).toBeGreaterThan(0);
		expect(closed.rareServed).toBe(0);
	});

	it('tiers 2 and 3 wait for basic needs: a region under 95% basic coverage serves no social or rare goods', () => {
		const citizens = createCitizens(
			world,
			desk(),
			{ ...defaults.citizens, rarePerDay: 0.5, socialPerDay: 0.5 },
			defaults.points,
			createRng(2)
		)!;
		for (let d = 0; d < 60; d++) citizens.day(d, calm, fed);
		const short = new Float64Array(world.R).fill(0.9);
		const before = citizens.summary();
		const today = citizens.day(60, calm, short);
		const after = citizens.summary();
		expect(before.socialServed).toBeGreaterThan(0);
		expect(today.socialAsked).toBeGreaterThan(0);
		expect(today.rareAsked).toBeGreaterThan(0);
		expect(today.socialServed + today.rareServed).toBe(0);
		expect(after.spent).toBe(before.spent);
		// Coverage of every tier per region, not only world-wide.
		expect(Object.keys(after.byRegion)).toEqual(world.regions);
		for (const row of Object.values(after.byRegion)) expect(row.social).toBeGreaterThan(0);
	});

	it('expeditions cost 5,000 and 10,000 points: granted only to those who can pay, and paid through the ledger', () => {
		// Full-time hazardous workers (400 points a month) can save for a short expedition within a year.
		// In a run, so that the world keeps making the energy the services draw.
		const rich = { workShare: 1, hazardousShare: 1, rarePerDay: 0.2 };
		const run = runSimulationSync({ reference, rng: createRng(4), options: { days: 730, citizens: rich } });
		if (run.status !== 'ok') throw new Error('invalid');
		const { rareHandedOut } = run.outcome.citizens!;
		expect(rareHandedOut['expedition-seat']!.granted).toBeGreaterThan(0);
		expect(rareHandedOut['expedition-seat']!.points).toBe(5000 * rareHandedOut['expedition-seat']!.granted);
		expect(rareHandedOut['long-expedition-seat']!.points).toBe(
			10000 * rareHandedOut['long-expedition-seat']!.granted
		);
		// Lottery goods without a price stay free.
		expect(rareHandedOut['experimental-tech']).toMatchObject({ points: 0 });
		expect(rareHandedOut['experimental-tech']!.granted).toBeGreaterThan(0);
	});

	it('suspend points at red: nothing is earned or spent while the protocol holds', () => {
		const citizens = createCitizens(world, desk(), defaults.citizens, defaults.points, createRng(2))!;
		for (let d = 0; d < 60; d++) citizens.day(d, calm, fed);
		const before = citizens.summary();
		for (let d = 60; d < 120; d++) citizens.day(d, red, fed);
		const after = citizens.summary();
		expect(before.awarded).toBeGreaterThan(0);
		expect(after.awarded).toBe(before.awarded);
		expect(after.spent).toBe(before.spent);
	});

	it('report tier coverage per day and over the run; with ample stocks, tier 1 is as without the sample', () => {
		const withSample = runSimulationSync({ reference, rng: createRng(3), options: { days: 40 } });
		const without = runSimulationSync({
			reference,
			rng: createRng(3),
			options: { days: 40, citizens: { perRegion: 0 } }
		});
		if (withSample.status !== 'ok' || without.status !== 'ok') throw new Error('invalid');
		expect(withSample.outcome.tierCoverage.social).toBeGreaterThan(0);
		expect(withSample.outcome.tierCoverage.social).toBeLessThanOrEqual(1);
		expect(withSample.outcome.daily.some((d) => d.tierCoverage.rare !== null)).toBe(true);
		expect(without.outcome.tierCoverage).toMatchObject({ social: null, rare: null });
		expect(without.outcome.citizens).toBeNull();
		expect(withSample.outcome.metrics).toEqual(without.outcome.metrics);
	});
});
