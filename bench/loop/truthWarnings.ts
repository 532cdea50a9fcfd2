import type { LoopWarning, LoopWorld } from '../../scenarios/loop/index.js';

const DAY = 86_400_000;

/**
 * The perfect-information loop's warnings: from the simulation's true state at the end of a day, each
 * region × basic flow good whose stock runs out within `aheadDays` at its true deficit (need less
 * capacity), and every one of them when the federation's stock of a good reaches its survival trigger
 * (`survivalStockDays` of the federation's deficit) within that time. They call emergency rounds as
 * the telemetry's do in the loop, so the reference re-plans on news as soon as the truth shows it.
 */
export function truthWarnings(
	world: LoopWorld,
	aheadDays: number,
	survivalStockDays: number
): (now: number) => Promise<readonly LoopWarning[]> {
	const w = world.compiled;
	const sentence = { en: 'the simulation’s true state', ru: 'истинное состояние модели' };
	return async (now) => {
		const s = world.state;
		const capacity = new Float64Array(w.R * w.K);
		for (let p = 0; p < w.P; p++)
			capacity[w.prodRegion[p]! * w.K + w.prodResource[p]!]! += s.siteCapacity[p]!;
		const warn = (r: number, k: number, days: number): LoopWarning => ({
			region: w.regions[r]!,
			resource: w.resources[k]!,
			state: 'quota-cut',
			runsOut: now + Math.max(0, days) * DAY,
			method: 'net-flow',
			probability: null,
			sentence
		});
		const warnings: LoopWarning[] = [];
		for (let k = 0; k < w.K; k++) {
			if (w.tier[k] !== 'basic' || w.normKind[k] !== 1) continue;
			let stock = 0;
			let deficit = 0;
			for (let r = 0; r < w.R; r++) {
				stock += s.stock[r * w.K + k]!;
				deficit += s.need[r * w.K + k]! - capacity[r * w.K + k]!;
			}
			const trigger = deficit > 0 ? (stock - survivalStockDays * deficit) / deficit : Infinity;
			for (let r = 0; r < w.R; r++) {
				const rk = r * w.K + k;
				const own = s.need[rk]! - capacity[rk]!;
				const runsOut = own > 0 ? s.stock[rk]! / own : Infinity;
				const days = Math.min(trigger, runsOut);
				if (days < aheadDays) warnings.push(warn(r, k, days));
			}
		}
		return warnings;
	};
}
