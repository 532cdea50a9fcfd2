import type { Rng } from '../rng/types.js';

/** A request for a rare good; `need` marks priority holders (medics, scientists, per the brief). */
export interface RareRequest {
	readonly person: number;
	readonly day: number;
	readonly need: boolean;
}

export type RareAllocation =
	| { readonly status: 'ok'; readonly granted: readonly number[]; readonly waiting: readonly number[] }
	| { readonly status: 'closed'; readonly reason: 'survival-mode'; readonly waiting: readonly number[] };

/**
 * Hands out `units` of a rare good. Need comes first in both modes; then a queue serves by request
 * day (ties by person id, so the order is explicit), a lottery draws by the seeded generator
 * (Fisher–Yates). In survival mode nothing is handed out.
 */
export function allocateRare(
	requests: readonly RareRequest[],
	units: number,
	mode: 'queue' | 'lottery',
	rng: Rng,
	survival = false
): RareAllocation {
	const byQueue = (a: RareRequest, b: RareRequest) => a.day - b.day || a.person - b.person;
	const priority = requests.filter((r) => r.need).sort(byQueue);
	const rest = requests.filter((r) => !r.need).sort(byQueue);
	if (mode === 'lottery') {
		for (let i = rest.length - 1; i > 0; i--) {
			const j = rng.int(i + 1);
			[rest[i], rest[j]] = [rest[j]!, rest[i]!];
		}
	}
	const order = [...priority, ...rest].map((r) => r.person);
	if (survival) return { status: 'closed', reason: 'survival-mode', waiting: order };
	const n = Math.max(0, Math.min(units, order.length));
	return { status: 'ok', granted: order.slice(0, n), waiting: order.slice(n) };
}
