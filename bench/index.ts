import type { Benchmark } from './types.js';

/** Every benchmark, loaded only when run (each may start real servers). */
/** The words a benchmark takes: named flags (with a value, or a bare switch) and how many plain values. */
export interface BenchArgs {
	readonly flags: Readonly<Record<string, 'value' | 'switch'>>;
	readonly positionals: number;
}

export const benchmarks: Readonly<
	Record<string, { summary: string; args: BenchArgs; load: () => Promise<Benchmark> }>
> = {
	ingest: {
		summary:
			'Gateways → Mosquitto → ingest → InfluxDB end to end (batched and single-reading messages) vs the raw InfluxDB write rate',
		args: { flags: { readings: 'value', mode: 'value', workers: 'value' }, positionals: 0 },
		load: () => import('./ingest.js').then((m) => m.ingestBench)
	},
	forecast: {
		summary:
			'MASE vs seasonal naive and R on real series (vega-datasets, R packages), 90% coverage, time for 6,000 × 168',
		args: {
			flags: { series: 'value', steps: 'value', epochs: 'value', windows: 'value', 'speed-only': 'switch' },
			positionals: 0
		},
		load: () => import('./forecast.js').then((m) => m.forecastBench)
	},
	sortition: {
		summary:
			'Maximin panel lottery for 5,000 volunteers / 500 seats / 25 quota cells: time, min probability, ratio to n/N, dual gap',
		args: { flags: { seed: 'value', reference: 'switch' }, positionals: 0 },
		load: () => import('./sortition.js').then((m) => m.sortitionBench)
	},
	sim: {
		summary:
			'Simulation: steps/s (demo, 10× world), region-resource-steps/s (300×20 hourly year), Monte Carlo runs/s, 1M-account points burn',
		args: { flags: { runs: 'value' }, positionals: 0 },
		load: () => import('./sim.js').then((m) => m.simBench)
	},
	gaming: {
		summary:
			'Anti-gaming: recall, precision and honest people flagged on planted rings and evasions among honest teams; vs the graph-shape detector',
		args: { flags: {}, positionals: 0 },
		load: () => import('./gaming.js').then((m) => m.gamingBench)
	},
	planner: {
		summary:
			'Planner: round of 5 LP scenarios on generated 50×20, 200×20, 500×50 worlds vs native CLP on the exported MPS',
		args: { flags: {}, positionals: 1 },
		load: () => import('./planner.js').then((m) => m.plannerBench)
	},
	loop: {
		summary:
			'The closed loop for a simulated year with shocks (auto-council), scored against the truth: warnings, plans, sensing, cost',
		args: {
			flags: { days: 'value', 'scan-from': 'value', 'rounds-from': 'value', food: 'value' },
			positionals: 0
		},
		load: () => import('./loop.js').then((m) => m.loopBench)
	},
	stress: {
		summary:
			'The stress-test library through the closed loop, one run per case: cases passed, wall time, shares of simulation, ingest, analysis, planning',
		args: { flags: {}, positionals: 0 },
		load: () => import('./stress.js').then((m) => m.stressBench)
	},
	ballot: {
		summary:
			'Encrypted ballot: 500 ballots checked as they arrive over 60 s (p99), homomorphic tally and 3-of-5 decryption, public verification, JS size',
		args: { flags: { out: 'value' }, positionals: 2 },
		load: () => import('./ballot.js').then((m) => m.ballotBench)
	},
	round: {
		summary:
			'Panel vote on the SQLite ledger: 500 ballots from a 5,000 pool, count, audit verify; vs bare one-row transactions',
		args: { flags: {}, positionals: 1 },
		load: () => import('./round.js').then((m) => m.roundBench)
	},
	web: {
		summary:
			'Console: ballot JS (gzip), vote p99 (500 over 60 s), 500-vote burst, round page with 1,000 ballots, axe',
		args: { flags: {}, positionals: 1 },
		load: () => import('./web.js').then((m) => m.webBench)
	}
};
