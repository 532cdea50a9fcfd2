import type { PanelDrawer, PanelDrawRecord } from '../../round/types.js';
import { drawPanel } from './drawPanel.js';
import { revealPanel } from './revealPanel.js';
import type { Commitment, LotteryOptions, Pool, Quotas, SortitionSolver } from '../types.js';

/** The record a maximin draw publishes through the round's `PanelDrawer` port. */
interface MaximinRecord extends PanelDrawRecord {
	readonly method: 'maximin-lottery';
	readonly commitment: Commitment;
	readonly lottery: readonly (readonly string[])[];
	readonly quotas: Quotas;
	/** Reserves to name at the reveal. */
	readonly reserves: number;
}

/**
 * The decision round's `PanelDrawer` port (scenarios/round/types.ts) backed by the maximin lottery: `commit`
 * draws and publishes the commitment and the m panels; `reveal` picks the panel from the seed. Reserves are
 * taken, in order, from the panels that follow the picked one in the published list (skipping anyone already
 * named), so they too are fixed by the commitment and the seed.
 */
export function maximinPanelDrawer(
	solver: SortitionSolver,
	quotas: Quotas,
	options: Partial<LotteryOptions> = {}
): PanelDrawer {
	return {
		async commit({ pool, size, reserves }) {
			if (size !== quotas.panelSize)
				return {
					status: 'infeasible',
					message: `the quotas are for a panel of ${quotas.panelSize}, the round asks for ${size}`
				};
			const categories = [...new Set(pool.flatMap((p) => Object.keys(p.features ?? {})))].sort();
			const full: Pool = {
				categories,
				volunteers: pool.map((p) => ({
					id: p.id,
					household: p.household ?? `self:${p.id}`,
					features: { ...p.features }
				}))
			};
			const draw = await drawPanel(full, quotas, solver, options);
			switch (draw.status) {
				case 'committed': {
					const record: MaximinRecord = {
						method: 'maximin-lottery',
						commitment: draw.commitment,
						lottery: draw.lottery,
						quotas,
						reserves
					};
					return { status: 'committed', commitment: draw.commitment.hash, record };
				}
				case 'infeasible':
					return { status: 'infeasible', message: draw.report.reasons.join('; ') };
				case 'invalid':
					return { status: 'infeasible', message: draw.issues.join('; ') };
			}
		},
		reveal({ commitment, record }, seed) {
			const r = record as MaximinRecord;
			if (r.method !== 'maximin-lottery' || r.commitment.hash !== commitment)
				throw new Error('maximinPanelDrawer.reveal: the record does not match its commitment');
			const picked = revealPanel(r.commitment, r.lottery, seed);
			const taken = new Set(picked.panel);
			const reserveIds: string[] = [];
			for (let k = 1; k < r.lottery.length && reserveIds.length < r.reserves; k++)
				for (const id of r.lottery[(picked.index + k) % r.lottery.length]!) {
					if (taken.has(id) || reserveIds.length >= r.reserves) continue;
					taken.add(id);
					reserveIds.push(id);
				}
			return {
				commitment,
				seed,
				members: picked.panel,
				reserves: reserveIds,
				detail: { index: picked.index, panels: r.lottery.length }
			};
		}
	};
}
