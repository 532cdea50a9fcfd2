import { protectedCategories, protectedCategoryOf } from '../../data/reference/protectedCategories.js';
import type { Lineage } from '../../data/reference/types.js';
import type { SeriesKey } from '../../data/telemetry/types.js';
import type { NamedSeries } from './types.js';

/** A refused series and the category (or extra name, or the tag `protected`) that refused it. */
export interface ProtectedHit {
	readonly id: string;
	readonly category: string;
	/** The id part or tag that named it, or the survey field it was derived from. */
	readonly name: string;
	/** Set when the series came from a protected survey field (its lineage), whatever its name. */
	readonly fromField?: true;
}

/** The refusal in words: each protected series with its category and the name that gave it away. */
function refusal(hits: readonly ProtectedHit[]): string {
	const named = hits.map(
		(h) =>
			`${JSON.stringify(h.id)} (${h.category}, ${h.fromField ? 'derived from survey field' : 'from'} ${JSON.stringify(h.name)})`
	);
	return `refused: ${named.join(', ')} ${hits.length === 1 ? 'is' : 'are'} protected and may never be analysed`;
}

/**
 * A request named a protected attribute. The founding documents: race, political views and sexual orientation
 * never enter any calculation; race and sex never enter a correlation (ethnicity and religion kept out as well).
 * Retrying cannot help: the request itself must change.
 */
export class ProtectedAttributeError extends Error {
	readonly retryable = false;
	constructor(readonly hits: readonly ProtectedHit[]) {
		super(refusal(hits));
		this.name = 'ProtectedAttributeError';
	}
	get seriesIds(): readonly string[] {
		return this.hits.map((h) => h.id);
	}
}

const lower = (s: string) => s.toLowerCase();

/**
 * Why a series is protected, or undefined. Every mode of the Correlation Center checks with use `correlation`, whose
 * list is the widest (it adds sex/gender to what no calculation may use). The id and every tag (tags carry lineage:
 * the survey fields a series is derived from) are matched as parts of names, in Russian and English; `extra` names
 * are matched as substrings of them, case-insensitive.
 */
export function protectedHit(
	series: Pick<NamedSeries, 'id' | 'tags'>,
	extra: readonly string[] = []
): ProtectedHit | undefined {
	const names = [series.id, ...(series.tags ?? [])];
	if ((series.tags ?? []).some((t) => lower(t) === 'protected'))
		return { id: series.id, category: 'tagged protected', name: 'protected' };
	for (const name of names) {
		const category = protectedCategoryOf(name, 'correlation');
		if (category) return { id: series.id, category: category.id, name };
		const listed = extra.find((x) => x.trim() !== '' && lower(name).includes(lower(x.trim())));
		if (listed) return { id: series.id, category: `listed ${JSON.stringify(listed)}`, name };
	}
	return undefined;
}

/** True when `protectedHit` finds a reason to refuse the series. */
export const isProtected = (
	series: Pick<NamedSeries, 'id' | 'tags'>,
	extra: readonly string[] = []
): boolean => protectedHit(series, extra) !== undefined;

/**
 * Why a telemetry series is protected by where it came from, or undefined: the first survey field of its lineage whose
 * category is refused in correlation (the widest use, as for names), so an innocent name cannot hide it.
 */
export function lineageHit(
	series: { readonly id: string; readonly key: Pick<SeriesKey, 'resource'> },
	lineage: Lineage
): ProtectedHit | undefined {
	for (const { field, category } of lineage(series.key)) {
		const refused = protectedCategories.find((c) => c.id === category && c.refusedIn.includes('correlation'));
		if (refused) return { id: series.id, category: refused.id, name: field, fromField: true };
	}
	return undefined;
}

/** Throws ProtectedAttributeError naming every protected series; the check runs before any number is computed. */
export function refuseProtected(
	series: readonly Pick<NamedSeries, 'id' | 'tags'>[],
	extra: readonly string[] = []
): void {
	const hits = series.map((s) => protectedHit(s, extra)).filter((h) => h !== undefined);
	if (hits.length > 0) throw new ProtectedAttributeError(hits);
}
