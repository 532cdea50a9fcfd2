import { benjaminiHochberg } from './benjaminiHochberg.js';
import { defaults } from './defaults.js';
import { grangerTest } from './granger.js';
import { crossCorrelation } from './lagged.js';
import { prepare } from './prepare.js';
import { refuseProtected } from './protectedAttributes.js';
import type {
	Correlation,
	CorrelationOptions,
	CorrelationReport,
	Evidence,
	NamedSeries,
	Relation
} from './types.js';

interface Candidate {
	readonly a: string;
	readonly b: string;
	readonly lag: number;
	readonly correlation: Correlation;
	readonly prepared: readonly [readonly number[], readonly number[]];
}

function evidenceOf(barValue: number, p: number, grangerP: number | null, alpha: number): Evidence {
	if (barValue < alpha && grangerP !== null && grangerP < alpha) return 'strong';
	if (barValue < alpha) return 'moderate';
	if (p < 0.05) return 'weak';
	return 'none';
}

/**
 * Tests every pair of series at every lag in −maxLag..maxLag after preparing each series (differencing and
 * deseasonalising by default), adjusts all p-values together by Benjamini–Hochberg, and keeps per pair the lag
 * with the smallest q. The lead direction gets a Granger-style test as a causal hint.
 * Refuses (throws ProtectedAttributeError) before computing anything if a series is protected.
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
	const ready: { id: string; values: number[] }[] = [];
	for (const s of [...series].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
		const values = prepare(s.values, o.preparation, o.period, o.order);
		const finite = values.filter(Number.isFinite);
		if (finite.length < o.minPoints)
			skipped.push({
				id: s.id,
				reason: `${finite.length} usable points after ${o.preparation}, fewer than ${o.minPoints}`
			});
		else if (finite.every((v) => Math.abs(v - finite[0]!) < 1e-12))
			skipped.push({ id: s.id, reason: `constant after ${o.preparation}` });
		else ready.push({ id: s.id, values });
	}
	const candidates: Candidate[] = [];
	for (let i = 0; i < ready.length; i++) {
		for (let j = i + 1; j < ready.length; j++) {
			const a = ready[i]!;
			const b = ready[j]!;
			for (const { lag, correlation } of crossCorrelation(a.values, b.values, o.maxLag, o.method)) {
				if (correlation.n >= o.minPoints && Number.isFinite(correlation.p))
					candidates.push({ a: a.id, b: b.id, lag, correlation, prepared: [a.values, b.values] });
			}
		}
	}
	const q = benjaminiHochberg(candidates.map((c) => c.correlation.p));
	const best = new Map<string, { c: Candidate; q: number }>();
	candidates.forEach((c, k) => {
		const key = `${c.a}\u0000${c.b}`;
		const prev = best.get(key);
		const better =
			!prev ||
			q[k]! < prev.q ||
			(q[k] === prev.q && Math.abs(c.correlation.r) > Math.abs(prev.c.correlation.r));
		if (better) best.set(key, { c, q: q[k]! });
	});
	const relations: Relation[] = [...best.values()].map(({ c, q: qv }) => {
		const [pa, pb] = c.prepared;
		const granger =
			c.lag > 0
				? grangerTest(pa, pb, o.order, c.lag)
				: c.lag < 0
					? grangerTest(pb, pa, o.order, -c.lag)
					: null;
		const barValue = o.bar === 'q' ? qv : c.correlation.p;
		const significant = barValue < o.alpha;
		return {
			a: c.a,
			b: c.b,
			lag: c.lag,
			method: o.method,
			r: c.correlation.r,
			n: c.correlation.n,
			p: c.correlation.p,
			q: qv,
			granger,
			significant,
			evidence: evidenceOf(barValue, c.correlation.p, granger?.p ?? null, o.alpha)
		};
	});
	relations.sort((x, y) => x.q - y.q || Math.abs(y.r) - Math.abs(x.r) || (x.a + x.b < y.a + y.b ? -1 : 1));
	return { at, options: o, tests: candidates.length, relations, skipped };
}
