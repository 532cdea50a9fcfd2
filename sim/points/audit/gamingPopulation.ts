import type { Rng } from '../../rng/types.js';
import { createLedger } from '../createLedger.js';
import type { Contribution, Ledger, PointsOptions } from '../types.js';
import type { WorkStructure } from './types.js';

/** A year of awards with the truth known: who is honest and who gamed how. */
export interface GamingPopulation {
	readonly ledger: Ledger;
	readonly structure: WorkStructure;
	/** People who may sit on an appeal as the expert. */
	readonly experts: readonly number[];
	/** Planted gamers and their scheme. */
	readonly planted: ReadonlyMap<number, string>;
	/** Honest people are 0 .. honest−1. */
	readonly honest: number;
	readonly days: number;
}

export interface PopulationOptions {
	/** Honest people (default 2000). */
	readonly honest: number;
	readonly days: number;
}

const MONTH = 30;

/**
 * Honest people the way they work: supervised units of 20, reciprocal teams of 2, 3 and 5 and
 * cooperatives of 20 that confirm each other (registered, so related), some full-time workers,
 * teachers, hazardous work, occasional events confirmed by coordinators, rare discoveries, and now
 * and then a favour from a stranger. Planted among them: unregistered rings of 4–20 with an extra
 * chord, pairs inflating 150 points a month on top of 200 real ones, pairs inflating only 50 (under
 * the audit's threshold), discovery farmers (12 a year), and a registered team claiming 80 hours a week. The shares are stated assumptions for the
 * benchmark; the audit is not tuned to any one person.
 */
export function gamingPopulation(
	rng: Rng,
	points: PointsOptions,
	options: Partial<PopulationOptions> = {}
): GamingPopulation {
	const H = options.honest ?? 2000;
	const days = options.days ?? 365;
	const group: number[] = [];
	const supervisorOf: number[] = [];
	const supervisors = new Set<number>();
	const coordinators = new Set<number>();
	let groups = 0;
	// Honest: 40% supervised units, 20% reciprocal teams, 30% cooperatives, 10% contractors.
	const kindOf = (p: number) => (p < 0.4 * H ? 'unit' : p < 0.6 * H ? 'team' : p < 0.9 * H ? 'coop' : 'solo');
	let teamLeft = 0;
	const teamSizes = [2, 3, 5];
	for (let p = 0; p < H; p++) {
		const kind = kindOf(p);
		if (kind === 'unit') {
			if (p % 20 === 0) {
				groups++;
				supervisors.add(p);
				if (p % 100 === 0) coordinators.add(p);
			}
			group.push(groups - 1);
			supervisorOf.push(supervisors.has(p) ? -1 : p - (p % 20));
		} else if (kind === 'team') {
			if (teamLeft === 0) {
				groups++;
				teamLeft = teamSizes[groups % 3]!;
			}
			teamLeft--;
			group.push(groups - 1);
			supervisorOf.push(-1);
		} else if (kind === 'coop') {
			if ((p - Math.ceil(0.6 * H)) % 20 === 0) groups++;
			group.push(groups - 1);
			supervisorOf.push(-1);
		} else {
			group.push(-1);
			supervisorOf.push(-1);
		}
	}
	const planted = new Map<number, string>();
	const supervisorList = [...supervisors];
	// Planted people hold a job in a supervised unit like anyone; their scheme is on top.
	const plant = (scheme: string | null, registered: boolean) => {
		const p = group.length;
		group.push(registered ? groups - 1 : -1);
		supervisorOf.push(supervisorList[p % supervisorList.length]!);
		if (scheme) planted.set(p, scheme);
		return p;
	};
	const rings = [4, 6, 10, 20].map((size) =>
		Array.from({ length: size }, () => plant(`ring of ${size}`, false))
	);
	const inflaters = Array.from({ length: 10 }, () => plant('slow inflation', false));
	// Below the stranger-share threshold on purpose: the audit's known blind spot, measured, not hidden.
	const quiet = Array.from({ length: 4 }, () => plant('quiet inflation, 50 a month', false));
	const farmers = Array.from({ length: 4 }, () => plant('discovery farming', false));
	// Their accomplices confirm the discoveries but gain nothing; a case's evidence names them.
	const accomplices = farmers.map(() => plant(null, false));
	groups++;
	const team = Array.from({ length: 3 }, () => plant('registered team, 80 h/week', true));

	const N = group.length;
	const ledger = createLedger(N, points, N * 16);
	const isSupervisor = (p: number) => supervisors.has(p);
	const structure: WorkStructure = {
		related: (a, b) =>
			(group[a]! >= 0 && group[a] === group[b]) ||
			supervisorOf[b] === a ||
			supervisorOf[a] === b ||
			(isSupervisor(a) && isSupervisor(b)),
		coordinators
	};
	const coordinatorList = [...coordinators];
	const coordinator = () => coordinatorList[rng.int(coordinatorList.length)]!;
	const give = (person: number, contribution: Contribution, by: number, day: number) =>
		ledger.apply({ op: 'award', person, contribution, confirmedBy: by, at: day });
	const members = new Map<number, number[]>();
	group.forEach((g, p) => {
		if (g >= 0) members.set(g, [...(members.get(g) ?? []), p]);
	});
	const peer = (p: number) => {
		const list = members.get(group[p]!)!;
		let q = p;
		while (q === p) q = list[rng.int(list.length)]!;
		return q;
	};
	const fullTime = Array.from({ length: H }, () => rng.next() < 0.15);
	const teacher = Array.from({ length: H }, () => rng.next() < 0.05);
	const hazardous = Array.from({ length: H }, () => rng.next() < 0.1);
	const scientist = Array.from({ length: H }, () => rng.next() < 0.03);

	for (let day = MONTH - 1; day < days; day += MONTH) {
		for (let p = 0; p < H; p++) {
			if (rng.next() < 1 / 12) continue; // a month off
			const kind = kindOf(p);
			const confirmer =
				rng.next() < 0.02
					? (p + 1 + rng.int(N - 1)) % N // a favour from someone outside the work structure
					: kind === 'unit'
						? isSupervisor(p)
							? supervisorList[(supervisorList.indexOf(p) + 1) % supervisorList.length]!
							: supervisorOf[p]!
						: kind === 'solo'
							? coordinator()
							: peer(p);
			give(p, { kind: 'work', quantity: fullTime[p] ? 2 : 1, hazardous: hazardous[p] }, confirmer, day);
			if (teacher[p]) give(p, { kind: 'teaching', quantity: 1 }, confirmer, day);
			if (rng.next() < 0.05) give(p, { kind: 'ecology', quantity: 1 }, coordinator(), day);
			if (rng.next() < 0.02) give(p, { kind: 'governance', quantity: 1 }, coordinator(), day);
			if (rng.next() < 0.02)
				give(p, { kind: 'street-cleaning', quantity: 1 + rng.int(10) }, coordinator(), day);
			if (rng.next() < 0.02) give(p, { kind: 'public-data-error', quantity: 1 }, coordinator(), day);
			if (scientist[p] && rng.next() < 1 / 12)
				give(p, { kind: 'discovery', quantity: 1 }, coordinator(), day);
		}
		// Planted schemes.
		const realWork = (p: number) => give(p, { kind: 'work', quantity: 1 }, supervisorOf[p]!, day);
		rings.forEach((ring, i) => {
			ring.forEach((p, j) => {
				if (i % 2 === 1) realWork(p); // half the rings also hold real jobs
				give(p, { kind: 'work', quantity: 1 }, ring[(j + 1) % ring.length]!, day);
			});
			// One extra chord: a second confirmation across the ring.
			give(ring[0]!, { kind: 'work', quantity: 0.5 }, ring[Math.floor(ring.length / 2)]!, day);
		});
		inflaters.forEach((p, j) => {
			realWork(p);
			give(p, { kind: 'work', quantity: 0.75 }, inflaters[j ^ 1]!, day);
		});
		quiet.forEach((p, j) => {
			realWork(p);
			give(p, { kind: 'work', quantity: 0.25 }, quiet[j ^ 1]!, day);
		});
		farmers.forEach((p, j) => {
			realWork(p);
			give(p, { kind: 'discovery', quantity: 1 }, accomplices[j]!, day);
			realWork(accomplices[j]!);
		});
		team.forEach((p, j) => give(p, { kind: 'work', quantity: 4 }, team[(j + 1) % team.length]!, day));
	}
	return { ledger, structure, experts: supervisorList, planted, honest: H, days };
}
