import type { Ledger } from './types.js';

/** The yearly reset: every balance keeps `carryShare` (20%), the rest burns. Returns the points burned. */
export function yearlyBurn(ledger: Ledger, carryShare: number): number {
	const balance = ledger.balance;
	let burned = 0;
	for (let i = 0; i < balance.length; i++) {
		const b = balance[i]!;
		const kept = b * carryShare;
		burned += b - kept;
		balance[i] = kept;
	}
	return burned;
}
