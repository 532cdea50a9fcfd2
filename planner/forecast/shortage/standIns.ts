import type { Catalogue } from '../../../data/reference/types.js';
import { flowWithStandIns, standInsOf, type StandIn } from '../../../data/plan/standIns.js';

/**
 * A flow series (consumption, production) with what the stand-ins drawn only as this good carry, window by
 * window (`flowWithStandIns`, the rule the simulation's threat levels read too); undefined when neither the
 * good nor such a stand-in has the flow.
 */
export function flowsWithStandIns(
	own: readonly number[] | undefined,
	standIns: readonly { readonly values: readonly number[]; readonly of: StandIn }[]
): number[] | undefined {
	const counted = standIns.filter((s) => s.of.onlyHere);
	const length = own?.length ?? counted[0]?.values.length;
	if (length === undefined) return undefined;
	return Array.from({ length }, (_, i) =>
		flowWithStandIns(
			own ? own[i]! : 0,
			counted.map((s) => ({ of: s.of, value: s.values[i]! }))
		)
	);
}

/**
 * Each cell's production in its stock's terms (`readShortageInputs`): the good's own with what is made of the
 * stand-ins drawn only as it (`flowsWithStandIns`), keyed `region\u0000good` as `production`; other keys kept.
 */
export function productionWithStandIns(
	production: ReadonlyMap<string, readonly number[]>,
	cells: readonly { readonly region: string; readonly resource: string }[],
	catalogue: Catalogue
): Map<string, readonly number[]> {
	const out = new Map(production);
	for (const { region, resource } of cells) {
		const made = standInsOf(catalogue, resource).flatMap((of) => {
			const values = production.get(`${region}\u0000${of.id}`);
			return values ? [{ of, values }] : [];
		});
		const all =
			made.length > 0 ? flowsWithStandIns(production.get(`${region}\u0000${resource}`), made) : undefined;
		if (all) out.set(`${region}\u0000${resource}`, all);
	}
	return out;
}
