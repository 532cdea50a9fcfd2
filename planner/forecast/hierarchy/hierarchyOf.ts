import type { Hierarchy } from './types.js';

/** The site → region → federation hierarchy of the given sites (sorted by region, then site, for determinism). */
export function hierarchyOf(sites: readonly { readonly region: string; readonly site: string }[]): Hierarchy {
	const bottom = [...sites].sort((a, b) => a.region.localeCompare(b.region) || a.site.localeCompare(b.site));
	const regions = [...new Set(bottom.map((s) => s.region))];
	return {
		nodes: [
			'federation',
			...regions.map((r) => `region:${r}`),
			...bottom.map((s) => `site:${s.region}/${s.site}`)
		],
		summing: [
			bottom.map(() => 1),
			...regions.map((r) => bottom.map((s) => (s.region === r ? 1 : 0))),
			...bottom.map((_, i) => bottom.map((__, j) => (i === j ? 1 : 0)))
		],
		siteRegions: bottom.map((s) => s.region)
	};
}
