import { assignPanels } from '../rounding/assignPanels.js';
import { buildClassProblem } from '../pool/buildClassProblem.js';
import { canonicalJson, lotteryDigest, poolDigest, quotasDigest, sha256 } from './digest.js';
import { diagnoseQuotas } from '../pool/diagnoseQuotas.js';
import { levelIndividuals } from '../rounding/levelIndividuals.js';
import { lotteryDefaults } from '../optimise/optimiseLottery.js';
import { reducePool } from '../pool/reducePool.js';
import { sortitionProtocol } from '../types.js';
import type { Commitment, DrawResult, LotteryOptions, Pool, Quotas, SortitionSolver } from '../types.js';

/** A replacement draw: who stays on the panel and who dropped out. */
export interface Replacement {
	readonly kept: readonly string[];
	readonly dropouts: readonly string[];
}

/**
 * Prepares a public draw: optimises the lottery for the pool and quotas (maximin, via the solver port) and
 * returns the commitment to publish before any seed exists. Deterministic: the same pool, quotas and
 * options give the same lottery and the same commitment hash on every machine, which is what
 * `verifyDraw` relies on. With `replacement`, draws only the open seats (see `reducePool`).
 */
export async function drawPanel(
	pool: Pool,
	quotas: Quotas,
	solver: SortitionSolver,
	options: Partial<LotteryOptions> = {},
	replacement?: Replacement
): Promise<DrawResult> {
	const o = { ...lotteryDefaults, ...options };
	const reduced = replacement
		? reducePool(pool, quotas, replacement.kept, replacement.dropouts)
		: { status: 'ok' as const, pool, quotas };
	if (reduced.status === 'invalid') return reduced;
	const built = buildClassProblem(reduced.pool, reduced.quotas);
	if (built.status === 'invalid') return built;
	const problem = built.problem;
	const digests = { poolDigest: poolDigest(pool), quotasDigest: quotasDigest(quotas) };
	// The rounding's random stream is fixed by the inputs alone: nothing secret, nothing chosen later.
	const stream = sha256(
		canonicalJson({ ...digests, kept: replacement?.kept ?? [], dropouts: replacement?.dropouts ?? [] })
	);
	const outcome = problem.panelSize === 0 ? undefined : await solver.optimise(problem, o, stream);
	if (!outcome || outcome.status === 'infeasible') {
		const reasons = problem.panelSize === 0 ? ['no seats are open'] : diagnoseQuotas(problem);
		const relax = problem.panelSize === 0 ? undefined : await solver.relax(problem);
		if (!relax || relax.status === 'impossible')
			return {
				status: 'infeasible',
				report: {
					reasons: relax ? [...reasons, relax.reason] : reasons,
					relaxations: [],
					totalRelaxation: Infinity
				}
			};
		const named = relax.relaxations.map((r) => {
			const change =
				r.to.min < r.from.min
					? `min ${r.from.min} cannot be met; lower it by ${r.by} to ${r.to.min}`
					: `max ${r.from.max} cannot hold; raise it by ${r.by} to ${r.to.max}`;
			return `${r.category}=${r.value}: ${change}`;
		});
		return {
			status: 'infeasible',
			report: {
				reasons: [...reasons, ...named],
				relaxations: relax.relaxations,
				totalRelaxation: relax.total
			}
		};
	}
	const unselectable = outcome.unselectable.flatMap((a) =>
		problem.classes[a]!.members.map((i) => reduced.pool.volunteers[i]!.id)
	);
	const excluded = new Set(unselectable);
	const selectable = new Set(reduced.pool.volunteers.map((v) => v.id).filter((id) => !excluded.has(id)));
	const m = outcome.panels.length;
	// The best any uniform m-panel lottery can give the least-served: whole panels out of m.
	const bestCount = Math.floor(m * outcome.upperBound + 1e-9);
	const { lottery } = levelIndividuals(
		assignPanels(problem, reduced.pool, outcome.panels),
		reduced.pool,
		reduced.quotas,
		selectable,
		bestCount
	);
	const times = new Map<string, number>();
	for (const p of lottery) for (const id of p) times.set(id, (times.get(id) ?? 0) + 1);
	// The certificate is about the published lottery and every single volunteer in it, not class averages.
	const counts = [...selectable].map((id) => times.get(id) ?? 0);
	const minProbability = counts.length ? Math.min(...counts) / m : 0;
	const maxProbability = counts.length ? Math.max(...counts) / m : 0;
	const volunteersAtZero = counts.filter((c) => c === 0).length;
	const base = {
		protocol: sortitionProtocol as typeof sortitionProtocol,
		kind: replacement ? ('replacement' as const) : ('draw' as const),
		...digests,
		panelSize: quotas.panelSize,
		panels: lottery.length,
		lotteryDigest: lotteryDigest(lottery),
		kept: [...(replacement?.kept ?? [])].sort(),
		dropouts: [...(replacement?.dropouts ?? [])].sort(),
		minProbability,
		upperBound: outcome.upperBound
	};
	const commitment: Commitment = { ...base, hash: sha256(canonicalJson(base)) };
	const optimalOf = new Map<number, number>();
	problem.classes.forEach((k, a) =>
		k.members.forEach((i) => optimalOf.set(i, outcome.optimalProbabilities[a]!))
	);
	const volunteers = reduced.pool.volunteers.map((v, i) => ({
		id: v.id,
		probability: (times.get(v.id) ?? 0) / lottery.length,
		optimal: optimalOf.get(i) ?? 0
	}));
	return {
		status: 'committed',
		commitment,
		lottery,
		certificate: {
			minProbability,
			maxProbability,
			upperBound: outcome.upperBound,
			bestForLottery: bestCount / m,
			volunteersAtZero,
			distributionMin: outcome.distributionMin,
			gap: Math.max(0, outcome.upperBound - minProbability),
			roundingLoss: Math.max(0, outcome.distributionMin - minProbability),
			leximinDeviation: volunteers.reduce((d, v) => Math.max(d, Math.abs(v.probability - v.optimal)), 0),
			equalShare: problem.panelSize / reduced.pool.volunteers.length,
			unselectable,
			seconds: outcome.seconds
		},
		volunteers
	};
}
