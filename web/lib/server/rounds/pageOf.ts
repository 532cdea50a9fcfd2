import type { Paged } from './types.js';

/** One page (1-based, clamped into range) of a long list, so a round with 1,000 ballots stays a small page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Paged<T> {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const at = Math.min(Math.max(1, page), pages);
	return { items: items.slice((at - 1) * size, at * size), page: at, pages, total: items.length };
}
