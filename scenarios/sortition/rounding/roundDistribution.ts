import type { Random } from './seededRandom.js';
import type { ClassPanel } from '../types.js';

/**
 * Rounds a distribution over panels to m equally likely copies: panel P gets ⌊m·λ_P⌋ or ⌈m·λ_P⌉ copies,
 * the fractional parts settled by systematic sampling in a seeded random order so that the total is
 * exactly m and every panel's expected number of copies is m·λ_P (dependent rounding; cf. Flanigan, Gölz,
 * Gupta, Hennig, Procaccia, "Fair Sortition Made Transparent", NeurIPS 2021, §4). Every copy is a panel of
 * the distribution, so it meets the quotas as it stands.
 */
export function roundDistribution(
	panels: readonly ClassPanel[],
	weights: readonly number[],
	m: number,
	random: Random
): ClassPanel[] {
	const order = panels.map((_, j) => j);
	for (let i = order.length - 1; i > 0; i--) {
		const k = random.int(i + 1);
		[order[i], order[k]] = [order[k]!, order[i]!];
	}
	const out: ClassPanel[] = [];
	let acc = random.next();
	for (const j of order) {
		const x = weights[j]! * m;
		const whole = Math.floor(x);
		const before = Math.floor(acc);
		acc += x - whole;
		const copies = whole + Math.floor(acc) - before;
		for (let c = 0; c < copies; c++) out.push(panels[j]!);
	}
	// Float round-off can leave the count one off m: trim or repeat the heaviest panel.
	const heaviest = panels[weights.indexOf(Math.max(...weights))]!;
	while (out.length > m) out.pop();
	while (out.length < m) out.push(heaviest);
	return out;
}
