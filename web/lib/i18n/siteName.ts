import type { Locale } from './types.js';

const words: Readonly<Record<Locale, Readonly<Record<'store' | 'plant', string>>>> = {
	ru: { store: 'склад', plant: 'производство' },
	en: { store: 'store', plant: 'plant' }
};

/**
 * A sensor site in the reader's language. Sites are named by the simulated world's sensor layout
 * (sim/observe/sensorLayout) from reference data: `store-<resource>` and `plant-<resource>[-n]`; the
 * resource is named from `names` (reference names by id). Any other site is shown by its id.
 */
export function siteName(site: string, names: ReadonlyMap<string, string>, locale: Locale): string {
	const m = /^(store|plant)-(.+?)(?:-(\d+))?$/.exec(site);
	const kind = m?.[1] as 'store' | 'plant' | undefined;
	const resource = m?.[2] !== undefined ? names.get(m[2]) : undefined;
	if (!kind || resource === undefined) return site;
	return `${words[locale][kind]}: ${resource}${m![3] ? ` (${m![3]})` : ''}`;
}
