import { canonicalJson } from '../../../scenarios/ballot/canonicalJson.js';
import { sha256Hex } from '../../../scenarios/ballot/sha256Hex.js';
import type { PointsRow } from './types.js';

/** SHA-256 of a points row in canonical JSON: chained instead of the row, so the log proves each row without publishing who spent what. */
export function pointsRowDigest(row: PointsRow): string {
	return sha256Hex(
		canonicalJson({
			person: row.person,
			points: row.points,
			reason: row.reason,
			round: row.round,
			at: row.at
		})
	);
}

/** One digest for a set of rows, independent of their order. */
export function setDigest(digests: readonly string[]): string {
	return sha256Hex([...digests].sort().join('\n'));
}
