import { createHash } from 'node:crypto';
import type { Pool, Quotas } from '../types.js';

/** SHA-256 of UTF-8 text, lower-case hex. */
export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** JSON with object keys sorted at every level, so equal values always hash equally. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.filter((k) => (value as Record<string, unknown>)[k] !== undefined)
			.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/**
 * Digest of a pool: one line per volunteer, sorted by id: `id TAB household TAB category=value;...` with
 * categories sorted. Row order and column order in the CSV do not change it; any edit to a person does.
 */
export function poolDigest(pool: Pool): string {
	const lines = pool.volunteers
		.map((v) =>
			[
				v.id,
				v.household,
				Object.keys(v.features)
					.sort()
					.map((k) => `${k}=${v.features[k]}`)
					.join(';')
			].join('\t')
		)
		.sort();
	return sha256(lines.join('\n'));
}

export const quotasDigest = (quotas: Quotas): string => sha256(canonicalJson(quotas));

/** Digest of the published panel list: panels in lottery order, each as its sorted ids joined by commas. */
export const lotteryDigest = (panels: readonly (readonly string[])[]): string =>
	sha256(panels.map((p) => [...p].sort().join(',')).join('\n'));

/** The lottery index a seed picks: SHA-256(commitment hash, newline, seed) as an integer, modulo m. */
export function lotteryIndex(commitmentHash: string, seed: string, m: number): number {
	return Number(BigInt(`0x${sha256(`${commitmentHash}\n${seed}`)}`) % BigInt(m));
}
