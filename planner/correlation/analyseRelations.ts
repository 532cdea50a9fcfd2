import { benjaminiHochberg } from './benjaminiHochberg.js';
import { defaults } from './defaults.js';
import { studentTTwoSided } from './distributions.js';
import { autocorrelations, effectiveSampleSize } from './effectiveSampleSize.js';
import { explainRelation } from './explainRelation.js';
import { influentialDropped } from './influentialDropped.js';
import { grangerTest } from './granger.js';
import { withoutInfluential } from './influence.js';
import { crossCorrelation, shiftPair } from './lagged.js';
import { dropFlatRuns, prepare } from './prepare.js';
import { refuseProtected } from './protectedAttributes.js';
import type { CorrelationOptions, CorrelationReport, Evidence, NamedSeries, Relation } from './types.js';

interface Ready {
	readonly id: string;
	readonly values: readonly number[];
	readonly acf: readonly number[];
}

interface Candidate {
	readonly a: Ready;
	readonly b: Ready;
	readonly lag: number;
	readonly r: number;
	readonly n: number;
	readonly nEffective: number;
	readonly p: number;
}

/** Two-sided p of a correlation r tested on `n` effective pairs (Student t with n − 2 df). */
function pOf(r: number, n: number): number {
	if (!Number.isFinite(r) || n <= 2) return Number.NaN;
	if (Math.abs(r) >= 1) return 0;
	return studentTTwoSided(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
}

function evidenceOf(
	significant: boolean,
	fragile: boolean,
	p: number,
	grangerP: number | null,
	alpha: number
): Evidence {
	if (significant && grangerP !== null && grangerP < alpha) return 'strong';
	if (significant) return 'moderate';
	if (p < 0.05 || fragile) return 'weak';
	return 'none';
}

/**
 * Tests every pair of series at every lag in −maxLag..maxLag after preparing each series (pre-whitening by default:
 * differencing, deseasonalising, then an AR fit's residuals), with p-values on the effective sample size that the
 * prepared series' remaining autocorrelation leaves (so persistent series do not flood the results), adjusts all
 * p-values together by Benjamini–Hochberg, and keeps per pair the lag with the smallest q. A relation that rests on
 * a few influential points (one shared collapse) is `fragile` and at most `weak`. The lead direction gets a
 * Granger-style test as a causal hint. Refuses (throws ProtectedAttributeError) before computing anything if a
 * series is protected.
 */
export function analyseRelations(
	series: readonly NamedSeries[],
	at: number,
	options: Partial<CorrelationOptions> = {}
): CorrelationReport {
	const o: CorrelationOptions = { ...defaults, ...options };
	refuseProtected(series, o.protectedAttributes);
	const ids = new Set<string>();
	for (const s of series) {
		if (ids.has(s.id)) throw new RangeError(`series id ${JSON.stringify(s.id)} appears twice`);
		ids.add(s.id);
	}
	const skipped: { id: string; reason: string }[] = [];
	const ready: Ready[] = [];
	for (const s of [...series].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
		const values = prepare(s.values, o.preparation, o.period, o.order, o.flatRun);
		const finite = values.filter(Number.isFinite);
		if (finite.length < o.minPoints) {
			const count = (v: readonly number[]) => v.filter(Number.isFinite).length;
			const flat = count(s.values) - count(dropFlatRuns(s.values, o.flatRun));
			skipped.push({
				id: s.id,
				reason: `${finite.length} usable points after ${o.preparation}, fewer than ${o.minPoints}${flat > 0 ? ` (${flat} readings in flat runs left out)` : ''}`
			});
		} else if (finite.every((v) => Math.abs(v - finite[0]!) < 1e-12))
			skipped.push({ id: s.id, reason: `constant after ${o.preparation}` });
		else ready.push({ id: s.id, values, acf: autocorrelations(values, o.acfLags) });
	}
	const candidates: Candidate[] = [];
	const pByLag = new Map<string, number[]>();
	for (let i = 0; i < ready.length; i++) {
		for (let j = i + 1; j < ready.length; j++) {
			const a = ready[i]!;
			const b = ready[j]!;
			const pairP: number[] = [];
			for (const { lag, correlation } of crossCorrelation(a.values, b.values, o.maxLag, o.method)) {
				const nEffective = effectiveSampleSize(correlation.n, a.acf, b.acf);
				const p = pOf(correlation.r, nEffective);
				pairP.push(correlation.n >= o.minPoints ? p : Number.NaN);
				if (correlation.n >= o.minPoints && Number.isFinite(p))
					candidates.push({ a, b, lag, r: correlation.r, n: correlation.n, nEffective, p });
			}
			pByLag.set(`${a.id}\u0000${b.id}`, pairP);
		}
	}
	const q = benjaminiHochberg(candidates.map((c) => c.p));
	const best = new Map<string, { c: Candidate; q: number }>();
	candidates.forEach((c, k) => {
		const key = `${c.a.id}\u0000${c.b.id}`;
		const prev = best.get(key);
		const better = !prev || q[k]! < prev.q || (q[k] === prev.q && Math.abs(c.r) > Math.abs(prev.c.r));
		if (better) best.set(key, { c, q: q[k]! });
	});
	const relations: Relation[] = [...best.entries()].map(([key, { c, q: qv }]) => {
		const pa = c.a.values;
		const pb = c.b.values;
		const granger =
			c.lag > 0
				? grangerTest(pa, pb, o.order, c.lag)
				: c.lag < 0
					? grangerTest(pb, pa, o.order, -c.lag)
					: null;
		// Fragility is judged on ranks without the largest events, so neither one event nor one loud stretch carries it.
		const [xs, ys] = shiftPair(pa, pb, c.lag);
		const drop = influentialDropped(c.n, o.influentialShare);
		const rest = withoutInfluential('spearman', xs, ys, drop, o.preparation === 'prewhiten' ? o.order : 0);
		const pWithoutInfluential = pOf(rest.r, c.nEffective * (rest.n / c.n));
		const barValue = o.bar === 'q' ? qv : c.p;
		const fragile = barValue < o.alpha && !(pWithoutInfluential < o.alpha);
		const significant = barValue < o.alpha && !fragile;
		const relation = {
			a: c.a.id,
			b: c.b.id,
			lag: c.lag,
			method: o.method,
			r: c.r,
			n: c.n,
			nEffective: c.nEffective,
			p: c.p,
			pByLag: pByLag.get(key)!,
			pWithoutInfluential,
			fragile,
			q: qv,
			granger,
			significant,
			evidence: evidenceOf(significant, fragile, c.p, granger?.p ?? null, o.alpha)
		};
		return { ...relation, explanation: explainRelation(relation, o) };
	});
	relations.sort((x, y) => x.q - y.q || Math.abs(y.r) - Math.abs(x.r) || (x.a + x.b < y.a + y.b ? -1 : 1));
	return { at, options: o, tests: candidates.length, relations, skipped };
}
