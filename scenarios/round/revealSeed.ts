import { canonicalJson } from '../ballot/canonicalJson.js';
import { sha256Hex } from '../ballot/sha256Hex.js';
import type { Round, SeedReveal } from './types.js';

/**
 * The reveal seed from its shares (commit–reveal, as in public randomness beacons): every committed
 * party must reveal a secret whose SHA-256 is its commitment, at least `options.seedParties` must
 * have committed, and a named public source must have its value. The seed is SHA-256 of the canonical
 * JSON of the round id, the secrets (sorted by party) and the public value, so no single party,
 * the operator included, can choose it. `seed` is undefined only when the round asks for no parties
 * and none committed: then the operator's machine makes it.
 */
export function revealSeed(
	round: Round,
	reveal: SeedReveal | undefined
): { readonly ok: true; readonly seed?: string } | { readonly ok: false; readonly message: string } {
	const parties = round.seedCommits?.parties ?? [];
	const source = round.seedCommits?.publicSource;
	if (parties.length < round.options.seedParties) {
		const needs = `the seed needs commitments from at least ${round.options.seedParties} parties before the vote opens`;
		return { ok: false, message: `${needs}; ${parties.length} committed (round commit-seed)` };
	}
	if (parties.length === 0 && source === undefined)
		return reveal ? { ok: false, message: 'no seed shares were committed' } : { ok: true };
	const secrets = reveal?.secrets ?? [];
	for (const s of secrets)
		if (!parties.some((p) => p.party === s.party))
			return { ok: false, message: `${s.party} revealed a share but never committed to one` };
	for (const p of parties) {
		const share = secrets.find((s) => s.party === p.party);
		if (!share) return { ok: false, message: `${p.party} has not revealed its share` };
		if (sha256Hex(share.secret) !== p.hash)
			return { ok: false, message: `the share revealed by ${p.party} does not match its commitment` };
	}
	if (source !== undefined && !reveal?.publicValue)
		return { ok: false, message: `the value of the public source "${source}" is missing` };
	const sorted = [...secrets].sort((a, b) => (a.party < b.party ? -1 : 1));
	return {
		ok: true,
		seed: sha256Hex(
			canonicalJson({
				round: round.id,
				secrets: sorted,
				publicSource: source ?? null,
				publicValue: reveal?.publicValue ?? null
			})
		)
	};
}
