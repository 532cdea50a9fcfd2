import type { Pool, Quotas } from '../types.js';

/**
 * Rounds at the level of individuals: while a selectable volunteer sits on fewer than `target` of the
 * m panels, swaps them into a panel in place of a volunteer who sits on more than `target`, when the
 * swap keeps every quota of that panel within its bounds and seats at most one person per household.
 * Class-level rounding can leave some members of a class (or a class of one) short, even at zero; this
 * lifts everyone it can towards `target` = floor(m × bound), the best any uniform m-panel lottery can
 * give the least-served. Deterministic: volunteers and panels are visited in a fixed order.
 */
export function levelIndividuals(
	lottery: readonly (readonly string[])[],
	pool: Pool,
	quotas: Quotas,
	selectable: ReadonlySet<string>,
	target: number
): { readonly lottery: string[][]; readonly swaps: number } {
	const n = pool.volunteers.length;
	const index = new Map(pool.volunteers.map((v, i) => [v.id, i]));
	const categories = Object.keys(quotas.categories);
	// Quota cells as integers: cell[i * C + c] is volunteer i's cell in category c (-1: not in the quotas).
	const cellIds = new Map<string, number>();
	const min: number[] = [];
	const max: number[] = [];
	for (const k of categories)
		for (const [value, b] of Object.entries(quotas.categories[k]!)) {
			cellIds.set(`${k}\u0000${value}`, min.length);
			min.push(b.min);
			max.push(b.max);
		}
	const C = categories.length;
	const cell = new Int32Array(n * C);
	const householdIds = new Map<string, number>();
	const household = new Int32Array(n);
	pool.volunteers.forEach((v, i) => {
		categories.forEach((k, c) => (cell[i * C + c] = cellIds.get(`${k}\u0000${v.features[k]}`) ?? -1));
		if (!householdIds.has(v.household)) householdIds.set(v.household, householdIds.size);
		household[i] = householdIds.get(v.household)!;
	});
	const panels = lottery.map((p) => Int32Array.from(p, (id) => index.get(id)!));
	const count = new Int32Array(n);
	for (const p of panels) for (const i of p) count[i]!++;
	const cells = panels.map((p) => {
		const c = new Int32Array(min.length);
		for (const i of p) for (let k = 0; k < C; k++) if (cell[i * C + k]! >= 0) c[cell[i * C + k]!]!++;
		return c;
	});
	const homes = panels.map((p) => new Set(Array.from(p, (i) => household[i]!)));

	/** Whether replacing x by y on panel p keeps every quota cell within its bounds. */
	const quotaSafe = (p: number, x: number, y: number) => {
		for (let k = 0; k < C; k++) {
			const cx = cell[x * C + k]!;
			const cy = cell[y * C + k]!;
			if (cx === cy) continue;
			if (cx < 0 || cy < 0) return false;
			if (cells[p]![cy]! + 1 > max[cy]! || cells[p]![cx]! - 1 < min[cx]!) return false;
		}
		return true;
	};

	let swaps = 0;
	const short = [...selectable]
		.map((id) => index.get(id)!)
		.filter((i) => count[i]! < target)
		.sort((a, b) => a - b);
	for (const y of short) {
		while (count[y]! < target) {
			let best = -1;
			let slot = -1;
			for (let p = 0; p < panels.length && best < 0; p++) {
				const panel = panels[p]!;
				if (panel.includes(y)) continue;
				const housemateOnly = homes[p]!.has(household[y]!);
				for (let s = 0; s < panel.length; s++) {
					const x = panel[s]!;
					if (count[x]! <= target || (best >= 0 && count[x]! <= count[best]!)) continue;
					// Y's household may already sit here only through X, who leaves.
					if (housemateOnly && household[x] !== household[y]) continue;
					if (quotaSafe(p, x, y)) [best, slot] = [x, s];
				}
				if (best >= 0) {
					panel[slot] = y;
					homes[p]!.delete(household[best]!);
					homes[p]!.add(household[y]!);
					for (let k = 0; k < C; k++) {
						cells[p]![cell[best * C + k]!]!--;
						cells[p]![cell[y * C + k]!]!++;
					}
					count[best]!--;
					count[y]!++;
					swaps++;
				}
			}
			if (best < 0) break; // no quota-safe swap lifts this volunteer further
		}
	}
	return {
		lottery: panels.map((p) => Array.from(p, (i) => pool.volunteers[i]!.id).sort()),
		swaps
	};
}
