import type { SimState } from '../step/types.js';
import type { CompiledWorld } from '../world/types.js';
import type { Shock, ShockPhase } from './types.js';

/** What a shock may touch beyond the state: the gateway layout (region of each gateway). */
export interface ShockScope {
	readonly gatewayRegion: Int32Array;
}

function regionsOf(world: CompiledWorld, region: string | undefined): number[] {
	if (region !== undefined) return [world.regionIndex.get(region)!];
	return world.regions.map((_, r) => r);
}

/**
 * Applies one moment of one shock. Every kind is handled here, in one switch: `start` does what
 * happens once (stock destroyed, people moved, gateways picked), `active` sets today's factors
 * (reset to neutral before each day), `end` undoes what can be undone (evacuees return).
 */
export function applyShock(
	shock: Shock,
	phase: ShockPhase,
	index: number,
	world: CompiledWorld,
	state: SimState,
	scope: ShockScope
): void {
	const { K } = world;
	switch (shock.kind) {
		case 'capacity-loss': {
			if (phase !== 'active') return;
			const r = shock.region === undefined ? -1 : world.regionIndex.get(shock.region)!;
			const k = shock.resource === undefined ? -1 : world.resourceIndex.get(shock.resource)!;
			for (let p = 0; p < world.P; p++) {
				if (r >= 0 && world.prodRegion[p] !== r) continue;
				if (k >= 0 && world.prodResource[p] !== k) continue;
				if (shock.source !== undefined && world.prodSource[p] !== shock.source) continue;
				state.capacityFactor[p]! *= 1 - shock.fraction;
			}
			return;
		}
		case 'stock-loss': {
			if (phase !== 'start') return;
			const k = world.resourceIndex.get(shock.resource)!;
			for (const r of regionsOf(world, shock.region)) {
				const lost = state.stock[r * K + k]! * shock.fraction;
				state.stock[r * K + k]! -= lost;
				state.totals.shockLoss[k]! += lost;
				state.dayWaste[k]! += lost;
			}
			return;
		}
		case 'demand-surge': {
			if (phase !== 'active') return;
			const k = world.resourceIndex.get(shock.resource)!;
			for (const r of regionsOf(world, shock.region)) state.demandFactor[r * K + k]! *= shock.factor;
			return;
		}
		case 'population-movement': {
			const from = world.regionIndex.get(shock.from)!;
			const to = world.regionIndex.get(shock.to)!;
			const groups = [state.adults, state.children, state.workers] as const;
			if (phase === 'start') {
				const moved = groups.map((g) => Math.round(g[from]! * shock.share));
				groups.forEach((g, i) => {
					g[from]! -= moved[i]!;
					g[to]! += moved[i]!;
				});
				state.shockMemo[index] = moved;
			} else if (phase === 'end' && shock.returns) {
				const moved = state.shockMemo[index] ?? [0, 0, 0];
				groups.forEach((g, i) => {
					const back = Math.min(moved[i]!, g[to]!);
					g[to]! -= back;
					g[from]! += back;
				});
			}
			return;
		}
		case 'arc-closure':
			if (phase === 'active') state.arcOpen[world.arcIndex.get(shock.arc)!] = 0;
			return;
		case 'sensor-outage': {
			if (phase === 'start') {
				// Pick the silent gateways once, by the shocks' own random stream (a partial Fisher–Yates shuffle).
				const r = shock.region === undefined ? -1 : world.regionIndex.get(shock.region)!;
				const pool: number[] = [];
				scope.gatewayRegion.forEach((gr, g) => {
					if (r < 0 || gr === r) pool.push(g);
				});
				const n = Math.round(pool.length * shock.fraction);
				for (let i = 0; i < n; i++) {
					const j = i + state.rng.shocks.int(pool.length - i);
					[pool[i], pool[j]] = [pool[j]!, pool[i]!];
				}
				state.shockMemo[index] = pool.slice(0, n);
			}
			if (phase === 'active') for (const g of state.shockMemo[index] ?? []) state.gatewaySilent[g] = 1;
			return;
		}
		case 'quarantine':
			if (phase === 'active')
				for (const r of regionsOf(world, shock.region)) state.labourFactor[r]! *= 1 - shock.share;
			return;
		case 'survival-mode':
			if (phase === 'active') state.survival = true;
			return;
		case 'ecosystem-damage':
			if (phase === 'active') state.ecosystemDamage[world.regionIndex.get(shock.region)!] = 1;
			return;
	}
}

/** Resets today's shock factors to neutral, then applies each shock's start, active days and end. */
export function applyShocks(
	shocks: readonly Shock[],
	world: CompiledWorld,
	state: SimState,
	scope: ShockScope
): void {
	state.capacityFactor.fill(1);
	state.labourFactor.fill(1);
	state.demandFactor.fill(1);
	state.arcOpen.fill(1);
	state.gatewaySilent.fill(0);
	state.ecosystemDamage.fill(0);
	state.survival = false;
	const day = state.day;
	shocks.forEach((shock, i) => {
		const end = shock.start + shock.days;
		if (day === shock.start) applyShock(shock, 'start', i, world, state, scope);
		if (day >= shock.start && day < end) applyShock(shock, 'active', i, world, state, scope);
		if (day === end) applyShock(shock, 'end', i, world, state, scope);
	});
}
