import type { NamedSeries } from './types.js';

/**
 * A request named a protected attribute. The domain brief: race, political views and sexual orientation may never
 * enter any calculation. Retrying cannot help: the request itself must change.
 */
export class ProtectedAttributeError extends Error {
	readonly retryable = false;
	constructor(readonly seriesIds: readonly string[]) {
		super(
			`refused: ${seriesIds.map((id) => JSON.stringify(id)).join(', ')} ${seriesIds.length === 1 ? 'is' : 'are'} protected (race, political views, sexual orientation, or tagged protected) and may never be analysed`
		);
		this.name = 'ProtectedAttributeError';
	}
}

const normalise = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '-');

/** True when the series is tagged `protected` or its id or a tag names a protected attribute as a whole path segment. */
export function isProtected(
	series: Pick<NamedSeries, 'id' | 'tags'>,
	attributes: readonly string[]
): boolean {
	const names = new Set(attributes.map(normalise));
	const tags = (series.tags ?? []).map(normalise);
	if (tags.includes('protected')) return true;
	const parts = [...normalise(series.id).split(/[/:.|]/), ...tags];
	return parts.some((p) => names.has(p));
}

/** Throws ProtectedAttributeError naming every protected series; the check runs before any number is computed. */
export function refuseProtected(
	series: readonly Pick<NamedSeries, 'id' | 'tags'>[],
	attributes: readonly string[]
): void {
	const bad = series.filter((s) => isProtected(s, attributes)).map((s) => s.id);
	if (bad.length > 0) throw new ProtectedAttributeError(bad);
}
