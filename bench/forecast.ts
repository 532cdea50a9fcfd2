import { availableParallelism, loadavg } from 'node:os';
import { forecastDefaults } from '../planner/forecast/index.js';
import { createWorkerGlobalModel } from '../planner/forecast/globalModel/node/workerGlobalModel.js';
import { measureAccuracy } from './forecast/accuracy.js';
import { measureFalseDiscoveries, type PersistentProcess } from './forecast/falseDiscoveries.js';
import { measureIntermittent } from './forecast/intermittent.js';
import { measureShortageCoverage } from './forecast/shortageCoverage.js';
import { compareWithR, type RComparison } from './forecast/rComparison.js';
import { earlierWindows, selectionMase } from './forecast/earlierWindows.js';
import { rReference } from './forecast/rReference.js';
import { loadVegaSeries } from './forecast/loadVegaSeries.js';
import { loadRDatasets } from './forecast/loadRDatasets.js';
import { measureDefaultSpeed, measureSpeed, replicate } from './forecast/speed.js';
import { describeGate } from '../cli/commands/analyseForecast.js';
import type { Benchmark } from './types.js';

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * `npm run bench -- forecast [--series 6000] [--steps 168] [--epochs 40] [--windows 3] [--speed-only]`: accuracy on
 * real series (vega-datasets and R packages' datasets; mean MASE per method and of the per-series choice, relative to seasonal
 * naive and to R's forecast package over the last `windows` held-out windows; 90% interval coverage), known truth from
 * simulation, and the time to forecast many series (replicated from the real ones) `steps` ahead.
 */
export const forecastBench: Benchmark = {
	name: 'forecast',
	summary:
		'MASE per method vs seasonal naive and R on real series (vega-datasets, R packages), 90% coverage, ' +
		'shortage coverage by lead, intermittent totals, correlation FDR, time for 6,000 × 168',
	async run(log, args) {
		const flag = (name: string, fallback: number) => {
			const i = args.indexOf(`--${name}`);
			const v = i >= 0 ? Number(args[i + 1]) : fallback;
			if (!Number.isFinite(v) || v <= 0)
				throw new Error(`--${name} must be a positive number, got ${JSON.stringify(args[i + 1])}`);
			return v;
		};
		const count = flag('series', 6000);
		const windows = flag('windows', 3);
		const steps = flag('steps', 168);
		const model = { epochs: flag('epochs', 40), seed: 42 };
		const now = () => performance.now();
		const vega = loadVegaSeries();
		const real = [...vega, ...loadRDatasets()];
		log(
			`${vega.length} real series from vega-datasets, ${real.length - vega.length} from R packages' datasets`
		);
		const port = createWorkerGlobalModel();
		// The timing set stays the monthly and hourly series it was measured on before, so the figures compare.
		const timeForecasts = async () => {
			const many = replicate(
				vega.filter((s) => s.period === 12 || s.period === 24),
				count,
				7
			);
			log(`timing ${count} series × ${steps} steps (replicated and perturbed from the real ones)`);
			const load = () => `load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`;
			const plain = measureDefaultSpeed(many, steps, now);
			log(
				`default pipeline (no global model): ${plain.wallMs.toFixed(0)} ms wall, ${plain.cpuMs.toFixed(0)} ms CPU; ${load()}`
			);
			const speed = await measureSpeed(many, steps, port, model, now);
			log(`with the global model: CPU ${speed.cpuMs.toFixed(0)} ms over all threads; ${load()}`);
			const training = `global model training ${speed.trainMs.toFixed(0)} ms in the worker (overlapping)`;
			const gates = `the batches' gates ${speed.gateMs.toFixed(0)} ms (model used: ${speed.gateUsed.join(', ')})`;
			const local = `local methods, selection and intervals ${speed.localMs.toFixed(0)} ms`;
			log(
				`end to end ${speed.wallMs.toFixed(0)} ms: ${training}, ${gates}, ${local}; reference seasonal naive only ${speed.referenceMs.toFixed(0)} ms`
			);
			return {
				speedSeries: plain.series,
				speedSteps: steps,
				speedForecasts: plain.forecasts,
				speedWallMs: Math.round(plain.wallMs),
				speedCpuMs: Math.round(plain.cpuMs),
				speedWallMsWithGlobal: Math.round(speed.wallMs),
				speedCpuMsWithGlobal: Math.round(speed.cpuMs),
				speedForecastsWithGlobal: speed.forecasts,
				speedTrainMs: Math.round(speed.trainMs),
				speedLocalMs: Math.round(speed.localMs),
				speedGateMs: Math.round(speed.gateMs),
				speedReferenceSeasonalNaiveMs: Math.round(speed.referenceMs),
				loadAverage1m: round(loadavg()[0]!, 2),
				goalUnder30s: plain.wallMs < 30_000
			};
		};
		try {
			if (args.includes('--speed-only')) return await timeForecasts();
			const acc = await measureAccuracy(real, port, model, now);
			for (const r of acc.rows)
				log(
					`${r.id.padEnd(50)} ${Object.entries(r.mase)
						.map(([k, v]) => `${k}=${v.toFixed(2)}`)
						.join(' ')} → ${r.chosen} (coverage ${(r.coverage * 100).toFixed(0)}%)`
				);
			const snaive = acc.meanMase['seasonal-naive'];
			const rel = Object.fromEntries(
				Object.entries(acc.meanMase).map(([k, v]) => [`relMase_${k}`, round(v / snaive)])
			);
			const abs = Object.fromEntries(Object.entries(acc.meanMase).map(([k, v]) => [`mase_${k}`, round(v)]));
			log(`chosen with the global model passed in: ${JSON.stringify(acc.chosenWithGlobal)}`);
			for (const [group, g] of Object.entries(acc.gates))
				log(`global model gate, season/horizon ${group}: ${describeGate(g)}`);
			const pooled = `${(acc.coveragePooled * 100).toFixed(1)}%`;
			const bySeries = `${(acc.coverageBySeries * 100).toFixed(1)}%`;
			log(`chosen: ${JSON.stringify(acc.chosen)}; coverage pooled ${pooled}, mean over series ${bySeries}`);
			// Coverage by season length: monthly series (12) and hourly ones (24) behave differently.
			const byPeriod: Record<string, number> = {};
			for (const period of [...new Set(real.map((r) => r.period))]) {
				const rows = acc.rows.filter((_, i) => real[i]!.period === period);
				byPeriod[`coverage90_period${period}`] = round(
					rows.reduce((a, r) => a + r.coverage, 0) / rows.length
				);
			}
			// R's forecast package on the same training windows (the last `maxHistory` points the product uses), at the
			// end and at `windows` − 1 earlier held-out windows (each forecast from what came before it only).
			const earlier = earlierWindows(real, windows);
			const all = [...real, ...earlier];
			const lastSelection = acc.rows.map((row) => row.mase['selection']!);
			const allSelection = [...lastSelection, ...earlier.map(selectionMase)];
			// R takes minutes: its output is cached in var/cache (by input, script and package version) for re-runs.
			const r = rReference(
				all.map((s) => ({ ...s, train: s.values.slice(0, -s.horizon).slice(-forecastDefaults.maxHistory) })),
				process.env,
				undefined,
				'var/cache'
			);
			const versusR = r ? compareWithR(all, allSelection, r) : [];
			const versusRLast = r ? compareWithR(real, lastSelection, r) : [];
			if (!r) log('R reference left out: Rscript is not installed (apt-get install r-cran-forecast)');
			const describe = (c: RComparison, what: string) =>
				`period ${c.period} (${c.series} ${what}): selection MASE ${c.selection.toFixed(3)}; R ${Object.entries(
					c.r
				)
					.map(([m, v]) => `${m} ${v.toFixed(3)}`)
					.join(', ')}; ratio to R's best (${c.bestR}) ${c.ratio.toFixed(3)}`;
			for (const c of versusRLast) log(`last window only: ${describe(c, 'series')}`);
			for (const c of versusR) log(`${windows} windows: ${describe(c, 'series × windows')}`);
			const worst = (cs: readonly RComparison[]) => (r ? round(Math.max(...cs.map((c) => c.ratio))) : null);
			const worstRatioToBestR = worst(versusR);
			// Known truth from simulation: shortage-band coverage by lead, intermittent totals, false discoveries.
			const coverage = measureShortageCoverage(200, 11);
			const percents = (cs: readonly number[]) => `${cs.map((c) => (c * 100).toFixed(1)).join('% / ')}%`;
			const bands = `${percents(coverage.paths)} at 1-7 / 8-30 / 31-90 days`;
			log(
				`shortage 90% bands on 200 simulated stocks: ${bands} (the interval used before: ${percents(coverage.conformal)})`
			);
			const intermittent = measureIntermittent(120, 11);
			const intermittentMase = measureIntermittent(120, 11, { selectBy: 'mase' });
			const totalError = `median 14-day total error ${intermittent.medianTotalError.toFixed(3)}`;
			const byMase = `selecting by MASE instead: ${intermittentMase.medianTotalError.toFixed(3)}`;
			log(`intermittent: ${totalError} (chosen ${JSON.stringify(intermittent.chosen)}); ${byMase}`);
			let falseFound = 0;
			let found = 0;
			for (const process of ['ar1-0.9', 'arima110-0.7', 'arima110-0.9', 'trend'] as PersistentProcess[]) {
				const r = measureFalseDiscoveries({ process, runs: 30, seed: 11 });
				log(
					`correlation on ${process}: ${r.falseDiscoveries} false of ${r.discoveries} discoveries; ${r.trueAtLag} of ${r.truePairs} true pairs found at their lag`
				);
				falseFound += r.falseDiscoveries;
				found += r.discoveries;
			}
			const speed = await timeForecasts();
			return {
				series: real.length,
				...abs,
				...rel,
				goalSelectionAtMost0_9: acc.meanMase.selection <= 0.9 * snaive,
				chosen: JSON.stringify(acc.chosen),
				chosenWithGlobal: JSON.stringify(acc.chosenWithGlobal),
				globalGateUsed: JSON.stringify(
					Object.fromEntries(Object.entries(acc.gates).map(([k, g]) => [k, g.use]))
				),
				coverage90Pooled: round(acc.coveragePooled),
				coverage90MeanOverSeries: round(acc.coverageBySeries),
				...byPeriod,
				goalCoverage85to95: acc.coveragePooled >= 0.85 && acc.coveragePooled <= 0.95,
				worstRatioToBestR,
				...Object.fromEntries(versusR.map((c) => [`ratioToBestR_period${c.period}`, round(c.ratio)])),
				heldOutWindows: windows,
				worstRatioToBestRLastWindow: worst(versusRLast),
				...Object.fromEntries(
					versusRLast.map((c) => [`ratioToBestRLastWindow_period${c.period}`, round(c.ratio)])
				),
				goalAtMostBestR: worstRatioToBestR !== null && worstRatioToBestR <= 1,
				coverage90Lead1to7: round(coverage.paths[0]!),
				coverage90Lead8to30: round(coverage.paths[1]!),
				coverage90Lead31to90: round(coverage.paths[2]!),
				goalLeadCoverage87to93: coverage.paths.every((c) => c >= 0.87 && c <= 0.93),
				intermittentMedianTotalError: round(intermittent.medianTotalError),
				intermittentMedianTotalErrorSelectByMase: round(intermittentMase.medianTotalError),
				fdrPersistentNull: round(found > 0 ? falseFound / found : 0),
				globalTrainMsAccuracy: Math.round(acc.globalTrainMs),
				...speed
			};
		} finally {
			await port.close();
		}
	}
};
