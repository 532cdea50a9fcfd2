import type { Rng } from '../rng/types.js';

/** A request for a rare good; `need` marks priority holders (medics, scientists, per the brief). */
export interface RareRequest {
	readonly person: number;
	readonly day: number;
	readonly need: boolean;
	/** Rare goods the person has received before (consumption history; default 0): fewer goes first. */
	readonly received?: number;
}

export type RareAllocation =
	| { readonly status: 'ok'; readonly granted: readonly number[]; readonly waiting: readonly number[] }
	| { readonly status: 'closed'; readonly reason: 'survival-mode'; readonly waiting: readonly number[] };

/**
 * Hands out `units` of a rare good, by the documents' "priority for need" and consumption history:
 * need comes first in both modes, then whoever has received fewer rare goods before; within that,
 * a queue serves by request day (ties by person id, so the order is explicit), a lottery draws by the
 * seeded generator (Fisher–Yates). In survival mode nothing is handed out.
 */
export function allocateRare(
	requests: readonly RareRequest[],
	units: number,
	mode: 'queue' | 'lottery',
	rng: Rng,
	survival = false
): RareAllocation {
	const byQueue = (a: RareRequest, b: RareRequest) => a.day - b.day || a.person - b.person;
	const rank = (r: RareRequest) => (r.need ? 0 : 1);
	const history = (r: RareRequest) => r.received ?? 0;
	const sorted = [...requests].sort((a, b) => rank(a) - rank(b) || history(a) - history(b) || byQueue(a, b));
	if (mode === 'lottery') {
		// Shuffle within each class of the same priority and history, never across them.
		for (let end = sorted.length; end > 0;) {
			let start = end - 1;
			const last = sorted[end - 1]!;
			while (
				start > 0 &&
				rank(sorted[start - 1]!) === rank(last) &&
				history(sorted[start - 1]!) === history(last)
			)
				start--;
			// Need holders are served in queue order even in a lottery: their need is the priority.
			if (rank(last) === 1)
				for (let i = end - 1; i > start; i--) {
					const j = start + rng.int(i - start + 1);
					[sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
				}
			end = start;
		}
	}
	const order = sorted.map((r) => r.person);
	if (survival) return { status: 'closed', reason: 'survival-mode', waiting: order };
	const n = Math.max(0, Math.min(units, order.length));
	return { status: 'ok', granted: order.slice(0, n), waiting: order.slice(n) };
}
