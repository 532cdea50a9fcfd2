import { analyseRelations } from '../../planner/correlation/analyseRelations.js';
import type { CorrelationOptions, NamedSeries } from '../../planner/correlation/types.js';
import { seededRandom, type Random } from '../../planner/forecast/seededRandom.js';

/** Persistent series with no relation between them: the stock-like data on which a plain t-test finds ghosts. */
export type PersistentProcess = 'ar1-0.9' | 'arima110-0.7' | 'arima110-0.9' | 'trend';

/** `n` values of one process: AR(1), ARIMA(1,1,0) (a random walk of AR(1) steps), or a linear trend plus AR(1) noise. */
export function persistentSeries(kind: PersistentProcess, n: number, rng: Random): number[] {
	const phi = kind === 'arima110-0.7' ? 0.7 : kind === 'trend' ? 0.5 : 0.9;
	const out: number[] = [];
	let e = 0;
	let level = 100;
	for (let t = 0; t < n; t++) {
		e = phi * e + rng.normal();
		if (kind === 'ar1-0.9') out.push(100 + e);
		else if (kind === 'trend') out.push(100 + 0.3 * t + 3 * e);
		else out.push((level += e));
	}
	return out;
}

/** Pooled outcome of many runs: discoveries (significant relations), how many were false, and true pairs found. */
export interface FalseDiscoveries {
	readonly discoveries: number;
	readonly falseDiscoveries: number;
	/** falseDiscoveries / discoveries (0 when nothing was found). */
	readonly fdr: number;
	readonly trueFound: number;
	readonly truePairs: number;
	/** True pairs found at the lag they were built with. */
	readonly trueAtLag: number;
}

/**
 * Known truth for the correlation statistics: each run draws `series` independent persistent series of one process,
 * of which `truePairs` pairs are made related (b_t = its own process + 0.8 × the steps of a, `lag` steps later), and
 * counts which significant relations were false. Benjamini–Hochberg promises FDR ≤ q; with persistent series a
 * t-test on n pairs breaks that promise.
 */
export function measureFalseDiscoveries(input: {
	readonly process: PersistentProcess;
	readonly runs: number;
	readonly seed: number;
	readonly series?: number;
	readonly truePairs?: number;
	readonly length?: number;
	readonly lag?: number;
	readonly options?: Partial<CorrelationOptions>;
}): FalseDiscoveries {
	const { series = 8, truePairs = 2, length = 150, lag = 3 } = input;
	let discoveries = 0;
	let falseDiscoveries = 0;
	let trueFound = 0;
	let trueAtLag = 0;
	for (let run = 0; run < input.runs; run++) {
		const rng = seededRandom(input.seed * 10_007 + run);
		const values = Array.from({ length: series }, () => persistentSeries(input.process, length, rng));
		for (let k = 0; k < truePairs; k++) {
			const a = values[2 * k]!;
			const b = values[2 * k + 1]!;
			// Add a's steps, `lag` later, to b's level: a shared driver, not a shared trend.
			let added = 0;
			values[2 * k + 1] = b.map((v, t) => v + (added += t > lag ? 0.8 * (a[t - lag]! - a[t - lag - 1]!) : 0));
		}
		const named: NamedSeries[] = values.map((v, i) => ({ id: `s${String(i).padStart(2, '0')}`, values: v }));
		const related = new Set(
			Array.from(
				{ length: truePairs },
				(_, k) => `s${String(2 * k).padStart(2, '0')}~s${String(2 * k + 1).padStart(2, '0')}`
			)
		);
		for (const r of analyseRelations(named, 0, input.options).relations) {
			if (!r.significant) continue;
			discoveries++;
			if (related.has(`${r.a}~${r.b}`)) {
				trueFound++;
				if (r.lag === lag) trueAtLag++;
			} else falseDiscoveries++;
		}
	}
	return {
		discoveries,
		falseDiscoveries,
		fdr: discoveries > 0 ? falseDiscoveries / discoveries : 0,
		trueFound,
		truePairs: truePairs * input.runs,
		trueAtLag
	};
}
