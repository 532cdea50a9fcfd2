import type { CorrelationOptions, Relation } from './types.js';

const preparedBy: Record<CorrelationOptions['preparation'], string> = {
	prewhiten: 'differenced, deseasonalised and pre-whitened',
	difference: 'differenced and deseasonalised',
	detrend: 'detrended and deseasonalised',
	none: 'raw'
};

const num = (x: number) => (Math.abs(x) >= 0.001 || x === 0 ? x.toPrecision(2) : x.toExponential(1));

/** One sentence a council can read: which test, on which data, how strong, and what would undo it. */
export function explainRelation(
	r: Omit<Relation, 'explanation'>,
	o: Pick<CorrelationOptions, 'preparation' | 'alpha' | 'bar'>,
	dropped: number
): string {
	const test = r.method === 'pearson' ? `Pearson r = ${r.r.toFixed(2)}` : `Spearman ρ = ${r.r.toFixed(2)}`;
	const lead =
		r.lag === 0
			? 'at the same step'
			: r.lag > 0
				? `${r.a} leading by ${r.lag} ${r.lag === 1 ? 'step' : 'steps'}`
				: `${r.b} leading by ${-r.lag} ${r.lag === -1 ? 'step' : 'steps'}`;
	const parts = [
		`${test} on ${preparedBy[o.preparation]} series, ${lead}`,
		`${r.n} pairs worth ${Math.round(r.nEffective)} independent ones, t-test p = ${num(r.p)}, q = ${num(r.q)} over all pairs and lags`
	];
	if (r.granger) parts.push(`Granger F-test p = ${num(r.granger.p)} (a causal hint, not proof)`);
	if (r.fragile)
		parts.push(
			`without its ${dropped} most influential ${dropped === 1 ? 'event' : 'events'} Spearman p = ${num(r.pWithoutInfluential)}: it rests on a few shared events`
		);
	return `${r.evidence} evidence: ${parts.join('; ')}.`;
}
