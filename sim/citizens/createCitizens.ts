import { createLedger } from '../points/createLedger.js';
import type { AuditCase, WorkStructure } from '../points/audit/types.js';
import type { PointsOptions } from '../points/types.js';
import type { Rng } from '../rng/types.js';
import { allocateRare, type RareRequest } from '../sharing/allocateRare.js';
import { applySharing, sharingDefaults } from '../sharing/applySharing.js';
import { createLibrary } from '../sharing/createLibrary.js';
import type { Library } from '../sharing/types.js';
import type { ThreatSwitches } from '../threat/types.js';
import type { CitizenOptions } from '../types.js';
import type { CompiledWorld } from '../world/types.js';
import type { ServiceDesk, ServiceDraw } from './createServiceDesk.js';
import { auditQuarter } from './auditQuarter.js';

const MONTH = 30;
const YEAR = 365;

/** Tier 2 and 3 requests of one day: asked, and served the same day. */
export interface CitizensDay {
	readonly socialAsked: number;
	readonly socialServed: number;
	readonly rareAsked: number;
	readonly rareServed: number;
}

/** What the sample did over the run, for the outcome file. */
export interface CitizensSummary {
	readonly sample: number;
	readonly awarded: number;
	readonly spent: number;
	readonly burned: number;
	readonly socialAsked: number;
	readonly socialServed: number;
	readonly rareAsked: number;
	readonly rareServed: number;
	readonly waiting: number;
	/** Per queue or lottery good: units granted and the points paid for them (expeditions: 5,000 and 10,000 each). */
	readonly rareHandedOut: Readonly<Record<string, { readonly granted: number; readonly points: number }>>;
	/** What serving tiers 2 and 3 drew from the world, and requests refused for want of it. */
	readonly services: ServiceDraw;
	/** The periodic audits' cases (the first 10, with the flag's reasons, the panel and its votes); flags raised; people sanctioned after an upheld appeal, and cases dismissed. */
	readonly gaming: readonly AuditCase[];
	readonly findings: number;
	/** People drawn by lot in the quarterly random audits (each a case like a flag). */
	readonly randomAudits: number;
	readonly penalised: number;
	/** Points zeroed by upheld cases. */
	readonly forfeited: number;
	readonly dismissed: number;
	/** Per region: served ÷ asked of social and rare goods (null when nobody asked). */
	readonly byRegion: Readonly<
		Record<string, { readonly social: number | null; readonly rare: number | null }>
	>;
}

export interface Citizens {
	/** One day; `protocols` per region: rare goods closed in survival mode, no points earned or spent at red. */
	day(day: number, protocols: readonly ThreatSwitches[], basicCoverage: ArrayLike<number>): CitizensDay;
	summary(): CitizensSummary;
}

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
	// Planted rings (region 0's sample, after its supervisors): each member's "work" is confirmed by the next.
	const ringOf = (person: number) => {
		const i = person - supervisors;
		return person < R * N && i >= 0 && i < o.rings * o.ringSize ? Math.floor(i / o.ringSize) : -1;
	};
	const count = (p: number) => Math.floor(N * p + rng.next()); // stochastic rounding keeps the mean

	const award = (person: number, kind: string, hazardous: boolean, confirmedBy: number, day: number) => {
		const result = ledger.apply({
			op: 'award',
			person,
			contribution: { kind, quantity: 1, hazardous },
			confirmedBy: confirmedBy === person ? null : confirmedBy,
			at: day
		});
		if (result.status === 'ok') totals.awarded += result.points;
	};

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
				// Libraries: loans that are due come back.
				const lib = libraries[r]!;
				for (let i = 0; i < lib.items.length; i++) {
					if (lib.holder[i]! >= 0 && lib.due[i]! <= day)
						applySharing(lib, { op: 'return', person: lib.holder[i]!, item: i, today: day });
					// Bookers collect their item on the first booked day; a booking that cannot be collected lapses.
					const next = lib.bookings[i]![0];
					if (lib.holder[i] === -1 && next && next.from <= day) {
						const taken = applySharing(
							lib,
							{ op: 'take', person: next.person, item: i, today: day, days: Math.max(1, next.to - day) },
							sharingDefaults,
							survival
						);
						if (taken.status !== 'ok')
							applySharing(lib, { op: 'cancel', person: next.person, item: i, from: next.from });
					}
				}
				if (day % MONTH === MONTH - 1 && !suspended) {
					for (let i = 0; i < N; i++) {
						const p = base + i;
						const bits = role[p]!;
						// Supervisors confirm each other (a lone supervisor is confirmed by the team).
						const boss =
							i < supervisors ? base + ((i + 1) % Math.max(2, supervisors)) : base + rng.int(supervisors);
						const ring = r === 0 ? ringOf(p) : -1;
						if (ring >= 0) {
							const next =
								supervisors + ring * o.ringSize + ((i - supervisors - ring * o.ringSize + 1) % o.ringSize);
							award(p, 'work', true, next, day);
							award(p, 'discovery', false, next, day);
						} else if (bits & 1) award(p, 'work', (bits & 4) !== 0, boss, day);
						if (bits & 2) award(p, 'teaching', false, boss, day);
						// Events are confirmed by the region's first supervisor, who coordinates projects and councils.
						const coordinator = i === 0 ? base + 1 : base;
						if (rng.next() < 0.05) award(p, 'ecology', false, coordinator, day);
						if (rng.next() < 0.02) award(p, 'governance', false, coordinator, day);
					}
				}
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
				for (let j = 0; j < rare.length; j++) {
					const w = r * rare.length + j;
					supply[w]! += (N * o.rareUnitsPerPersonYear) / YEAR;
					// Requests older than the booking horizon lapse (checked weekly, to keep the day cheap).
					if (day % 7 === 0)
						waiting[w] = waiting[w]!.filter((q) => day - q.day <= sharingDefaults.maxAheadDays);
					const queue = waiting[w]!;
					if (queue.length === 0 || supply[w]! < 1) continue;
					const mode = world.rareDistribution[rare[j]!.k] === 'lottery' ? 'lottery' : 'queue';
					if (gated) continue;
					// Released units are handed out only as far as the region can serve them (labour, energy).
					const servable = Math.min(Math.floor(supply[w]!), desk.capacity(r, rare[j]!.k));
					if (servable < Math.min(queue.length, Math.floor(supply[w]!)))
						desk.refused('rare', Math.min(queue.length, Math.floor(supply[w]!)) - servable);
					if (servable < 1) continue;
					const cost = world.pointsCost[rare[j]!.k]!;
					const history = queue
						.filter((q) => ledger.balance(q.person) >= cost)
						.map((q) => ({ ...q, received: received[q.person]! }));
					const result = allocateRare(history, servable, mode, rng, survival);
					if (result.status !== 'ok') continue;
					const granted = new Set<number>();
					for (const person of result.granted) {
						const paid =
							cost === 0 ||
							ledger.apply({ op: 'spend', person, points: cost, item: rare[j]!.id, at: day }).status === 'ok';
						if (!paid) continue;
						if (cost > 0) totals.spent += cost;
						handedOut[rare[j]!.id]!.granted++;
						handedOut[rare[j]!.id]!.points += cost;
						granted.add(person);
						received[person]!++;
					}
					desk.draw(r, rare[j]!.k, granted.size);
					supply[w]! -= granted.size;
					for (const q of queue)
						if (granted.has(q.person) && q.day === day) {
							today.rareServed++;
							by[r]!.rareServed++;
						}
					waiting[w] = queue.filter((q) => !granted.has(q.person));
				}
			}
			if (day % o.auditEveryDays === o.auditEveryDays - 1) {
				const panel = { experts, jurorAccuracy: o.jurorAccuracy, randomShare: o.randomAuditShare };
				const gamed = (person: number) => ringOf(person) >= 0;
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

/** Takes a free item of `resource` now, or books the earliest free window within the booking horizon. */
function lend(
	lib: Library,
	person: number,
	resource: string,
	day: number,
	days: number,
	survival: boolean
): boolean {
	if (survival) return false;
	for (let i = 0; i < lib.items.length; i++) {
		if (lib.items[i]!.resource !== resource || lib.holder[i] !== -1) continue;
		if (
			applySharing(lib, { op: 'take', person, item: i, today: day, days }, sharingDefaults, survival)
				.status === 'ok'
		)
			return true;
	}
	for (let i = 0; i < lib.items.length; i++) {
		if (lib.items[i]!.resource !== resource) continue;
		const from = Math.max(day, lib.holder[i]! >= 0 ? lib.due[i]! : day, ...lib.bookings[i]!.map((b) => b.to));
		if (
			applySharing(
				lib,
				{ op: 'book', person, item: i, from, to: from + days, today: day },
				sharingDefaults,
				survival
			).status === 'ok'
		)
			return true;
	}
	return false;
}
