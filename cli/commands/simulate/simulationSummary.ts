import type { Outcome } from '../../../sim/outcome/types.js';

/** What the summary says about the run besides its outcome: what was simulated and where it went. */
export interface SummaryContext {
	readonly world: string;
	readonly seed: string;
	readonly shocks: number;
	readonly withPlan: boolean;
	readonly seconds: number;
	/** The outcome file. */
	readonly out: string;
	/** The readings file and how many readings it holds, when written. */
	readonly readings?: { readonly file: string; readonly count: number };
	/** What was published to the broker, when publishing. */
	readonly published?: { readonly readings: number; readonly messages: number; readonly url: string };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const whole = (x: number) => Math.round(x).toLocaleString('en');

/** The lines `resourceos simulate` prints: the headline, protocols, coverage, costs, and what it wrote. */
export function simulationSummary(outcome: Outcome, c: SummaryContext): string[] {
	const { metrics: m, headline: h, threat } = outcome;
	const fed = threat.days.federation!;
	const worse = Object.entries(threat.days)
		.filter(([scope, d]) => scope !== 'federation' && d.red + d.survival > 0)
		.map(([scope, d]) => `${scope} ${d.red + d.survival} days`)
		.join(', ');
	const outages = Object.entries(h.outageDays).map(([r, d]) => `${r} ${d}`);
	const run = `${outcome.steps} steps, seed ${c.seed}, ${c.shocks} shocks, ${c.withPlan ? 'with' : 'without'} a plan`;
	const peak = `at worst ${pct(h.peakBelowLifeline.share)} of people (day ${h.peakBelowLifeline.day})`;
	const worstRegion = `${h.worstRegion.region}/${h.worstRegion.resource} ${pct(h.worstRegion.coverage)} over the run`;
	const worstDay = `${h.worstDay.region}/${h.worstDay.resource} ${pct(h.worstDay.coverage)} on day ${h.worstDay.day}`;
	const federation = `federation yellow ${fed.yellow}, red ${fed.red}, survival ${fed.survival} days`;
	const written = [
		`Outcome written to ${c.out}`,
		...(c.readings ? [`${c.readings.count} readings to ${c.readings.file}`] : []),
		...(c.published
			? [
					`${c.published.readings} readings in ${c.published.messages} messages published to ${c.published.url}`
				]
			: [])
	];
	return [
		`Simulated ${outcome.days} days of ${c.world} (${run}) in ${c.seconds.toFixed(2)} s.`,
		`  below the lifeline: ${pct(h.belowLifelineShare)} of person-days, ${peak}; regions with outage days: ${outages.join(', ') || 'none'}`,
		`  worst: ${worstRegion}, ${worstDay}`,
		`  emergency protocols: ${threat.events.length} level switches; ${federation}; regions at red or worse: ${worse || 'none'}`,
		`  tier-1 coverage: lowest ${pct(m.minCoverage)}, mean ${pct(m.meanCoverage)}; Gini ${m.gini.toFixed(3)}`,
		`  shortfall: ${whole(m.shortfallPersonDays)} person-days; lowest reserve at the end: ${m.reserveMonths.toFixed(2)} months`,
		`  transport: ${whole(m.transportTonneKm)} t·km; energy: ${whole(m.energyKWh)} kWh; survival mode: ${outcome.survivalDays} days`,
		`${written.join('; ')}.`
	];
}
