import { scaleLinear } from 'd3';
import type { ScenarioMetrics } from '../../../../data/plan/types.js';
import { nonDominated } from './nonDominated.js';
import type { TradeOff } from './types.js';

const W = 340;
const H = 220;
const M = { left: 52, right: 16, top: 12, bottom: 36 };

/** Lowest coverage (up is better) against transport work (left is better); non-dominated scenarios marked. */
export function tradeOff(scenarios: readonly { id: string; metrics: ScenarioMetrics }[]): TradeOff {
	const best = nonDominated(scenarios);
	const xs = scenarios.map((s) => s.metrics.transportTonneKm);
	const ys = scenarios.map((s) => s.metrics.minCoverage);
	const x = scaleLinear([Math.min(...xs, 0), Math.max(...xs, 1)], [M.left, W - M.right]).nice(4);
	const y = scaleLinear(
		[Math.min(...ys, 1) - 0.05, Math.min(1, Math.max(...ys) + 0.02)],
		[H - M.bottom, M.top]
	).nice(4);
	return {
		width: W,
		height: H,
		xTicks: x.ticks(4).map((v) => ({ x: x(v), label: v })),
		yTicks: y.ticks(4).map((v) => ({ y: y(v), label: v })),
		points: withLabelRows(
			scenarios.map((s) => ({
				id: s.id,
				x: x(s.metrics.transportTonneKm),
				y: y(s.metrics.minCoverage),
				nonDominated: best.has(s.id)
			}))
		)
	};
}

/** Scenarios with equal metrics share a point: each further name goes one line (12 px) lower, so no two names overprint. */
function withLabelRows<P extends { readonly x: number; readonly y: number }>(points: readonly P[]) {
	return points.map((p, i) => ({
		...p,
		labelRow: points.slice(0, i).filter((q) => Math.abs(q.x - p.x) < 80 && Math.abs(q.y - p.y) < 12).length
	}));
}
