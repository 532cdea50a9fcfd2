import type { Catalogue } from '../reference/types.js';
import { substituteAllowed } from './substitution.js';

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
 * term is missing: a silent store is not an empty one. The Correlation Center's shortage inputs and the
 * simulation's threat levels both read a stock by it.
 */
export function withStandIns(
	own: number,
	standIns: readonly { readonly stock: number; readonly of: StandIn }[]
): number {
	return standIns.reduce(
		(sum, { stock, of }) =>
			sum +
			(Number.isFinite(stock) ? substituteAllowed(Infinity, own, of.maxShare, stock * of.perUnit) : NaN),
		own
	);
}

/**
 * A flow (consumption, production, arrivals) with what the stand-ins drawn only as this good carry, in the
 * need's units: a stand-in with a need of its own, or one that stands in for another good too, is not this
 * good's (what is made of it may be eaten as the other).
 */
export function flowWithStandIns(
	own: number,
	standIns: readonly { readonly value: number; readonly of: StandIn }[]
): number {
	return standIns.reduce((sum, { value, of }) => (of.onlyHere ? sum + value * of.perUnit : sum), own);
}
