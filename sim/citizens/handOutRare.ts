import { allocateRare } from '../sharing/allocateRare.js';
import { sharingDefaults } from '../sharing/applySharing.js';
import type { CitizensDay, Sample } from './types.js';

const YEAR = 365;

/**
 * Queue and lottery goods of region r: units are released at the sample's yearly rate; waiting
 * requests lapse after the booking horizon; a region short of basic needs (`gated`) hands out
 * nothing; released units go out as far as the region can serve them (labour, energy), by need,
 * then consumption history, then the queue or the lottery, each paid in points (expeditions).
 */
export function handOutRare(
	s: Sample,
	r: number,
	day: number,
	gated: boolean,
	survival: boolean,
	today: { -readonly [K in keyof CitizensDay]: number }
): void {
	const { world, o, desk, rng, ledger, N, rare, waiting, supply, received, handedOut, totals, by } = s;
	for (let j = 0; j < rare.length; j++) {
		const w = r * rare.length + j;
		supply[w]! += (N * o.rareUnitsPerPersonYear) / YEAR;
		// Requests older than the booking horizon lapse (checked weekly, to keep the day cheap).
		if (day % 7 === 0) waiting[w] = waiting[w]!.filter((q) => day - q.day <= sharingDefaults.maxAheadDays);
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
