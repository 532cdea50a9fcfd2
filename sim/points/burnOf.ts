/**
 * Points that burn from a balance at the yearly reset: all but `carryShare` (20%). `whole` rounds to
 * whole points, for records that hold integers; the kept part absorbs the rounding.
 */
export function burnOf(balance: number, carryShare: number, whole = false): number {
	if (!(balance > 0)) return 0;
	const burned = balance * (1 - carryShare);
	return whole ? Math.round(burned) : burned;
}
