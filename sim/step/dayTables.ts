import type { CompiledWorld } from '../world/types.js';
import type { PeriodRates, StepContext } from './context.js';
import type { KernelTables } from './kernelTables.js';
import type { DayTables, SimState } from './types.js';

/** Empty day tables for a run's kernel tables. */
export function createDayTables(tables: KernelTables): DayTables {
	const sites = tables.siteCell.length;
	const cells = tables.useCell.length;
	return {
		siteMost: new Float64Array(sites),
		siteRoom: new Float64Array(sites),
		asked: new Float64Array(cells),
		want: new Float64Array(cells),
		need: new Float64Array(cells),
		shipLanes: new Int32Array(tables.laneFrom.length),
		shipMost: new Float64Array(tables.laneFrom.length),
		ships: 0,
		shipSlot: new Int32Array(tables.laneFrom.length),
		firstStep: 0
	};
}

/**
 * Today's per-step constants of production and consumption, after the day's needs, capacities and
 * rates (redistribution included) are set: nothing they read changes until the day ends.
 */
export function fillDay(
	day: DayTables,
	world: CompiledWorld,
	state: SimState,
	ctx: StepContext,
	rates: PeriodRates | null
): void {
	const { dt, prodOrder, tables } = ctx;
	const { siteCell, siteShare, useCell, useResource } = tables;
	const { siteMost, siteRoom, asked, want, need } = day;
	const { siteCapacity, request, coverNeed } = state;
	const production = rates ? rates.production : null;
	const outgoing = rates ? rates.outgoing : null;
	const allocation = rates ? rates.allocation : null;
	for (let o = 0; o < siteCell.length; o++) {
		const rk = siteCell[o]!;
		const most = siteCapacity[prodOrder[o]!]! * dt;
		const target = production ? production[rk]! : NaN;
		siteMost[o] = target === target ? Math.min(most, target * dt * siteShare[o]!) : most;
		siteRoom[o] = target === target ? NaN : (request[rk]! + (outgoing ? outgoing[rk]! : 0)) * dt;
	}
	for (let c = 0; c < useCell.length; c++) {
		const rk = useCell[c]!;
		const kind = world.normKind[useResource[c]!];
		if (kind === 1) {
			const ask = request[rk]! * dt;
			const cap = allocation ? allocation[rk]! : NaN;
			asked[c] = ask;
			want[c] = cap === cap && cap * dt < ask ? cap * dt : ask;
			need[c] = coverNeed[rk]! * dt;
		} else if (kind === 2) need[c] = coverNeed[rk]!;
	}
	const shipping = rates ? rates.shipping : null;
	let ships = 0;
	if (shipping)
		for (let u = 0; u < shipping.length; u++) {
			const lane = shipping[u]!;
			if (state.arcOpen[world.laneArc[lane]!] === 0) continue;
			day.shipLanes[ships] = lane;
			const lead = tables.laneLeadSteps[lane]!;
			day.shipSlot[ships] = state.transitStart[lane]! + ((state.step + lead) % (lead + 1));
			// The same bound as Math.min(rate × dt, capacity × dt, stock): min is associative.
			day.shipMost[ships++] = Math.min(rates!.transfer[lane]! * dt, world.laneCapacity[lane]! * dt);
		}
	day.ships = ships;
	day.firstStep = state.step;
}
