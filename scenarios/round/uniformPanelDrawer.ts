import { canonicalJson } from '../ballot/canonicalJson.js';
import { drawLots } from '../ballot/drawLots.js';
import { sha256Hex } from '../ballot/sha256Hex.js';
import type { PanelDrawer } from './types.js';

/**
 * A plain lottery: at most one volunteer per household, every other volunteer equally likely, no
 * stratification quotas. It stands in until the sortition module (maximin over quota-feasible
 * panels) is wired in as the drawer; its record says `method: uniform-lottery` so no one mistakes it.
 * The seed's hash is committed together with the pool digest; the order is SHA-256 of `seed:panel-<round>:<id>`.
 */
export function uniformPanelDrawer(seed: () => string): PanelDrawer {
	return {
		draw({ round, pool, size, reserves }) {
			const ids = pool.map((p) => p.id);
			const poolDigest = sha256Hex(canonicalJson([...ids].sort()));
			const s = seed();
			const order = drawLots(s, `panel-${round}`, ids);
			const household = new Map(pool.map((p) => [p.id, p.household ?? `self:${p.id}`]));
			const seen = new Set<string>();
			const picked: string[] = [];
			for (const id of order) {
				const h = household.get(id)!;
				if (seen.has(h)) continue;
				seen.add(h);
				picked.push(id);
			}
			if (picked.length < size) return { status: 'infeasible', message: `the pool has ${picked.length} households, fewer than the panel size ${size}` };
			const commitment = sha256Hex(canonicalJson({ round, poolDigest, size, reserves, seedHash: sha256Hex(s) }));
			return { status: 'drawn', members: picked.slice(0, size), reserves: picked.slice(size, size + reserves), record: { method: 'uniform-lottery', commitment, seed: s, poolDigest, size, reserves } };
		}
	};
}
