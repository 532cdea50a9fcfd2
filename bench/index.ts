import type { Benchmark } from './types.js';

/** Every benchmark, loaded only when run (each may start real servers). */
export const benchmarks: Readonly<Record<string, { summary: string; load: () => Promise<Benchmark> }>> = {
	ingest: {
		summary:
			'Gateways → Mosquitto → ingest → InfluxDB end to end (batched and single-reading messages) vs the raw InfluxDB write rate',
		load: () => import('./ingest.js').then((m) => m.ingestBench)
	},
	forecast: {
		summary:
			'MASE per method vs seasonal naive on real vega-datasets series, 90% coverage, time for 6,000 × 168',
		load: () => import('./forecast.js').then((m) => m.forecastBench)
	},
	sortition: {
		summary:
			'Maximin panel lottery for 5,000 volunteers / 500 seats / 25 quota cells: time, min probability, ratio to n/N, dual gap',
		load: () => import('./sortition.js').then((m) => m.sortitionBench)
	},
	sim: {
		summary:
			'Simulation: steps/s (demo, 10× world), region-resource-steps/s (300×20 hourly year), Monte Carlo runs/s, 1M-account points burn',
		load: () => import('./sim.js').then((m) => m.simBench)
	},
	gaming: {
		summary:
			'Anti-gaming: recall, precision and honest people flagged on planted rings and evasions among honest teams; vs the graph-shape detector',
		load: () => import('./gaming.js').then((m) => m.gamingBench)
	},
	planner: {
		summary:
			'Planner: round of 5 LP scenarios on generated 50×20, 200×20, 500×50 worlds vs native CLP on the exported MPS',
		load: () => import('./planner.js').then((m) => m.plannerBench)
	},
	loop: {
		summary:
			'The closed loop for a simulated year with shocks (auto-council), scored against the truth: warnings, plans, sensing, cost',
		load: () => import('./loop.js').then((m) => m.loopBench)
	},
	stress: {
		summary:
			'The stress-test library through the closed loop, one run per case: cases passed, wall time, shares of simulation, ingest, analysis, planning',
		load: () => import('./stress.js').then((m) => m.stressBench)
	},
	ballot: {
		summary:
			'Encrypted ballot: 500 ballots checked as they arrive over 60 s (p99), homomorphic tally and 3-of-5 decryption, public verification, JS size',
		load: () => import('./ballot.js').then((m) => m.ballotBench)
	},
	round: {
		summary:
			'Panel vote on the SQLite ledger: 500 ballots from a 5,000 pool, count, audit verify; vs bare one-row transactions',
		load: () => import('./round.js').then((m) => m.roundBench)
	},
	web: {
		summary:
			'Console: ballot JS (gzip), vote p99 (500 over 60 s), 500-vote burst, round page with 1,000 ballots, axe',
		load: () => import('./web.js').then((m) => m.webBench)
	}
};
