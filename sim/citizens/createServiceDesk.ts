import type { SimState } from '../step/types.js';
import type { CompiledWorld } from '../world/types.js';

/** What tier-2/3 services drew from the world over a run. */
export interface ServiceDraw {
	/** Per resource id: units drawn from regional stocks (e.g. kWh of energy). */
	readonly drawn: Readonly<Record<string, number>>;
	readonly labourHours: number;
	/** Sample requests that were affordable and open but refused: not enough inputs above the reserve, or no labour left today. */
	readonly refusedSocial: number;
	readonly refusedRare: number;
}

/**
 * Tiers 2 and 3 in the same world as tier 1. Serving one unit of a social or rare good draws its
 * catalogue `service` (inputs such as kWh of energy, and hours of labour) from its region. Basic
 * needs win: the desk runs after the day's tier-1 consumption, draws only the stock above the good's
 * strategic reserve (catalogue `reserveDays` × today's need), and only labour from the service hours
 * (`hoursPerWorker` × the work force available today, banked for up to `bankDays`; a quarantine cuts
 * them like production).
 * Everything drawn is booked as consumption, so the books still balance.
 */
export interface ServiceDesk {
	/** Opens a day: every region's service hours from its work force today are added to its bank. */
	open(): void;
	/** How many sample requests for good k region r can serve now; each stands for region people ÷ sample size units. */
	capacity(r: number, k: number): number;
	/** Draws what `requests` sample requests for good k need in region r; call only within `capacity`. */
	draw(r: number, k: number, requests: number): void;
	refused(tier: 'social' | 'rare', requests: number): void;
	summary(): ServiceDraw;
}

export function createServiceDesk(
	world: CompiledWorld,
	state: SimState,
	sample: number,
	workShare: number,
	hoursPerWorker: number,
	bankDays: number
): ServiceDesk {
	const { R, K } = world;
	const hoursLeft = new Float64Array(R);
	const drawn = new Float64Array(K);
	let labourHours = 0;
	let refusedSocial = 0;
	let refusedRare = 0;
	const start = world.serviceStart;
	const input = world.serviceResource;
	const perUnit = world.servicePerUnit;
	const perRequest = (r: number) => (state.adults[r]! + state.children[r]!) / sample;
	return {
		open() {
			// Unused hours carry over for up to `bankDays` days: a long service (an expedition) is staffed over weeks.
			for (let r = 0; r < R; r++) {
				const today = state.adults[r]! * workShare * state.labourFactor[r]! * hoursPerWorker;
				hoursLeft[r] = Math.min(hoursLeft[r]! + today, today * bankDays);
			}
		},
		capacity(r, k) {
			const unitsPerRequest = perRequest(r);
			let requests = Infinity;
			const hours = world.serviceLabourHours[k]! * unitsPerRequest;
			if (hours > 0) requests = Math.floor(hoursLeft[r]! / hours);
			for (let i = start[k]!; i < start[k + 1]!; i++) {
				const rk = r * K + input[i]!;
				const above = state.stock[rk]! - world.reserveDays[input[i]!]! * state.need[rk]!;
				const use = perUnit[i]! * unitsPerRequest;
				if (use > 0) requests = Math.min(requests, above > 0 ? Math.floor(above / use) : 0);
			}
			return requests;
		},
		draw(r, k, requests) {
			const units = requests * perRequest(r);
			const hours = world.serviceLabourHours[k]! * units;
			hoursLeft[r]! -= hours;
			labourHours += hours;
			for (let i = start[k]!; i < start[k + 1]!; i++) {
				const ik = input[i]!;
				const use = perUnit[i]! * units;
				state.stock[r * K + ik]! -= use;
				state.totals.consumed[ik]! += use;
				state.sinceConsumed[r * K + ik]! += use;
				drawn[ik]! += use;
			}
		},
		refused(tier, requests) {
			if (tier === 'social') refusedSocial += requests;
			else refusedRare += requests;
		},
		summary: () => ({
			drawn: Object.fromEntries(
				world.resources.flatMap((id, k) => (drawn[k]! > 0 ? [[id, drawn[k]!] as const] : []))
			),
			labourHours,
			refusedSocial,
			refusedRare
		})
	};
}
