import { protectedStratum } from './protectedStratum.js';
import type { ClassProblem, HouseholdType, Pool, QuotaCell, Quotas, VolunteerClass } from '../types.js';

/** The outcome of reducing a pool and quotas to classes: the problem, or every inconsistency found. */
export type ClassProblemResult =
	| { readonly status: 'ok'; readonly problem: ClassProblem }
	| { readonly status: 'invalid'; readonly issues: readonly string[] };

/**
 * Groups interchangeable volunteers into classes. Two volunteers are interchangeable when they have the
 * same stratification features and live in households of the same make-up (the multiset of members'
 * features); any panel distribution can be averaged over such swaps without breaking a quota or the
 * household rule, so at the maximin optimum their probabilities may be taken equal
 * (Flanigan et al., Nature 2021, Methods, "types"). This shrinks a 5,000-person pool to the distinct types.
 */
export function buildClassProblem(pool: Pool, quotas: Quotas): ClassProblemResult {
	const issues: string[] = [];
	const categories = Object.keys(quotas.categories).sort();
	for (const k of categories) {
		const refused = protectedStratum(k, Object.keys(quotas.categories[k]!));
		if (refused) issues.push(`quotas.categories.${k}: ${refused}`);
		if (!pool.categories.includes(k))
			issues.push(
				`quotas.categories.${k}: the pool has no column ${JSON.stringify(k)} (columns: ${pool.categories.join(', ')})`
			);
	}
	if (issues.length) return { status: 'invalid', issues };
	const cells: QuotaCell[] = [];
	const cellIndex = new Map<string, number>();
	for (const k of categories)
		for (const value of Object.keys(quotas.categories[k]!).sort()) {
			const b = quotas.categories[k]![value]!;
			cellIndex.set(`${k}\u0000${value}`, cells.length);
			cells.push({ category: k, value, min: b.min, max: b.max });
		}
	const vectorOf: number[][] = [];
	pool.volunteers.forEach((v, i) => {
		const vector: number[] = [];
		for (const k of categories) {
			const cell = cellIndex.get(`${k}\u0000${v.features[k] ?? ''}`);
			if (cell === undefined) {
				const values = Object.keys(quotas.categories[k]!).join(', ');
				const value = JSON.stringify(v.features[k] ?? '');
				issues.push(`volunteer ${JSON.stringify(v.id)}: ${k} ${value} has no quota (values: ${values})`);
			} else vector.push(cell);
		}
		vectorOf[i] = vector;
	});
	if (issues.length)
		return {
			status: 'invalid',
			issues: issues.slice(0, 50).concat(issues.length > 50 ? [`… and ${issues.length - 50} more`] : [])
		};
	const byHousehold = new Map<string, number[]>();
	pool.volunteers.forEach((v, i) =>
		byHousehold.set(v.household, [...(byHousehold.get(v.household) ?? []), i])
	);
	const makeUp = new Map<string, string>();
	for (const [h, members] of byHousehold)
		makeUp.set(
			h,
			members
				.map((i) => vectorOf[i]!.join('.'))
				.sort()
				.join('|')
		);
	const typeIndex = new Map<string, number>();
	const types: { households: string[]; classes: number[] }[] = [];
	const classIndex = new Map<string, number>();
	const classes: { members: number[]; cells: number[]; householdType: number }[] = [];
	pool.volunteers.forEach((v, i) => {
		const m = makeUp.get(v.household)!;
		let t = typeIndex.get(m);
		if (t === undefined) {
			t = types.length;
			typeIndex.set(m, t);
			types.push({ households: [], classes: [] });
		}
		const key = `${t}#${vectorOf[i]!.join('.')}`;
		let a = classIndex.get(key);
		if (a === undefined) {
			a = classes.length;
			classIndex.set(key, a);
			classes.push({ members: [], cells: vectorOf[i]!, householdType: t });
			types[t]!.classes.push(a);
		}
		classes[a]!.members.push(i);
	});
	for (const h of byHousehold.keys()) types[typeIndex.get(makeUp.get(h)!)!]!.households.push(h);
	for (const t of types) t.households.sort();
	const householdTypes: HouseholdType[] = types;
	const volunteerClasses: VolunteerClass[] = classes;
	return {
		status: 'ok',
		problem: { panelSize: quotas.panelSize, cells, classes: volunteerClasses, householdTypes }
	};
}
