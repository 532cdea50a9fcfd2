import type { Random } from '../rounding/seededRandom.js';
import type { Pool, Quotas } from '../types.js';

/**
 * The baseline: a simple greedy stratified draw, the "LEGACY" procedure Flanigan et al. (Nature 2021)
 * compare against. Seat by seat, take the quota cell whose unmet minimum is largest relative to the
 * volunteers left in it, draw one of them uniformly, drop their household and anyone whose seat would
 * break a maximum; when no minimum is unmet, draw uniformly among those still allowed. A dead end restarts
 * (at most `maxRestarts` times). Returns the panel's volunteer indices, or undefined.
 */
export function legacyDraw(
	pool: Pool,
	quotas: Quotas,
	random: Random,
	maxRestarts = 50
): number[] | undefined {
	const cells = Object.entries(quotas.categories).flatMap(([k, values]) =>
		Object.entries(values).map(([value, b]) => ({ k, value, ...b }))
	);
	const cellsOf = pool.volunteers.map((v) =>
		cells.flatMap((c, i) => (v.features[c.k] === c.value ? [i] : []))
	);
	for (let attempt = 0; attempt <= maxRestarts; attempt++) {
		const alive = new Uint8Array(pool.volunteers.length).fill(1);
		const count = new Array<number>(cells.length).fill(0);
		const chosen: number[] = [];
		const households = new Set<string>();
		let stuck = false;
		while (chosen.length < quotas.panelSize) {
			const eligible: number[] = [];
			pool.volunteers.forEach((v, i) => {
				if (alive[i] && !households.has(v.household) && cellsOf[i]!.every((c) => count[c]! < cells[c]!.max))
					eligible.push(i);
			});
			let best = -1;
			let bestRatio = 0;
			cells.forEach((c, ci) => {
				const need = c.min - count[ci]!;
				if (need <= 0) return;
				const left = eligible.filter((i) => cellsOf[i]!.includes(ci)).length;
				const ratio = left === 0 ? Infinity : need / left;
				if (ratio > bestRatio) [best, bestRatio] = [ci, ratio];
			});
			const candidates = best < 0 ? eligible : eligible.filter((i) => cellsOf[i]!.includes(best));
			if (candidates.length === 0) {
				stuck = true;
				break;
			}
			const pick = candidates[random.int(candidates.length)]!;
			chosen.push(pick);
			alive[pick] = 0;
			households.add(pool.volunteers[pick]!.household);
			for (const c of cellsOf[pick]!) count[c]!++;
		}
		if (!stuck && cells.every((c, ci) => count[ci]! >= c.min && count[ci]! <= c.max))
			return chosen.sort((a, b) => a - b);
	}
	return undefined;
}

/** Monte-Carlo selection frequencies of `legacyDraw` over `runs` draws (failed draws are counted and skipped). */
export function legacyFrequencies(
	pool: Pool,
	quotas: Quotas,
	random: Random,
	runs: number
): { frequency: number[]; completed: number } {
	const times = new Array<number>(pool.volunteers.length).fill(0);
	let completed = 0;
	for (let r = 0; r < runs; r++) {
		const panel = legacyDraw(pool, quotas, random);
		if (!panel) continue;
		completed++;
		for (const i of panel) times[i]!++;
	}
	return { frequency: times.map((t) => t / Math.max(1, completed)), completed };
}
