import { createLpBuilder, type Term } from '../lp/lpBuilder.js';
import type { LpModel } from '../lp/types.js';
import type { AllocationModel } from '../model/modelIndex.js';
import { solveChecked, type Solvers } from '../solver/solveChecked.js';
import { num, pct, type Bilingual } from './format.js';

/** One constraint that had to give, in catalogue units where the row has one resource. */
export interface Relaxed {
	readonly row: string;
	readonly kind: string;
	readonly region?: string;
	readonly resource?: string;
	readonly period?: number;
	/** How far the row's bound had to move (model units) and as a share of the bound. */
	readonly amount: number;
	readonly share: number;
	readonly text: Bilingual;
}

/** What the elastic relaxation found: which constraints gave, or that even that did not help. */
export type Relaxation =
	| { readonly status: 'relaxed'; readonly relaxed: readonly Relaxed[] }
	| { readonly status: 'still-infeasible' | 'failed'; readonly message: string };

/**
 * Explains an infeasible model by elastic programming: every relaxable row (reserve floors,
 * priority guarantees) gets a non-negative elastic variable that lets its bound give, and the
 * relaxed model minimises the total give, each relative to the bound's size. The rows whose
 * elastic variable is positive are the ones that had to give, and by how much.
 * (Brown & Graves 1975; Chinneck, Feasibility and Infeasibility in Optimization, 2008, ch. 7.)
 */
export async function elasticRelaxation(m: AllocationModel, solvers: Solvers): Promise<Relaxation> {
	const { model } = m;
	const b = createLpBuilder(`${model.name}_elastic`, 'min');
	model.variables.forEach((v) => b.variable(v.name, { lower: v.lower, upper: v.upper }));
	const elastic: { row: number; column: number; scale: number }[] = [];
	model.constraints.forEach((c, i) => {
		const terms: Term[] = [];
		for (let k = model.rowStarts[i]!; k < model.rowStarts[i + 1]!; k++)
			terms.push([model.columns[k]!, model.values[k]!]);
		if (c.relaxable) {
			const scale = Math.max(1, Math.abs(Number.isFinite(c.lower) ? c.lower : c.upper));
			// A lower bound gives downwards (+e on the left side), an upper bound upwards (−e).
			const column = b.variable(`elastic_${c.name}`, { cost: 1 / scale });
			terms.push([column, Number.isFinite(c.lower) ? 1 : -1]);
			elastic.push({ row: i, column, scale });
		}
		b.constraint(c.name, terms, { lower: c.lower, upper: c.upper, kind: c.kind });
	});
	const relaxedModel: LpModel = b.build();
	const outcome = await solveChecked(relaxedModel, solvers, { crossCheckMaxVariables: 0 });
	if (outcome.status === 'failed') return { status: 'failed', message: outcome.message };
	if (outcome.status !== 'optimal')
		return {
			status: 'still-infeasible',
			message:
				'the model stays infeasible even when every reserve floor and priority may give; the physical balance itself is inconsistent'
		};
	const regionName = new Map(m.input.regions.map((r) => [r.id, r.name]));
	const resourceName = new Map(m.input.resources.map((r) => [r.id, r]));
	const relaxed: Relaxed[] = [];
	for (const e of elastic) {
		const amount = outcome.solution.x[e.column]!;
		if (amount <= 1e-7 * e.scale) continue;
		const meta = m.rows[e.row]!;
		const res = meta.resource ? resourceName.get(meta.resource) : undefined;
		const rname = meta.region ? regionName.get(meta.region) : undefined;
		const units = res ? amount * m.scale[res.id]! : amount;
		const share = amount / e.scale;
		const what =
			meta.kind === 'floor'
				? {
						en: `the reserve floor of ${res?.name.en.toLowerCase()} in ${rname?.en}`,
						ru: `резервный минимум (${res?.name.ru.toLowerCase()}) в регионе «${rname?.ru}»`
					}
				: meta.kind === 'priority'
					? {
							en: `the priority guarantee of ${res?.name.en.toLowerCase()} for ${rname?.en}`,
							ru: `приоритетная гарантия (${res?.name.ru.toLowerCase()}) для региона «${rname?.ru}»`
						}
					: {
							en: `constraint ${model.constraints[e.row]!.name}`,
							ru: `ограничение ${model.constraints[e.row]!.name}`
						};
		const when =
			meta.period !== undefined
				? { en: ` in period ${meta.period + 1}`, ru: ` в периоде ${meta.period + 1}` }
				: { en: '', ru: '' };
		relaxed.push({
			row: model.constraints[e.row]!.name,
			kind: meta.kind,
			...(meta.region ? { region: meta.region } : {}),
			...(meta.resource ? { resource: meta.resource } : {}),
			...(meta.period !== undefined ? { period: meta.period } : {}),
			amount,
			share,
			text: {
				en: `${what.en}${when.en} had to give by ${num(units, 'en')} ${res?.unit ?? ''} (${pct(share, 'en', 1)}).`,
				ru: `${what.ru}${when.ru} пришлось снизить на ${num(units, 'ru')} ${res?.unit ?? ''} (${pct(share, 'ru', 1)}).`
			}
		});
	}
	return { status: 'relaxed', relaxed: relaxed.sort((p, q) => q.share - p.share) };
}
