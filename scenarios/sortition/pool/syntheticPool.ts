import { seededRandom } from '../rounding/seededRandom.js';
import type { Pool, Quotas, Volunteer } from '../types.js';

/** One category of a synthetic population: value → population share, and how much more likely each value volunteers. */
export interface SyntheticCategory {
	readonly name: string;
	readonly values: readonly string[];
	readonly populationShare: readonly number[];
	/** Relative propensity to volunteer; skew makes the pool unlike the population (the usual case in practice). */
	readonly volunteerPropensity: readonly number[];
}

/** Settings of a synthetic pool. Defaults in `syntheticDefaults` (6 categories, 25 quota cells). */
export interface SyntheticOptions {
	readonly volunteers: number;
	readonly panelSize: number;
	readonly categories: readonly SyntheticCategory[];
	/** Share of volunteers living with another volunteer (pairs sharing region and settlement). Default 0.1. */
	readonly householdShare: number;
	/** Quota tolerance around the population-proportional count, as a share of the count. Default 0.05. */
	readonly tolerance: number;
	readonly seed: string;
}

const c = (
	name: string,
	values: string[],
	populationShare: number[],
	volunteerPropensity: number[]
): SyntheticCategory => ({ name, values, populationShare, volunteerPropensity });

export const syntheticDefaults: SyntheticOptions = {
	volunteers: 5000,
	panelSize: 500,
	householdShare: 0.1,
	tolerance: 0.05,
	seed: 'synthetic',
	categories: [
		c(
			'region',
			['north', 'south', 'east', 'west', 'centre', 'capital', 'coast', 'mountains'],
			[0.14, 0.16, 0.12, 0.12, 0.14, 0.18, 0.08, 0.06],
			[1, 0.8, 0.9, 1, 1.1, 1.6, 0.9, 0.6]
		),
		c(
			'age',
			['16-29', '30-44', '45-59', '60-74', '75+'],
			[0.24, 0.26, 0.24, 0.18, 0.08],
			[0.6, 0.9, 1.2, 1.6, 0.7]
		),
		c('gender', ['female', 'male'], [0.52, 0.48], [1.1, 0.9]),
		c(
			'education',
			['basic', 'secondary', 'vocational', 'higher'],
			[0.15, 0.35, 0.25, 0.25],
			[0.4, 0.8, 1, 2.2]
		),
		c('settlement', ['urban', 'rural'], [0.7, 0.3], [1.3, 0.6]),
		c('occupation', ['employed', 'student', 'retired', 'other'], [0.55, 0.1, 0.2, 0.15], [1, 1.2, 1.4, 0.6])
	]
};

function pick(r: () => number, weights: readonly number[]): number {
	const total = weights.reduce((a, b) => a + b, 0);
	let u = r() * total;
	for (let i = 0; i < weights.length; i++) {
		u -= weights[i]!;
		if (u < 0) return i;
	}
	return weights.length - 1;
}

/**
 * A volunteer pool skewed against the population (volunteers over-represent the educated, urban and
 * older), with population-proportional quotas: the situation of Flanigan et al. (Nature 2021), where a
 * naive stratified draw gives some volunteers tiny chances.
 */
export function syntheticPool(options: Partial<SyntheticOptions> = {}): { pool: Pool; quotas: Quotas } {
	const o = { ...syntheticDefaults, ...options };
	const rng = seededRandom(o.seed);
	const volunteers: Volunteer[] = [];
	const feature = (k: SyntheticCategory) =>
		k.values[
			pick(
				rng.next,
				k.populationShare.map((p, i) => p * k.volunteerPropensity[i]!)
			)
		]!;
	const draw = (): Record<string, string> =>
		Object.fromEntries(o.categories.map((k) => [k.name, feature(k)]));
	while (volunteers.length < o.volunteers) {
		const id = `v${String(volunteers.length + 1).padStart(5, '0')}`;
		const features = draw();
		if (rng.next() < o.householdShare / 2 && volunteers.length + 1 < o.volunteers) {
			const partner = draw();
			for (const shared of ['region', 'settlement'])
				if (shared in features) partner[shared] = features[shared]!;
			volunteers.push({ id, household: `h-${id}`, features });
			volunteers.push({
				id: `v${String(volunteers.length + 1).padStart(5, '0')}`,
				household: `h-${id}`,
				features: partner
			});
		} else volunteers.push({ id, household: `h-${id}`, features });
	}
	const quotas: Quotas = {
		panelSize: o.panelSize,
		categories: Object.fromEntries(
			o.categories.map((k) => [
				k.name,
				Object.fromEntries(
					k.values.map((v, i) => {
						const target = k.populationShare[i]! * o.panelSize;
						return [
							v,
							{ min: Math.floor(target * (1 - o.tolerance)), max: Math.ceil(target * (1 + o.tolerance)) }
						];
					})
				)
			])
		)
	};
	return { pool: { categories: o.categories.map((k) => k.name), volunteers }, quotas };
}
