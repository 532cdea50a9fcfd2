import type { SeriesKey } from '../../data/telemetry/types.js';
import type { ShortageInput } from '../../planner/forecast/shortage/types.js';
import type { ThreatObservation } from '../../sim/threat/stepThreats.js';
import type { RationingPolicy } from '../../sim/types.js';
import type { LoopWarning } from './types.js';

const DAY = 86_400_000;

/** What the telemetry of one scan holds, to read the emergency protocols' conditions off it. */
export interface ThreatEvidence {
	/** Regions in the world's order, with their people (the reference population). */
	readonly regions: readonly { readonly id: string; readonly persons: number }[];
	/** Every series known to the store, and those silent past their expected interval. */
	readonly series: readonly SeriesKey[];
	readonly stale: readonly SeriesKey[];
	/** The scan's windows (daily) of stock and consumption, with the need, per region × good. */
	readonly inputs: readonly ShortageInput[];
	/** Production per region × good on the same windows (key `region\0resource`). */
	readonly production: ReadonlyMap<string, readonly number[]>;
	/** The scan's shortage warnings. */
	readonly warnings: readonly LoopWarning[];
	/** The end of the scanned windows (ms). */
	readonly now: number;
	/** Ids of the basic (tier-1) goods. */
	readonly basic: ReadonlySet<string>;
	/** Ids of the goods a lifeline is about, and the lifeline share of the norm. */
	readonly lifelineResources: ReadonlySet<string>;
	readonly lifeline: number;
	readonly rationing: RationingPolicy;
}

const lastFinite = (xs: readonly number[] | undefined) => {
	for (let i = (xs?.length ?? 0) - 1; i >= 0; i--) if (Number.isFinite(xs![i])) return { i, value: xs![i]! };
	return null;
};

/**
 * The conditions of the simulation's threat machine (`stepThreats`) as the telemetry shows them, so the
 * loop steps the same machine the world does, on what its sensors saw instead of the truth:
 * - stock days of a region: the earliest date a basic good runs out among the scan's warnings (0 when
 *   empty; a `quota-cut` dates a cut, not an empty stock, and counts not); Infinity when none warns;
 * - sensors lost: the region's stale series ÷ its series (the sim counts gateways; each reports the same series);
 * - below lifeline: the last full day's consumption ÷ need of each lifeline good, read as the world rations
 *   (proportional: the whole region once under the lifeline; lifeline-first: a share 1 − c ÷ lifeline);
 * - the federation's stock days: all stock ÷ (all need − all production), lowest over basic goods, as the sim;
 *   stock and production come with their stand-ins (`readShortageInputs`, `productionWithStandIns`), by the
 *   rule the sim's `observeThreat` reads the world by (`data/plan/standIns.ts`);
 * - cut off: no sensor reports the arcs, so never (stated in README); declared: none.
 */
export function observedThreat(e: ThreatEvidence): ThreatObservation {
	const index = new Map(e.regions.map((r, i) => [r.id, i]));
	const count = (keys: readonly SeriesKey[]) => {
		const n = new Float64Array(e.regions.length);
		for (const k of keys) {
			const r = index.get(k.region);
			if (r !== undefined) n[r]!++;
		}
		return n;
	};
	const series = count(e.series);
	const stale = count(e.stale);
	const stockDays = new Float64Array(e.regions.length).fill(Infinity);
	for (const w of e.warnings) {
		const r = index.get(w.region);
		if (r === undefined || !e.basic.has(w.resource) || w.state === 'quota-cut' || w.runsOut === null)
			continue;
		const days = w.state === 'empty' ? 0 : Math.max(0, (w.runsOut - e.now) / DAY);
		stockDays[r] = Math.min(stockDays[r]!, days);
	}
	const below = new Float64Array(e.regions.length);
	const fed = new Map<string, { stock: number; deficit: number }>();
	for (const input of e.inputs) {
		const r = index.get(input.region.id);
		const resource = input.resource.id;
		if (r === undefined || !input.need || !e.basic.has(resource)) continue;
		const used = lastFinite(input.consumption);
		if (used && e.lifelineResources.has(resource)) {
			const c = used.value / input.need.perDay;
			if (c < e.lifeline)
				below[r] = Math.max(below[r]!, e.rationing === 'proportional' ? 1 : 1 - c / e.lifeline);
		}
		const stock = lastFinite(input.stock);
		const made = lastFinite(e.production.get(`${input.region.id}\u0000${resource}`))?.value ?? 0;
		const sum = fed.get(resource) ?? { stock: 0, deficit: 0 };
		sum.stock += stock?.value ?? 0;
		sum.deficit += input.need.perDay - made;
		fed.set(resource, sum);
	}
	let fedStockDays = Infinity;
	for (const { stock, deficit } of fed.values())
		if (deficit > 0) fedStockDays = Math.min(fedStockDays, stock / deficit);
	let people = 0;
	let belowPeople = 0;
	e.regions.forEach((r, i) => {
		people += r.persons;
		belowPeople += below[i]! * r.persons;
	});
	return {
		regions: e.regions.map((_, i) => ({
			stockDays: stockDays[i]!,
			sensorsLost: series[i]! > 0 ? stale[i]! / series[i]! : 0,
			cutOff: false,
			belowLifeline: below[i]!,
			declared: 'normal' as const
		})),
		federation: {
			stockDays: fedStockDays,
			sensorsLost: e.series.length > 0 ? e.stale.length / e.series.length : 0,
			cutOff: false,
			belowLifeline: people > 0 ? belowPeople / people : 0,
			declared: 'normal'
		},
		persons: e.regions.map((r) => r.persons)
	};
}
