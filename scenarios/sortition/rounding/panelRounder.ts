import { classUpperBound } from '../optimise/panelOracle.js';
import type { Random } from './seededRandom.js';
import type { ClassPanel, ClassProblem } from '../types.js';

const TOP = 16;
const WIDE = 160;

/**
 * Rounds fractional expected counts to one whole panel (see `panelRounder`); undefined when it gives up.
 * `due[a]`: the seats per member of class a that this panel should give to put the class back on its
 * schedule (what it is owed so far, per member); the quota repair moves seats from the classes furthest
 * ahead of it to those furthest behind.
 */
export type PanelRounder = (
	want: readonly number[],
	due: readonly number[],
	random: Random
) => ClassPanel | undefined;

/**
 * For one problem, the rounding of fractional expected counts `want` to one whole panel: systematic sampling
 * of the fractional parts in a random order that keeps a household type's classes together (so the seat
 * count is exact and no household gets two seats), then a swap repair of any quota cell left outside its
 * bounds, each swap removing excess while moving a seat from a class ahead of its schedule (`due`) to one
 * behind. Undefined when the repair cannot fix it in `maxSwaps` swaps (the caller falls back to the IP oracle). Seeded: the same random source
 * gives the same panel. What depends on the problem alone is computed once, since a lottery calls it m times.
 */
export function panelRounder(problem: ClassProblem, maxSwaps = 200): PanelRounder {
	const { classes, cells, householdTypes } = problem;
	const ub = classes.map((_, a) => classUpperBound(problem, a));
	const typeCap = householdTypes.map((t) => t.households.length);
	// Each class has one cell per category, in category order: cellOf[a·C + k] is its cell in category k.
	const C = classes[0]?.cells.length ?? 0;
	const cellOf = Int32Array.from(classes.flatMap((k) => k.cells));
	const categoryOf = new Int32Array(cells.length);
	for (const klass of classes) klass.cells.forEach((cell, k) => (categoryOf[cell] = k));
	const excess = (cell: number, v: number) =>
		Math.max(0, cells[cell]!.min - v) + Math.max(0, v - cells[cell]!.max);
	const size = classes.map((k) => k.members.length);
	// Weight of the schedule against the quota excess a move removes: one seat per member ahead of schedule
	// weighs as much as one unit of excess. Ranked by excess alone, a class whose features fill several short
	// cells at once was pulled in panel after panel (a class of one reached 3x its LEXIMIN chance); a larger
	// weight tracks the schedule a little closer but needs more swaps per panel.
	const W = 1;
	return (want, due, random) => {
		// How far a class would end ahead of its schedule, per member, with `count` seats on this panel.
		const ahead = (a: number, count: number) => count / size[a]! - due[a]!;
		const order = householdTypes.map((_, t) => t);
		for (let i = order.length - 1; i > 0; i--) {
			const j = random.int(i + 1);
			[order[i], order[j]] = [order[j]!, order[i]!];
		}
		const c = new Array<number>(classes.length).fill(0);
		let acc = random.next();
		for (const t of order)
			for (const a of householdTypes[t]!.classes) {
				const x = Math.max(0, Math.min(ub[a]!, want[a]!));
				const whole = Math.floor(x + 1e-9);
				const before = Math.floor(acc);
				acc += Math.max(0, x - whole);
				c[a] = Math.min(ub[a]!, whole + Math.floor(acc) - before);
			}
		let seats = c.reduce((s, x) => s + x, 0);
		for (let a = 0; seats !== problem.panelSize && a < classes.length; a++) {
			// Round-off can leave the seat count one off; settle it on the first classes off their share.
			if (seats > problem.panelSize && c[a]! > 0 && c[a]! > want[a]!) {
				c[a]!--;
				seats--;
			} else if (seats < problem.panelSize && c[a]! < want[a]! && c[a]! < ub[a]!) {
				c[a]!++;
				seats++;
			}
		}
		if (seats !== problem.panelSize) return undefined;
		return repair(c) ? c : undefined;

		function repair(c: number[]): boolean {
			const max = maxSwaps;
			const cnt = new Array<number>(cells.length).fill(0);
			const typeUsed = new Array<number>(householdTypes.length).fill(0);
			c.forEach((x, a) => {
				for (const cell of classes[a]!.cells) cnt[cell]! += x;
				typeUsed[classes[a]!.householdType]! += x;
			});
			for (let t = 0; t < householdTypes.length; t++) if (typeUsed[t]! > typeCap[t]!) return false;
			const rem = new Array<number>(cells.length).fill(0);
			const add = new Array<number>(cells.length).fill(0);
			let width = TOP;
			// The `width` lowest scores (ties by class index); NaN marks a class that is not a candidate.
			const score = new Float64Array(classes.length);
			const top = () => {
				const best: number[] = [];
				for (let a = 0; a < classes.length; a++) {
					const v = score[a]!;
					if (Number.isNaN(v) || (best.length === width && v >= score[best[width - 1]!]!)) continue;
					let at = Math.min(best.length, width - 1);
					if (best.length < width) best.push(a);
					while (at > 0 && score[best[at - 1]!]! > v) best[at] = best[--at]!;
					best[at] = a;
				}
				return best;
			};
			for (let step = 0; step < max; step++) {
				let worst = -1;
				let worstV = 0;
				cells.forEach((_, cell) => {
					const v = excess(cell, cnt[cell]!);
					rem[cell] = excess(cell, cnt[cell]! - 1) - v;
					add[cell] = excess(cell, cnt[cell]! + 1) - v;
					if (v > worstV) [worst, worstV] = [cell, v];
				});
				if (worst < 0) return true;
				const over = cnt[worst]! > cells[worst]!.max;
				const k = categoryOf[worst]!;
				// Pairs are scored exactly only among the best few removals and additions scored alone (a swap's
				// cells in one category cancel when both volunteers share it), which keeps a step linear in classes.
				for (let a = 0; a < classes.length; a++) {
					score[a] = NaN;
					if (c[a]! > 0 && (cellOf[a * C + k] === worst) === over) {
						let v = -W * ahead(a, c[a]! - 1);
						for (let j = a * C; j < a * C + C; j++) v += rem[cellOf[j]!]!;
						score[a] = v;
					}
				}
				const outs = top();
				for (let a = 0; a < classes.length; a++) {
					score[a] = NaN;
					if (c[a]! < ub[a]! && (cellOf[a * C + k] === worst) !== over) {
						let v = W * ahead(a, c[a]! + 1);
						for (let j = a * C; j < a * C + C; j++) v += add[cellOf[j]!]!;
						score[a] = v;
					}
				}
				const ins = top();
				let bestPair: [number, number] | undefined;
				let bestScore = -Infinity;
				for (const out of outs)
					for (const inn of ins) {
						const t = classes[inn]!.householdType;
						if (t !== classes[out]!.householdType && typeUsed[t]! >= typeCap[t]!) continue;
						const co = classes[out]!.cells;
						const ci = classes[inn]!.cells;
						let d = 0;
						for (let k = 0; k < co.length; k++) if (co[k] !== ci[k]) d += rem[co[k]!]! + add[ci[k]!]!;
						if (d >= 0) continue;
						// Any swap that removes excess will do; the best balances the excess removed against how far ahead of
						// its schedule the class leaving stays and the class entering ends (per member, after the move).
						const score = -d + W * (ahead(out, c[out]! - 1) - ahead(inn, c[inn]! + 1));
						if (bestPair === undefined || score > bestScore) [bestPair, bestScore] = [[out, inn], score];
					}
				if (!bestPair && width < WIDE) {
					// The few best-looking moves all clash; look wider once before giving up.
					width = WIDE;
					step--;
					continue;
				}
				width = TOP;
				if (!bestPair) return false;
				const [out, inn] = bestPair;
				c[out]!--;
				c[inn]!++;
				for (const cell of classes[out]!.cells) cnt[cell]!--;
				for (const cell of classes[inn]!.cells) cnt[cell]!++;
				typeUsed[classes[out]!.householdType]!--;
				typeUsed[classes[inn]!.householdType]!++;
			}
			return false;
		}
	};
}
