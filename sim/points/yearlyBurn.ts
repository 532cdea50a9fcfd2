import type { Ledger } from './types.js';

/**
 * Points that burn from a balance at the yearly reset: all but `carryShare` (20%). The one rule for
 * every points record: the simulation's ledger and the persisted one (`data/ledger`) both use it.
 * `whole` rounds to whole points, for records that hold integers; the kept part absorbs the rounding.
 */
export function burnOf(balance: number, carryShare: number, whole = false): number {
	if (!(balance > 0)) return 0;
	const burned = balance * (1 - carryShare);
	return whole ? Math.round(burned) : burned;
}

/** The yearly reset on the simulation's ledger. Returns the points burned. */
export function yearlyBurn(ledger: Ledger, carryShare: number): number {
	const balance = ledger.balance;
	let burned = 0;
	for (let i = 0; i < balance.length; i++) {
		const b = burnOf(balance[i]!, carryShare);
		burned += b;
		balance[i]! -= b;
	}
	return burned;
}
