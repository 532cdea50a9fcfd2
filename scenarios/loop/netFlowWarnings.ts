import { median, medianAbsoluteDeviation } from 'simple-statistics';
import type { ShortageInput } from '../../planner/forecast/shortage/types.js';
import { threatDefaults } from '../../sim/threat/defaults.js';
import type { LoopWarning } from './types.js';

const DAY = 86_400_000;

/**
 * The emergency protocol the warnings anticipate (defaults: the simulation's `threatDefaults`, the
 * federation's published triggers). A protocol is a rule, so when the telemetry shows a stock running
 * down towards a trigger, the day the rule will fire is a forecast like any other.
 */
export interface NetFlowOptions {
	/** Warn of what happens within this many days. */
	readonly aheadDays: number;
	/** Survival mode begins when the federation's stock of a basic good lasts under this many days (14). */
	readonly survivalStockDays: number;
	/** Survival mode's quota factor (0.7): every basic quota, so every cell is short, whatever its own stock. */
	readonly survivalQuotaFactor: number;
	/**
	 * A region enters survival mode when a lifeline good's coverage falls to this (0.35: with lifeline-first
	 * rationing, 30% of its people under half the norm) — its own quotas are cut, not only that good's.
	 */
	readonly regionSurvivalCoverage: number;
	/** The goods a lifeline is about (water, food, energy, medicine, housing). */
	readonly lifelineResources: readonly string[];
	/** Days of consumption and production the federation's fall is measured against (21: the weeks before). */
	readonly baselineDays: number;
	/** Today's production is a new level only this many scaled MADs below the baseline's median (3). */
	readonly shiftMads: number;
}

const t = threatDefaults;
export const netFlowDefaults: Omit<NetFlowOptions, 'aheadDays'> = {
	survivalStockDays: t.federation.survival.stockDaysBelow ?? 14,
	survivalQuotaFactor: t.survivalQuotaFactor,
	regionSurvivalCoverage: t.lifeline * (1 - (t.region.survival.belowLifelineAtLeast ?? 0.3)),
	lifelineResources: t.lifelineResources ?? [],
	baselineDays: 21,
	shiftMads: 3
};

/** One region's good on the last full day: its stock and how fast it falls, from two kinds of evidence. */
interface Cell {
	readonly input: ShortageInput;
	readonly stock: number;
	/** Units a day: the stock's fall over the last day, and consumption less production that day (transfers move only the first). */
	readonly stockFall: number;
	readonly flowFall: number;
	/** Consumption of the last day (units/day). */
	readonly use: number;
	/**
	 * The net flow the weeks ahead can expect (units/day): the baseline's median consumption, less today's
	 * production if it left its normal day-to-day variation (a new level: a quarantined work force, a dark month),
	 * else the baseline's median production. A one-day surge of demand moves neither.
	 */
	readonly expectedFall: number;
}

/** The last finite values of `xs` up to and including index `i`, at most `n`. */
function lastFinite(xs: readonly number[], i: number, n: number): number[] {
	const out: number[] = [];
	for (let j = i; j >= 0 && out.length < n; j--) if (Number.isFinite(xs[j])) out.push(xs[j]!);
	return out;
}

/**
 * Production expected from today on: today's when it fell outside the baseline's normal variation (more than
 * `shiftMads` × 1.4826 × MAD, the robust σ, below its median), else the median; today's with under 3 days before it.
 */
function expectedProduction(made: readonly number[], i: number, options: NetFlowOptions): number {
	const before = lastFinite(made, i - 1, options.baselineDays);
	if (before.length < 3) return made[i]!;
	const level = median(before);
	const spread = 1.4826 * medianAbsoluteDeviation(before);
	return made[i]! < level - options.shiftMads * spread ? made[i]! : level;
}

/** The last window where stock, the stock before it, consumption and production were all read. */
function cellOf(
	input: ShortageInput,
	production: readonly number[] | undefined,
	options: NetFlowOptions
): Cell | null {
	const { stock, consumption } = input;
	if (!consumption || !input.need) return null;
	const made = production ?? stock.map(() => 0);
	for (let i = stock.length - 1; i >= 1; i--) {
		const values = [stock[i]!, stock[i - 1]!, consumption[i]!, made[i]!];
		if (!values.every(Number.isFinite)) continue;
		const usual = median(lastFinite(consumption, i, options.baselineDays));
		return {
			input,
			stock: stock[i]!,
			stockFall: stock[i - 1]! - stock[i]!,
			flowFall: consumption[i]! - made[i]!,
			use: consumption[i]!,
			expectedFall: usual - expectedProduction(made, i, options)
		};
	}
	return null;
}

/**
 * How fast a stock falls: the lower of the two kinds of evidence, since each sensor's noise alone could fake a
 * fall and both must show it; never below zero.
 */
const fallOf = (stockFall: number, flowFall: number) => Math.max(0, Math.min(stockFall, flowFall));

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const x of xs) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
	return groups;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Shortages the stock forecaster cannot see, from the last day's net flow (`end`: the end of that day):
 * - **survival mode ahead**: the federation's stock of a basic good, falling at the lower of today's fall and
 *   the pace the weeks ahead can expect (the last `baselineDays`' median consumption less production, today's if
 *   it left its normal variation: see `expectedProduction`), will last under `survivalStockDays` within
 *   `aheadDays`; survival mode then cuts every basic quota of every region to `survivalQuotaFactor`, so every
 *   region × good is warned, with 200 days of its own stock or none;
 * - **a region's good runs out** within `aheadDays` at today's pace, and what still comes in (consumption less
 *   the fall) is under the need: that good is warned, and when it is a lifeline good whose coverage will be
 *   under `regionSurvivalCoverage`, every good of the region (its own survival mode).
 * A sudden shock (a month without solar, a quarantine) shows in one day of flows long before a week of stock
 * readings bends a forecast, which is why this reads only the last day.
 */
export function netFlowWarnings(
	inputs: readonly ShortageInput[],
	production: ReadonlyMap<string, readonly number[]>,
	end: number,
	options: NetFlowOptions
): LoopWarning[] {
	const cells = inputs.flatMap((input) => {
		const cell = cellOf(input, production.get(`${input.region.id}\u0000${input.resource.id}`), options);
		return cell ? [cell] : [];
	});
	const out = new Map<string, LoopWarning>();
	const warn = (input: ShortageInput, days: number, en: string, ru: string) => {
		const key = `${input.region.id}\u0000${input.resource.id}`;
		const at = end + Math.max(0, days) * DAY;
		const known = out.get(key);
		if (known && known.runsOut! <= at) return;
		out.set(key, {
			region: input.region.id,
			resource: input.resource.id,
			state: 'quota-cut',
			runsOut: at,
			method: 'net-flow',
			probability: null,
			sentence: { en, ru }
		});
	};
	const byRegion = groupBy(cells, (c) => c.input.region.id);
	for (const group of groupBy(cells, (c) => c.input.resource.id).values()) {
		const sum = (f: (c: Cell) => number) => group.reduce((a, c) => a + f(c), 0);
		// Over the federation transfers cancel out: its net flow is the sum of the regions'. A survival warning
		// names every region × good at once, so its pace is the one the weeks ahead can expect (see `expectedFall`):
		// on the demo year one-day surges of the federation's energy demand (days 74, 147, 293) fell like the
		// quarantine's first day, and read as today's net flow each raised a false alarm of 84 alerts.
		const stock = sum((c) => c.stock);
		const fall = fallOf(
			sum((c) => c.stockFall),
			sum((c) => c.expectedFall)
		);
		if (!(fall > 0)) continue;
		const lasts = stock / fall;
		const cutIn = lasts - options.survivalStockDays;
		if (cutIn > options.aheadDays) continue;
		const name = group[0]!.input.resource.name;
		const when = isoDay(end + Math.max(0, cutIn) * DAY);
		const cut = pct(options.survivalQuotaFactor);
		const days = lasts.toFixed(1);
		const under = options.survivalStockDays;
		const pace = {
			en: "at today's production and the last weeks' consumption",
			ru: 'при нынешнем производстве и потреблении последних недель'
		};
		const rule = {
			en: `under ${under} days every basic quota is cut to ${cut}`,
			ru: `меньше ${under} дн. — все базовые квоты ${cut}`
		};
		const en = `Survival mode ahead around ${when}: the federation's ${name.en} lasts ${days} days ${pace.en}; ${rule.en}`;
		const ru = `Около ${when} — режим выживания: ${name.ru} в федерации хватит на ${days} дн. ${pace.ru}; ${rule.ru}`;
		for (const c of cells) {
			const { region, resource } = c.input;
			warn(
				c.input,
				cutIn,
				`${en}, ${resource.name.en} in ${region.name.en} too.`,
				`${ru}, в том числе ${resource.name.ru} (${region.name.ru}).`
			);
		}
	}
	for (const c of cells) {
		const fall = fallOf(c.stockFall, c.flowFall);
		if (!(fall > 0)) continue;
		const lasts = c.stock / fall;
		const coverage = Math.max(0, c.use - fall) / c.input.need!.perDay;
		if (lasts > options.aheadDays || coverage >= 1) continue;
		const { region, resource } = c.input;
		const when = isoDay(end + lasts * DAY);
		const survival =
			options.lifelineResources.includes(resource.id) && coverage <= options.regionSurvivalCoverage;
		const en = `${resource.name.en} in ${region.name.en} runs out around ${when} at today's net flow; then people get ${pct(coverage)} of the norm`;
		const ru =
			`${resource.name.ru} (${region.name.ru}) ` +
			`закончится около ${when} при нынешнем балансе; ` +
			`затем ${pct(coverage)} нормы`;
		warn(c.input, lasts, `${en}.`, `${ru}.`);
		if (!survival) continue;
		for (const other of byRegion.get(region.id) ?? [])
			if (other !== c)
				warn(
					other.input,
					lasts,
					`${en}: the region's survival mode cuts ${other.input.resource.name.en} to ${pct(options.survivalQuotaFactor)} too.`,
					`${ru}: режим выживания региона — ${other.input.resource.name.ru} тоже ${pct(options.survivalQuotaFactor)}.`
				);
	}
	return [...out.values()];
}
