/**
 * How many people a stock feeds for a whole horizon at a per-person daily norm, rounded down:
 * the domain brief's planning arithmetic (1000 t wheat ÷ (0.5 kg × 365) = 5479 people).
 */
export function peopleCovered(stock: number, normPerPersonDay: number, days = 365): number {
	if (normPerPersonDay <= 0 || days <= 0) return Infinity;
	return Math.floor(stock / (normPerPersonDay * days));
}
