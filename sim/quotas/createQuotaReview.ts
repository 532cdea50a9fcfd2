import type { SimState } from '../step/types.js';
import type { CompiledWorld } from '../world/types.js';
import type { QuotaCut, QuotaCutOptions } from './types.js';

/** The reduced-quota rule over a run: `beginDay` sets today's factors, `endDay` reviews food waste. */
export interface QuotaReview {
	/** Before the day's need and request are set: today's `state.quotaCut` from standing cuts and findings. */
	beginDay(state: SimState): void;
	/** After the day: adds its discarded food, and on a review day cuts the regions that wasted too much. */
	endDay(state: SimState): void;
	/** Every cut so far, in order. */
	readonly cuts: readonly QuotaCut[];
}

/**
 * Regions that damage ecosystems get reduced tier-1 quotas while the finding stands (an
 * `ecosystem-damage` shock); regions whose discarded food over a review period exceeds
 * `maxWasteShare` of their need get their food quotas × `wasteFactor` for `cutDays`. Waste here is
 * what a region throws away above its storage (spoilage of a reserve is the catalogue's loss rate,
 * not a region's choice). Cuts multiply; the quota cut lowers what people ask, not what they need,
 * so coverage shows it.
 */
export function createQuotaReview(world: CompiledWorld, o: QuotaCutOptions): QuotaReview {
	const { R, K } = world;
	const isFood = Uint8Array.from(world.resources, (id, k) =>
		o.foodResources.includes(id) && world.normKind[k] === 1 ? 1 : 0
	);
	const wasted = new Float64Array(R * K);
	const needed = new Float64Array(R * K);
	const wasteUntil = new Int32Array(R);
	const wasteShare = new Float64Array(R);
	// Per region: the index in `cuts` of the ecosystem finding that stands, or −1.
	const standing = new Int32Array(R).fill(-1);
	const cuts: QuotaCut[] = [];
	return {
		cuts,
		beginDay(state) {
			const day = state.day;
			for (let r = 0; r < R; r++) {
				const damage = state.ecosystemDamage[r] === 1;
				const open = standing[r]!;
				if (!damage) standing[r] = -1;
				else if (open >= 0) cuts[open] = { ...cuts[open]!, until: day + 1 };
				else {
					standing[r] = cuts.length;
					cuts.push({
						day,
						region: world.regions[r]!,
						cause: 'ecosystem-damage',
						resource: null,
						value: 1,
						threshold: 1,
						factor: o.ecosystemFactor,
						until: day + 1
					});
				}
				const eco = damage ? o.ecosystemFactor : 1;
				const waste = wasteUntil[r]! > day ? o.wasteFactor : 1;
				for (let k = 0; k < K; k++)
					state.quotaCut[r * K + k] = world.tier[k] === 'basic' ? eco * (isFood[k] ? waste : 1) : 1;
			}
		},
		endDay(state) {
			for (let rk = 0; rk < R * K; rk++) {
				if (!isFood[rk % K]) continue;
				wasted[rk]! += state.dayOverflow[rk]!;
				needed[rk]! += state.dayNeed[rk]!;
			}
			if ((state.day + 1) % o.reviewDays !== 0) return;
			wasteShare.fill(0);
			for (let r = 0; r < R; r++) {
				let worst = -1;
				for (let k = 0; k < K; k++) {
					const rk = r * K + k;
					if (!isFood[k] || !(needed[rk]! > 0)) continue;
					const share = wasted[rk]! / needed[rk]!;
					if (share > wasteShare[r]!) {
						wasteShare[r] = share;
						worst = k;
					}
				}
				if (worst >= 0 && wasteShare[r]! > o.maxWasteShare) {
					wasteUntil[r] = state.day + 1 + o.cutDays;
					cuts.push({
						day: state.day + 1,
						region: world.regions[r]!,
						cause: 'food-waste',
						resource: world.resources[worst]!,
						value: wasteShare[r]!,
						threshold: o.maxWasteShare,
						factor: o.wasteFactor,
						until: wasteUntil[r]!
					});
				}
			}
			wasted.fill(0);
			needed.fill(0);
		}
	};
}
