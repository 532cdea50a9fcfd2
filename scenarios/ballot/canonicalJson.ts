/**
 * JSON with object keys sorted at every depth, so that the same value always hashes the same
 * (the idea of RFC 8785, JSON Canonicalization Scheme; numbers use JavaScript's shortest form).
 */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') {
		if (typeof value === 'number' && !Number.isFinite(value))
			throw new TypeError(`canonicalJson: ${value} has no JSON form`);
		return JSON.stringify(value) ?? 'null';
	}
	if (Array.isArray(value))
		return `[${value.map((x) => canonicalJson(x === undefined ? null : x)).join(',')}]`;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, v]) => v !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
