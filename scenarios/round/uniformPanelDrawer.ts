import { canonicalJson } from '../ballot/canonicalJson.js';
import { drawLots } from '../ballot/drawLots.js';
import { sha256Hex } from '../ballot/sha256Hex.js';
import type { PanelDrawer, PanelReveal, PoolMember } from './types.js';

/**
 * A plain lottery: at most one volunteer per household, every volunteer otherwise equally likely, no
 * stratification quotas. It stands in until the sortition module (maximin over quota-feasible panels)
 * is wired in as the drawer; its record says `method: uniform-lottery` so no one mistakes it.
 * The commitment is SHA-256 of the canonical record (the pool, sizes); the order is SHA-256 of
 * `seed:panel-<round>:<id>`, so anyone can re-run the reveal from the published record and seed.
 */
export function uniformPanelDrawer(): PanelDrawer {
	return {
		commit({ round, pool, size, reserves }) {
			const households = new Set(pool.map((p) => p.household ?? `self:${p.id}`)).size;
			if (households < size)
				return {
					status: 'infeasible',
					message: `the pool has ${households} households, fewer than the panel size ${size}`
				};
			const members = [...pool]
				.map((p) => ({ id: p.id, household: p.household ?? `self:${p.id}` }))
				.sort((a, b) => (a.id < b.id ? -1 : 1));
			const record = { method: 'uniform-lottery', round, size, reserves, pool: members };
			return { status: 'committed', commitment: sha256Hex(canonicalJson(record)), record };
		},
		reveal({ commitment, record }, seed): PanelReveal {
			if (sha256Hex(canonicalJson(record)) !== commitment)
				throw new Error('uniformPanelDrawer.reveal: the record does not match its commitment');
			const { round, size, reserves, pool } = record as unknown as {
				round: string;
				size: number;
				reserves: number;
				pool: PoolMember[];
			};
			const household = new Map(pool.map((p) => [p.id, p.household!]));
			const seen = new Set<string>();
			const picked: string[] = [];
			for (const id of drawLots(
				seed,
				`panel-${round}`,
				pool.map((p) => p.id)
			)) {
				if (seen.has(household.get(id)!)) continue;
				seen.add(household.get(id)!);
				picked.push(id);
			}
			return {
				commitment,
				seed,
				members: picked.slice(0, size),
				reserves: picked.slice(size, size + reserves)
			};
		}
	};
}
