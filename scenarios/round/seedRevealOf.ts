import type { SeedReveal } from './types.js';

/**
 * The shares typed when the vote opens, as the council's desk and `resourceos round open-vote` take
 * them: `party=secret` pairs separated by commas (a secret may hold `=`; only the first splits), and
 * the public source's value. Nothing revealed is undefined: a round without seed commitments.
 */
export function seedRevealOf(pairs: string, publicValue: string | undefined): SeedReveal | undefined {
	const secrets = pairs
		.split(',')
		.filter(Boolean)
		.map((pair) => ({ party: pair.slice(0, pair.indexOf('=')), secret: pair.slice(pair.indexOf('=') + 1) }));
	if (secrets.length === 0 && publicValue === undefined) return undefined;
	return { secrets, ...(publicValue !== undefined ? { publicValue } : {}) };
}
