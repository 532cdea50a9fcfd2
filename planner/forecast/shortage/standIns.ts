import type { Catalogue } from '../../../data/reference/types.js';
import { substituteAllowed } from '../../../data/plan/substitution.js';

/** A good the world hands out in place of another (wheat for food's kcal), as the catalogue's `substitutes` say. */
export interface StandIn {
	readonly id: string;
	/** Units of the need one unit supplies (a kg of wheat, 3400 kcal); default 1. */
	readonly perUnit: number;
	/** At most this share of what a person receives (1: any share). */
	readonly maxShare: number;
	/**
	 * Whether everything drawn of it is drawn as this stand-in: it has no daily need of its own and stands in for
	 * no other good, so its consumption counts as the need's (by nutrient, all the wheat eaten is food).
	 */
	readonly onlyHere: boolean;
}

/** The goods that stand in for `resource` in the catalogue, with what they supply; none for an unknown id. */
export function standInsOf(catalogue: Catalogue, resource: string): StandIn[] {
	const subs = catalogue.resources.find((r) => r.id === resource)?.substitutes ?? [];
	return subs.map((s) => {
		const own = catalogue.resources.find((r) => r.id === s.by);
		const elsewhere = catalogue.resources.some(
			(r) => r.id !== resource && (r.substitutes ?? []).some((o) => o.by === s.by)
		);
		return {
			id: s.by,
			perUnit: s.perUnit ?? 1,
			maxShare: s.maxShare,
			onlyHere: own?.norm?.per !== 'day' && !elsewhere
		};
	});
}

/**
 * What a stock can hand out, in the need's units, with its stand-ins: its own stock, plus each stand-in's stock
 * by what it supplies, as far as the world would draw it — at most `maxShare` of what is received, i.e.
 * maxShare / (1 − maxShare) × the good's own (`substituteAllowed`, the rule the simulation eats by). NaN when any
 * term is missing: a silent store is not an empty one.
 */
export function withStandIns(
	own: number,
	standIns: readonly { readonly stock: number; readonly of: StandIn }[]
) {
	return standIns.reduce(
		(sum, { stock, of }) =>
			sum +
			(Number.isFinite(stock) ? substituteAllowed(Infinity, own, of.maxShare, stock * of.perUnit) : NaN),
		own
	);
}

/**
 * A flow (consumption, production) with what the stand-ins drawn only as this good carry, in the need's units,
 * window by window; undefined when neither the good nor such a stand-in has the flow.
 */
export function flowWithStandIns(
	own: readonly number[] | undefined,
	standIns: readonly { readonly values: readonly number[]; readonly of: StandIn }[]
): number[] | undefined {
	const counted = standIns.filter((s) => s.of.onlyHere);
	const length = own?.length ?? counted[0]?.values.length;
	if (length === undefined) return undefined;
	return Array.from(
		{ length },
		(_, i) => counted.reduce((a, s) => a + s.values[i]! * s.of.perUnit, 0) + (own ? own[i]! : 0)
	);
}

/**
 * Each cell's production in its stock's terms (`readShortageInputs`): the good's own with what is made of the
 * stand-ins drawn only as it (`flowWithStandIns`), keyed `region\u0000good` as `production`; other keys kept.
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
			made.length > 0 ? flowWithStandIns(production.get(`${region}\u0000${resource}`), made) : undefined;
		if (all) out.set(`${region}\u0000${resource}`, all);
	}
	return out;
}
