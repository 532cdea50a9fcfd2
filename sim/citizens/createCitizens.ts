import { createLedger } from '../points/createLedger.js';
import type { AuditCase, WorkStructure } from '../points/audit/types.js';
import type { PointsOptions } from '../points/types.js';
import type { Rng } from '../rng/types.js';
import type { RareRequest } from '../sharing/allocateRare.js';
import { createLibrary } from '../sharing/createLibrary.js';
import type { Library } from '../sharing/types.js';
import type { CitizenOptions } from '../types.js';
import type { CompiledWorld } from '../world/types.js';
import { auditQuarter } from './auditQuarter.js';
import { awardMonth, ringOf } from './awardMonth.js';
import type { ServiceDesk } from './createServiceDesk.js';
import { handOutRare } from './handOutRare.js';
import { lend } from './lend.js';
import { settleLoans } from './settleLoans.js';
import type { Citizens, Sample } from './types.js';

const MONTH = 30;
const YEAR = 365;

/**
 * A sample of people per region who live tiers 2 and 3: each month they earn points by the accrual
 * table (work confirmed by a supervisor, teaching, occasional ecology and governance); they spend
 * points on social goods; they ask for rare goods from the region's sharing centre or its queue or
 * lottery (need first). Points burn 80% at each year's end. Own random stream: tier 1 is unaffected.
 */
export function createCitizens(
	world: CompiledWorld,
	desk: ServiceDesk,
	o: CitizenOptions,
	points: PointsOptions,
	rng: Rng
): Citizens | null {
	const N = o.perRegion;
	if (N === 0) return null;
	const R = world.R;
	const ledger = createLedger(R * N, points, R * N * 2);
	const role = new Uint8Array(R * N); // bit 1 worker, 2 teacher, 4 hazardous, 8 need
	// Rare goods each person has received (queue and lottery): the consumption history allocation weighs.
	const received = new Uint16Array(R * N);
	for (let p = 0; p < R * N; p++) {
		let bits = 0;
		if (rng.next() < o.workShare) bits |= 1;
		if (rng.next() < o.teachShare) bits |= 2;
		if (bits & 1 && rng.next() < o.hazardousShare) bits |= 4;
		if (rng.next() < o.needShare) bits |= 8;
		role[p] = bits;
	}
	const supervisors = Math.max(1, Math.floor(N / 20));
	const social = world.resources.map((id, k) => ({ id, k })).filter(({ k }) => world.tier[k] === 'social');
	const rare = world.resources.map((id, k) => ({ id, k })).filter(({ k }) => world.tier[k] === 'rare');
	const sharing = rare.filter((r) => world.rareDistribution[r.k] === 'sharing');
	const perItem = sharing.length > 0 ? Math.max(1, Math.round((N * o.itemsPerPerson) / sharing.length)) : 0;
	const libraries: Library[] = Array.from({ length: R }, () =>
		createLibrary(
			sharing.flatMap((s) =>
				Array.from({ length: perItem }, (_, i) => ({ id: `${s.id}-${i + 1}`, resource: s.id }))
			)
		)
	);
	const waiting: RareRequest[][] = Array.from({ length: R * rare.length }, () => []);
	const supply = new Float64Array(R * rare.length);
	const handedOut = Object.fromEntries(rare.map((g) => [g.id, { granted: 0, points: 0 }]));
	const totals = {
		awarded: 0,
		spent: 0,
		burned: 0,
		socialAsked: 0,
		socialServed: 0,
		rareAsked: 0,
		rareServed: 0,
		findings: 0,
		randomAudits: 0,
		penalised: 0,
		forfeited: 0,
		dismissed: 0
	};
	const by = Array.from({ length: R }, () => ({
		socialAsked: 0,
		socialServed: 0,
		rareAsked: 0,
		rareServed: 0
	}));
	const found: AuditCase[] = [];
	// The register: people work with their region's supervisors; the first supervisor coordinates events.
	const structure: WorkStructure = {
		related: (a, b) =>
			Math.floor(a / N) === Math.floor(b / N) && (a % N < supervisors || b % N < supervisors),
		coordinators: new Set(Array.from({ length: R }, (_, r) => r * N))
	};
	const jury = rng.fork('appeals');
	const experts = Array.from({ length: R }, (_, r) => r * N);
	let audited = 0;
	const sample: Sample = {
		world,
		o,
		desk,
		rng,
		ledger,
		N,
		supervisors,
		role,
		received,
		rare,
		waiting,
		supply,
		handedOut,
		totals,
		by
	};
	const count = (p: number) => Math.floor(N * p + rng.next()); // stochastic rounding keeps the mean

	return {
		day(day, protocols, basicCoverage) {
			const today = { socialAsked: 0, socialServed: 0, rareAsked: 0, rareServed: 0 };
			desk.open();
			for (let r = 0; r < R; r++) {
				const base = r * N;
				const survival = protocols[r]!.rareGoodsClosed;
				const suspended = protocols[r]!.pointsSuspended;
				// Tiers 2 and 3 wait for basic needs: a region short of them serves no social or rare goods.
				const gated = basicCoverage[r]! < o.gateBasicCoverage;
				const closed = survival || gated;
				const lib = libraries[r]!;
				settleLoans(lib, day, survival);
				if (day % MONTH === MONTH - 1 && !suspended) awardMonth(sample, r, day);
				for (let n = suspended ? 0 : count(o.socialPerDay); n > 0 && social.length > 0; n--) {
					const p = base + rng.int(N);
					const good = social[rng.int(social.length)]!;
					const cost = world.pointsCost[good.k]!;
					today.socialAsked++;
					by[r]!.socialAsked++;
					// Most asks cannot be afforded; checking first spares building a refusal nobody reads.
					if (ledger.balance(p) < cost) continue;
					if (gated) continue;
					// The good is made by people with energy in this region, after basic needs (see ServiceDesk).
					if (desk.capacity(r, good.k) < 1) {
						desk.refused('social', 1);
						continue;
					}
					const spent = ledger.apply({ op: 'spend', person: p, points: cost, item: good.id, at: day });
					if (spent.status === 'ok') {
						desk.draw(r, good.k, 1);
						today.socialServed++;
						by[r]!.socialServed++;
						totals.spent += cost;
					}
				}
				for (let n = count(o.rarePerDay); n > 0 && rare.length > 0; n--) {
					const p = base + rng.int(N);
					const j = rng.int(rare.length);
					const good = rare[j]!;
					today.rareAsked++;
					by[r]!.rareAsked++;
					if (world.rareDistribution[good.k] === 'sharing') {
						if (lend(lib, p, good.id, day, o.loanDays, closed)) {
							today.rareServed++;
							by[r]!.rareServed++;
						}
					} else if (!lib.banned.has(p) && ledger.balance(p) >= world.pointsCost[good.k]!)
						// Queue and lottery goods may carry a points price (expeditions: 5,000 and 10,000).
						waiting[r * rare.length + j]!.push({ person: p, day, need: (role[p]! & 8) !== 0 });
				}
				handOutRare(sample, r, day, gated, survival, today);
			}
			if (day % o.auditEveryDays === o.auditEveryDays - 1) {
				const panel = { experts, jurorAccuracy: o.jurorAccuracy, randomShare: o.randomAuditShare };
				const gamed = (person: number) => ringOf(sample, person) >= 0;
				const q = auditQuarter(ledger, structure, points, { fromDay: audited, day }, panel, gamed, jury);
				totals.findings += q.findings;
				totals.randomAudits += q.randomAudits;
				totals.penalised += q.penalised;
				totals.forfeited += q.forfeited;
				totals.dismissed += q.dismissed;
				found.push(...q.cases.slice(0, Math.max(0, 10 - found.length)));
				audited = day + 1;
			}
			if (day % YEAR === YEAR - 1) totals.burned += ledger.yearlyBurn(day);
			totals.socialAsked += today.socialAsked;
			totals.socialServed += today.socialServed;
			totals.rareAsked += today.rareAsked;
			totals.rareServed += today.rareServed;
			return today;
		},
		summary() {
			const share = (served: number, asked: number) => (asked > 0 ? served / asked : null);
			return {
				sample: R * N,
				...totals,
				waiting: waiting.reduce((a, w) => a + w.length, 0),
				services: desk.summary(),
				rareHandedOut: handedOut,
				gaming: found,
				byRegion: Object.fromEntries(
					world.regions.map((id, r) => [
						id,
						{
							social: share(by[r]!.socialServed, by[r]!.socialAsked),
							rare: share(by[r]!.rareServed, by[r]!.rareAsked)
						}
					])
				)
			};
		}
	};
}
