/**
 * A typed code as the panelist may enter it: case, spaces and dashes ignored, O→0, I/L→1 (Crockford).
 * On its own, free of Node APIs, because the phone derives its election credential from the code too.
 */
export function normalizeCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
