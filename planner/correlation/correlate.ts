import { studentTTwoSided } from './distributions.js';
import type { Correlation, CorrelationMethod } from './types.js';

/** Average ranks (1-based) with ties sharing their mean rank, as Spearman's rho needs. */
export function ranks(values: readonly number[]): number[] {
	const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const out = new Array<number>(values.length);
	for (let i = 0; i < order.length;) {
		let j = i;
		while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
		const mean = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) out[order[k]![1]] = mean;
		i = j + 1;
	}
	return out;
}

/** The pairs in which both values are finite: a missing reading (NaN) drops its pair, never counts as zero. */
function completePairs(x: readonly number[], y: readonly number[]): [number[], number[]] {
	const xs: number[] = [];
	const ys: number[] = [];
	const len = Math.min(x.length, y.length);
	for (let i = 0; i < len; i++) {
		if (Number.isFinite(x[i]) && Number.isFinite(y[i])) {
			xs.push(x[i]!);
			ys.push(y[i]!);
		}
	}
	return [xs, ys];
}

/** Pearson's r on pairs where both values are finite; p from t = r √((n−2)/(1−r²)) with n − 2 df. */
export function pearson(x: readonly number[], y: readonly number[]): Correlation {
	const [xs, ys] = completePairs(x, y);
	return pearsonComplete(xs, ys);
}

function pearsonComplete(xs: readonly number[], ys: readonly number[]): Correlation {
	const n = xs.length;
	if (n < 3) return { r: Number.NaN, n, p: Number.NaN };
	let mx = 0;
	let my = 0;
	for (let i = 0; i < n; i++) {
		mx += xs[i]!;
		my += ys[i]!;
	}
	mx /= n;
	my /= n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - mx;
		const dy = ys[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	if (sxx === 0 || syy === 0) return { r: Number.NaN, n, p: Number.NaN };
	const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
	if (Math.abs(r) === 1) return { r, n, p: 0 };
	const t = r * Math.sqrt((n - 2) / (1 - r * r));
	return { r, n, p: studentTTwoSided(t, n - 2) };
}

/** Spearman's rho: Pearson on average ranks of the complete pairs; p by the same t approximation (as scipy does). */
export function spearman(x: readonly number[], y: readonly number[]): Correlation {
	const [xs, ys] = completePairs(x, y);
	return pearsonComplete(ranks(xs), ranks(ys));
}

/** Dispatches on the method. */
export function correlate(
	method: CorrelationMethod,
	x: readonly number[],
	y: readonly number[]
): Correlation {
	switch (method) {
		case 'pearson':
			return pearson(x, y);
		case 'spearman':
			return spearman(x, y);
	}
}
