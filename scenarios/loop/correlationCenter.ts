import { lineageOf } from '../../data/reference/lineageOf.js';
import type { ReferenceData } from '../../data/reference/types.js';
import { findStaleSeries } from '../../data/telemetry/findStaleSeries.js';
import type { TelemetryStore } from '../../data/telemetry/types.js';
import { defaults as simDefaults } from '../../sim/defaults.js';
import { analyseRelations } from '../../planner/correlation/analyseRelations.js';
import { readSeriesGrid } from '../../planner/correlation/readSeriesGrid.js';
import { compareRuns } from '../../planner/correlation/recompute.js';
import type { CorrelationReport, CorrelationReportStore } from '../../planner/correlation/types.js';
import { mayRunOutWithin } from '../../planner/forecast/shortage/mayRunOutWithin.js';
import { readShortageInputs } from '../../planner/forecast/shortage/readShortageInputs.js';
import { productionWithStandIns } from '../../planner/forecast/shortage/standIns.js';
import { shortageWarning } from '../../planner/forecast/shortage/shortageWarning.js';
import type { ShortageInput, ShortageOptions } from '../../planner/forecast/shortage/types.js';
import type { SimOptions } from '../../sim/types.js';
import { netFlowDefaults, netFlowWarnings } from './netFlowWarnings.js';
import { observedThreat } from './observedThreat.js';
import type { Analysis, LoopWarning } from './types.js';

const DAY = 86_400_000;

/** What the loop's Correlation Center reads and when it speaks. */
export interface CorrelationCenterOptions {
	/** Days of telemetry read (default: the loop's `historyDays`). */
	readonly historyDays: number;
	/** Warn when a stock is forecast to run out within this many days (default 28: before the next round's plan ends). */
	readonly warnAheadDays: number;
	/** How often each series reports (ms): silent for three intervals, it is stale. */
	readonly expectedIntervalMs: number;
	readonly shortage?: Partial<ShortageOptions>;
	/** The world's lifeline and rationing, to read people below the lifeline off consumption (default: the simulation's). */
	readonly protocol?: Pick<SimOptions, 'threat' | 'rationing'>;
	/**
	 * Where each recompute's report and its changes are stored, and the last one read back from (so a restarted loop
	 * compares with what it reported before the restart); without it the last report is kept in memory only.
	 */
	readonly reports?: CorrelationReportStore;
}

/** One scan of the store: its daily windows, production, and the warnings read off them. */
interface Scan {
	readonly to: number;
	readonly inputs: readonly ShortageInput[];
	readonly production: ReadonlyMap<string, readonly number[]>;
	/** Each region × good's own production (no stand-ins), by daily window. */
	readonly made: ReadonlyMap<string, readonly number[]>;
	readonly warnings: readonly LoopWarning[];
}

/** Days of the recent fall a run-rate warning carries forward. */
const RUN_RATE_DAYS = 7;

/**
 * The warning of a stock's last week carried forward, while the forecaster still lacks history (it
 * needs about three weeks of daily windows): warn when the stock falls steadily and at that pace is
 * gone within `aheadDays`. Needs three readings; a stock that rose in the window is not warned.
 */
function runRate(
	input: ShortageInput,
	end: number,
	aheadDays: number
): (LoopWarning & { readonly runsOut: number }) | null {
	const recent = input.stock.slice(-RUN_RATE_DAYS).filter(Number.isFinite);
	if (recent.length < 3) return null;
	const last = recent.at(-1)!;
	const perDay = (recent[0]! - last) / (recent.length - 1);
	if (!(perDay > 0) || recent.some((v, i) => i > 0 && v > recent[i - 1]!)) return null;
	const days = last / perDay;
	if (days > aheadDays) return null;
	const when = new Date(end + days * DAY).toISOString().slice(0, 10);
	const { region, resource } = input;
	return {
		region: region.id,
		resource: resource.id,
		state: 'runs-out',
		runsOut: end + days * DAY,
		method: 'run-rate',
		probability: null,
		sentence: {
			ru:
				`${resource.name.ru} (${region.name.ru}): при ` +
				`нынешнем расходе запас закончится около ${when} ` +
				`(мало данных для прогноза).`,
			en: `${resource.name.en} in ${region.name.en}: at the current rate the stock runs out around ${when} (too little history for a forecast).`
		}
	};
}

/**
 * One warning per region × good: of two, the one with a date before the one without, then the earlier date
 * (the stock forecaster's and the net flow's see the same cell from different evidence).
 */
function mergeWarnings(...lists: (readonly LoopWarning[])[]): LoopWarning[] {
	const byCell = new Map<string, LoopWarning>();
	const rank = (w: LoopWarning) => w.runsOut ?? Infinity;
	for (const w of lists.flat()) {
		const key = `${w.region}\u0000${w.resource}`;
		const known = byCell.get(key);
		if (!known || rank(w) < rank(known)) byCell.set(key, w);
	}
	return [...byCell.values()];
}

/**
 * The Correlation Center over the telemetry store: daily windows of every region's stock and
 * consumption; a warning when the stock is empty, already below its reserve floor (need-based, see
 * `shortageWarning`), or forecast to reach zero within `warnAheadDays` (the shortage forecaster's
 * probability ≥ its `minProbability`, or the run rate while it lacks history). The recompute correlates the
 * federation's daily consumption and production per resource and reports relations that appeared
 * weakened or went since the last run (stored in `reports` when given).
 */
export function correlationCenter(
	store: TelemetryStore,
	reference: ReferenceData,
	options: CorrelationCenterOptions
): Analysis {
	const history = options.historyDays * DAY;
	// The loop reads as `analyse` does: a series derived from a protected survey field is refused, whatever its name.
	// The main job's own reads leave protected series out rather than stop the loop on them.
	const guard = { lineage: lineageOf(reference), leaveOut: true };
	let previous: CorrelationReport | null = null;
	const protocol = options.protocol ?? simDefaults;
	const regions = reference.world.regions.map((r) => ({
		id: r.id,
		persons: r.population.adults + r.population.children
	}));
	const basicGoods = reference.catalogue.resources.filter((r) => r.tier === 'basic').map((r) => r.id);
	const basic = new Set(basicGoods);
	const named = basicGoods.filter((id) => protocol.threat.lifelineResources?.includes(id));
	// As the simulation's lifelineMask: every basic good when the catalogue names none of the listed ones.
	const lifelineGoods = new Set(named.length > 0 ? named : basicGoods);
	/** The last scan: the threat conditions of a day reuse its warnings' windows (the loop asks for both). */
	let last: Scan | null = null;
	async function scan(now: number, reuse: boolean): Promise<Scan> {
		const to = Math.floor(now / DAY) * DAY;
		if (!reuse || last?.to !== to) last = await read(to);
		return last;
	}
	async function read(to: number): Promise<Scan> {
		const inputs = await readShortageInputs(store, {}, to - history, to, DAY, reference, { leaveOut: true });
		const made = await readSeriesGrid(store, { quantity: 'production' }, to - history, to, DAY, 'sum', guard);
		const summed = new Map<string, number[]>();
		for (const s of made.series) {
			const key = `${s.key.region}\u0000${s.key.resource}`;
			const sum = summed.get(key) ?? made.starts.map(() => 0);
			s.values.forEach((v, i) => (sum[i]! += v));
			summed.set(key, sum);
		}
		// In the stock's terms (readShortageInputs): a good's production with what is made of its stand-ins.
		const cells = inputs.map((i) => ({ region: i.region.id, resource: i.resource.id }));
		const production = productionWithStandIns(summed, cells, reference.catalogue);
		const warnings: LoopWarning[] = [];
		for (const input of inputs) {
			// Above its floor a stock is warned only if it runs out within warnAheadDays: when the forecast's paths,
			// drawn only that far, say it cannot, the whole forecast (three months, most of the scan's cost) would be
			// dropped below, so it is not made.
			if (!mayRunOutWithin(input, options.warnAheadDays, options.shortage)) continue;
			const outcome = shortageWarning(input, options.shortage);
			const { region, resource } = input;
			switch (outcome.status) {
				case 'insufficient-data': {
					// Above the floor (or no floor known) but too little history: the last week's fall decides.
					const early = runRate(input, to, options.warnAheadDays);
					if (early) warnings.push(early);
					break;
				}
				case 'empty':
					// Already out: a warning whatever the forecast; it ran out when the readings reached zero.
					warnings.push({
						region: region.id,
						resource: resource.id,
						state: 'empty',
						runsOut: outcome.since,
						method: 'reading',
						probability: null,
						sentence: outcome.sentence
					});
					break;
				case 'below-floor': {
					// Under the reserve is a warning in itself; the date it runs out comes from the forecaster,
					// or, while it lacks history, from the run rate.
					const soon =
						outcome.runsOut && outcome.runsOut.days <= options.warnAheadDays ? outcome.runsOut : null;
					const early = outcome.runsOut ? null : runRate(input, to, options.warnAheadDays);
					warnings.push({
						region: region.id,
						resource: resource.id,
						state: 'below-floor',
						runsOut: soon?.date ?? early?.runsOut ?? null,
						method: soon ? 'forecast' : early ? 'run-rate' : 'reading',
						probability: soon?.probability ?? null,
						// The run-rate date leads (the forecaster's sentence has none), then the floor it is under.
						sentence: early
							? {
									ru: `${early.sentence.ru} ${outcome.sentence.ru}`,
									en: `${early.sentence.en} ${outcome.sentence.en}`
								}
							: outcome.sentence
					});
					break;
				}
				case 'warning':
					// A forecast fall below the reserve warns here only once it runs out within warnAheadDays.
					if (outcome.runsOut === null || outcome.runsOut.days > options.warnAheadDays) break;
					warnings.push({
						region: outcome.region,
						resource: outcome.resource,
						state: 'runs-out',
						runsOut: outcome.runsOut.date,
						method: 'forecast',
						probability: outcome.runsOut.probability,
						sentence: outcome.sentence
					});
					break;
				case 'clear':
					break;
			}
		}
		const flows = netFlowWarnings(inputs, production, to, {
			...netFlowDefaults,
			aheadDays: options.warnAheadDays
		});
		return { to, inputs, production, made: summed, warnings: mergeWarnings(warnings, flows) };
	}
	return {
		async warnings(now) {
			return (await scan(now, false)).warnings;
		},
		async threat(now) {
			const { to, inputs, production, warnings } = await scan(now, true);
			const latest = await store.latest({});
			return observedThreat({
				regions,
				series: latest,
				stale: findStaleSeries(latest, () => options.expectedIntervalMs, now).map((s) => s.series),
				inputs,
				production,
				warnings,
				now: to,
				basic,
				lifelineResources: lifelineGoods,
				lifeline: protocol.threat.lifeline,
				rationing: protocol.rationing
			});
		},
		async production(now) {
			const { made } = await scan(now, true);
			return [...made].flatMap(([key, values]) => {
				const [region, resource] = key.split('\u0000') as [string, string];
				const amount = values.at(-1);
				return amount !== undefined && Number.isFinite(amount) ? [{ region, resource, amount }] : [];
			});
		},
		async recompute(now) {
			if (options.reports) previous = await options.reports.latest();
			const to = Math.floor(now / DAY) * DAY;
			const series = [];
			for (const quantity of ['consumption', 'production'] as const) {
				const grid = await readSeriesGrid(store, { quantity }, to - history, to, DAY, 'sum', guard);
				const byResource = new Map<string, number[]>();
				for (const s of grid.series) {
					const sum = byResource.get(s.key.resource) ?? grid.starts.map(() => 0);
					// A silent site leaves the window NaN: a missing reading is not a zero.
					s.values.forEach((v, i) => (sum[i]! += v));
					byResource.set(s.key.resource, sum);
				}
				for (const [resource, values] of byResource) series.push({ id: `${resource}/${quantity}`, values });
			}
			const report = analyseRelations(series, now);
			const changes = compareRuns(previous, report);
			previous = report;
			await options.reports?.save({ report, changes });
			const count = (kind: (typeof changes)[number]['kind']) => changes.filter((c) => c.kind === kind).length;
			return {
				significant: report.relations.filter((r) => r.significant).length,
				appeared: count('new'),
				weakening: count('weakening'),
				gone: count('gone')
			};
		}
	};
}
