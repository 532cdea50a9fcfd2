import { mean as ssMean } from 'simple-statistics';
import { seededRandom } from '../seededRandom.js';

/** Settings of the sample paths; defaults in `stockPathDefaults`. */
export interface StockPathOptions {
	/** Number of paths; default 1000. */
	readonly paths: number;
	/** Recent day-to-day changes the model may be fitted to, in steps; default 140 (20 weeks). */
	readonly window: number;
	/** The shortest window, used when the net flow changed level recently (see `recentRegime`); default 21 (3 weeks). */
	readonly minWindow: number;
	/** Season length in steps of the net flow's pattern (a week of days); default 7. */
	readonly period: number;
	readonly seed: number;
	/** A point forecast (one per step) to centre the paths on instead of the model's own mean path. */
	readonly centre?: readonly number[];
}

export const stockPathDefaults: StockPathOptions = {
	paths: 1000,
	window: 140,
	minWindow: 28,
	period: 7,
	seed: 1
};

/**
 * Whole seasons since the net flow last changed level: the best single split of the changes into two means (least
 * squares, as in a single-change CUSUM; Page 1954, Biometrika 41:100–115), kept only when it is overwhelming
 * (F > 20, allowing for the changes' own autocorrelation), so that a stock that began to fall recently is judged on
 * its recent flow and a steady one keeps the longer window and its narrower drift error.
 */
function recentRegime(changes: readonly number[], m: number, minLength: number): number {
	const w = changes.length;
	const total = mean(changes);
	const sst = changes.reduce((a, d) => a + (d - total) ** 2, 0);
	let best = { s: 0, sse: sst };
	for (let s = m; s <= w - minLength; s += m) {
		const left = mean(changes.slice(0, s));
		const right = mean(changes.slice(s));
		let sse = 0;
		for (let k = 0; k < w; k++) sse += (changes[k]! - (k < s ? left : right)) ** 2;
		if (sse < best.sse) best = { s, sse };
	}
	if (best.s === 0) return w;
	// Persistent changes inflate F by about (1 + φ) / (1 − φ) (the long-run variance of their mean); take that out.
	const split = mean(changes.slice(0, best.s));
	const after = mean(changes.slice(best.s));
	const fitted = (k: number) => (k < best.s ? split : after);
	let sxy = 0;
	let sxx = 0;
	for (let k = 1; k < w; k++) {
		sxy += (changes[k]! - fitted(k)) * (changes[k - 1]! - fitted(k - 1));
		sxx += (changes[k - 1]! - fitted(k - 1)) ** 2;
	}
	const phi = sxx > 0 ? Math.max(0, Math.min(0.95, sxy / sxx)) : 0;
	const f = ((sst - best.sse) / (best.sse / (w - 2))) * ((1 - phi) / (1 + phi));
	return f > 20 ? w - best.s : w;
}

// simple-statistics takes a mutable array but only reads it.
const mean = (a: readonly number[]) => ssMean(a as number[]);

/** The net-flow model fitted to a history (see `stockPaths`): what every sample path is drawn from. */
interface NetFlowFit {
	readonly last: number;
	/** The season (steps) and the whole seasons of changes fitted. */
	readonly m: number;
	readonly weeks: number;
	readonly changes: readonly number[];
	readonly level: number;
	readonly pattern: readonly number[];
	readonly phi: number;
	/** The AR(1) state at the last reading. */
	readonly state: number;
	readonly innovations: Float64Array;
}

/** Fits the net-flow model to the history, or null when it holds fewer than three whole seasons of changes. */
function fitNetFlow(history: readonly number[], o: StockPathOptions): NetFlowFit | null {
	const n = history.length;
	const last = history[n - 1]!;
	const m = Math.max(1, o.period);
	// Whole seasons of changes ending at the last reading, so that future step i has phase i mod m.
	const longest = Math.floor(Math.min(o.window, n - 1) / m) * m;
	if (longest < 3 * m) return null;
	const recent = recentRegime(
		Array.from({ length: longest }, (_, k) => history[n - longest + k]! - history[n - longest + k - 1]!),
		m,
		Math.max(3 * m, o.minWindow)
	);
	const weeks = Math.floor(recent / m);
	const w = weeks * m;
	const changes = Array.from({ length: w }, (_, k) => history[n - w + k]! - history[n - w + k - 1]!);
	const level = mean(changes);
	const pattern = patternOf(
		changes,
		m,
		Array.from({ length: weeks }, (_, b) => b)
	);
	const residuals = changes.map((d, k) => d - level - pattern[k % m]!);
	let sxy = 0;
	let sxx = 0;
	for (let k = 1; k < w; k++) {
		sxy += residuals[k]! * residuals[k - 1]!;
		sxx += residuals[k - 1]! ** 2;
	}
	const phi = sxx > 0 ? Math.max(-0.9, Math.min(0.95, sxy / sxx)) : 0;
	const raw = residuals.slice(1).map((r, k) => r - phi * residuals[k]!);
	const centre = mean(raw);
	// Inflated for the parameters fitted (level, pattern, φ), as for regression residuals (Stine 1987, JASA 82:1072).
	const inflate = Math.sqrt(raw.length / Math.max(1, raw.length - m - 1));
	const innovations = Float64Array.from(raw, (e) => (e - centre) * inflate);
	return { last, m, weeks, changes, level, pattern, phi, state: residuals[w - 1]!, innovations };
}

/**
 * The weekly pattern of the changes in the given whole seasons (`blocks`, repeats allowed), centred on zero; written
 * into `phase` when given (each sample path redraws its pattern: one buffer, not a thousand).
 */
function patternOf(
	changes: readonly number[],
	m: number,
	blocks: ArrayLike<number>,
	phase: number[] = new Array<number>(m)
): number[] {
	phase.fill(0);
	for (let b = 0; b < blocks.length; b++)
		for (let p = 0; p < m; p++) phase[p]! += changes[blocks[b]! * m + p]! / blocks.length;
	const centre = mean(phase);
	for (let p = 0; p < m; p++) phase[p] = phase[p]! - centre;
	return phase;
}

/**
 * Sample paths of a stock from its last reading. The day-to-day change (the net flow) is modelled as a weekly pattern
 * plus AR(1) noise, and paths are drawn by a sieve bootstrap (Bühlmann 1997, Bernoulli 3:123–148): resampled
 * innovations run through the fitted AR(1) from the last residual, so a persistent flow keeps its memory (the reason
 * blocks of a week under-covered at long leads) and the next days start from today's state. Each path also redraws
 * its pattern (whole weeks resampled) and its drift (the innovations' resampled mean ÷ (1 − φ), the long-run
 * variance of a mean), since their estimation error grows linearly with the lead and caused most misses at 31–60
 * days. Paths are cut at 0 (a stock cannot be negative). Returns, for each of the first `leads` of `steps` leads
 * after the last reading, the paths' values in path order (see `stockPaths` for them sorted). The later leads'
 * draws are skipped, not made, so the first leads are the same values whatever `leads` is.
 */
export function samplePaths(
	history: readonly number[],
	steps: number,
	options: Partial<StockPathOptions> = {},
	leads = steps
): Float64Array[] {
	const o = { ...stockPathDefaults, ...options };
	const out = Array.from({ length: Math.min(leads, steps) }, () => new Float64Array(o.paths));
	const fit = fitNetFlow(history, o);
	if (!fit) {
		for (const values of out) values.fill(history[history.length - 1]!);
		return out;
	}
	const { last, m, weeks, changes, level, pattern, phi, innovations } = fit;
	const rng = seededRandom(o.seed);
	const next = rng.next;
	const n = innovations.length;
	const blocks = new Int32Array(weeks);
	const own = new Array<number>(m);
	const centre = o.centre;
	// The hot loop of the Correlation Center's daily scan: draws inlined, the mean path only computed when centring.
	for (let path = 0; path < o.paths; path++) {
		for (let b = 0; b < weeks; b++) blocks[b] = Math.floor(next() * weeks);
		patternOf(changes, m, blocks, own);
		let drift = 0;
		for (let k = 0; k < n; k++) drift += innovations[Math.floor(next() * n)]!;
		drift = level + drift / n / (1 - phi);
		let state = fit.state;
		let expectedState = state;
		let stock = last;
		let expected = last;
		for (let i = 0; i < out.length; i++) {
			state = phi * state + innovations[Math.floor(next() * n)]!;
			stock += drift + own[i % m]! + state;
			if (centre) {
				expectedState *= phi;
				expected += level + pattern[i % m]! + expectedState;
				out[i]![path] = Math.max(0, centre[i]! + stock - expected);
			} else out[i]![path] = Math.max(0, stock);
		}
		rng.skip(steps - out.length);
	}
	return out;
}

/** `samplePaths` with each lead's values sorted ascending, for quantiles. */
export function stockPaths(
	history: readonly number[],
	steps: number,
	options: Partial<StockPathOptions> = {}
): Float64Array[] {
	const out = samplePaths(history, steps, options);
	for (const values of out) values.sort();
	return out;
}

/**
 * Share of path values below `level` (or at or below it, `inclusive`), in any order: a count, since sorting each
 * lead's values only to search them once cost more than drawing the paths.
 */
export function shareBelow(values: Float64Array, level: number, inclusive = false): number {
	let count = 0;
	if (inclusive) for (const v of values) count += v <= level ? 1 : 0;
	else for (const v of values) count += v < level ? 1 : 0;
	return values.length > 0 ? count / values.length : Number.NaN;
}
