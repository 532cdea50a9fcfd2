import { rankOf, stepThreat } from './stepThreat.js';
import type { ThreatConditions, ThreatEvent, ThreatLevel, ThreatOptions, ThreatState } from './types.js';

/** The levels of every region and of the federation. */
export interface FederationThreat {
	readonly regions: readonly ThreatState[];
	readonly federation: ThreatState;
}

/** Today's observations: per region, and the federation's own (without the regions' levels, which this derives). */
export interface ThreatObservation {
	readonly regions: readonly Omit<ThreatConditions, 'regionsAtLeast'>[];
	readonly federation: Omit<ThreatConditions, 'regionsAtLeast'>;
	/** People per region, to weigh the regions' levels. */
	readonly persons: ArrayLike<number>;
}

const none = { yellow: 0, red: 0, survival: 0 } as const;

/** Everyone starts at normal on day 0. */
export function initialThreat(regions: number): FederationThreat {
	const normal: ThreatState = { level: 'normal', since: 0, clearDays: 0 };
	return { regions: Array.from({ length: regions }, () => normal), federation: normal };
}

/**
 * The level a region lives under: its own, or the federation's red or survival (a global failure)
 * when that is higher. A federation yellow only reports that some region is in trouble: it must not
 * put every region on local reserves, which would stop the help the troubled region needs.
 */
export function effectiveLevel(region: ThreatLevel, federation: ThreatLevel): ThreatLevel {
	const global = rankOf(federation) >= 2;
	return global && rankOf(federation) > rankOf(region) ? federation : region;
}

/**
 * Steps every region, then the federation from its own observations and the share of people in
 * regions at each level. Pure: the same inputs give the same levels and events.
 */
export function stepThreats(
	prev: FederationThreat,
	observed: ThreatObservation,
	options: ThreatOptions,
	day: number,
	regionIds: readonly string[]
): { readonly threat: FederationThreat; readonly events: readonly ThreatEvent[] } {
	const events: ThreatEvent[] = [];
	const regions = prev.regions.map((state, r) => {
		const o = observed.regions[r]!;
		// Named fields, not a spread: an object spread per region per day was a tenth of a daily run.
		const conditions: ThreatConditions = {
			stockDays: o.stockDays,
			sensorsLost: o.sensorsLost,
			cutOff: o.cutOff,
			belowLifeline: o.belowLifeline,
			declared: o.declared,
			regionsAtLeast: none
		};
		const step = stepThreat(state, conditions, options.region, options, day, regionIds[r]!);
		if (step.event) events.push(step.event);
		return step.state;
	});
	let total = 0;
	const at = { yellow: 0, red: 0, survival: 0 };
	regions.forEach((s, r) => {
		const persons = observed.persons[r]!;
		total += persons;
		const rank = rankOf(s.level);
		if (rank >= 1) at.yellow += persons;
		if (rank >= 2) at.red += persons;
		if (rank >= 3) at.survival += persons;
	});
	const share = (x: number) => (total > 0 ? x / total : 0);
	const fed = stepThreat(
		prev.federation,
		{
			...observed.federation,
			regionsAtLeast: { yellow: share(at.yellow), red: share(at.red), survival: share(at.survival) }
		},
		options.federation,
		options,
		day,
		'federation'
	);
	if (fed.event) events.push(fed.event);
	return { threat: { regions, federation: fed.state }, events };
}
