/**
 * A receipt as the voter may paste it: the console shows it in groups of eight, a phone may
 * capitalise it, and people add dashes; none of those are part of the 64 hex digits.
 */
export function normaliseReceipt(typed: string): string {
	return typed.replace(/[\s\-‐-―]/g, '').toLowerCase();
}
