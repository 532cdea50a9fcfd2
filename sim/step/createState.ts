import type { Rng } from '../rng/types.js';
import { initialThreat } from '../threat/stepThreats.js';
import type { SimOptions } from '../types.js';
import type { CompiledWorld } from '../world/types.js';
import { stepsPerDayOf } from './stepSeconds.js';
import type { SimState } from './types.js';

/** A fresh run state: initial stocks and population, everything open, independent random streams per concern. */
export function createState(
	world: CompiledWorld,
	options: SimOptions,
	rng: Rng,
	shockCount: number,
	gatewayCount: number
): SimState {
	const { R, K, P, L } = world;
	const RK = R * K;
	const stepsPerDay = stepsPerDayOf(options.stepHours);
	// Per lane, a ring of lead + 1 steps: the few hundred lanes that ship keep their goods on the road
	// in a few contiguous entries each (a slot-major ring over every lane spread them over megabytes).
	const transitStart = new Int32Array(L + 1);
	for (let lane = 0; lane < L; lane++)
		transitStart[lane + 1] = transitStart[lane]! + world.arcLeadDays[world.laneArc[lane]!]! * stepsPerDay + 1;
	const zeros = () => new Float64Array(K);
	return {
		step: 0,
		day: 0,
		survival: false,
		threat: initialThreat(R),
		quotaFactor: new Float64Array(R).fill(1),
		localReserves: new Uint8Array(R),
		quotaCut: new Float64Array(RK).fill(1),
		ecosystemDamage: new Uint8Array(R),
		stock: world.initialStock.slice(),
		adults: world.adults.slice(),
		children: world.children.slice(),
		workers: world.workers.slice(),
		season: new Float64Array(P).fill(1),
		yieldFactor: new Float64Array(P).fill(1),
		disruption: new Float64Array(P),
		disruptionUntil: new Int32Array(P),
		capacityFactor: new Float64Array(P).fill(1),
		siteCapacity: new Float64Array(P),
		labourFactor: new Float64Array(R).fill(1),
		demandFactor: new Float64Array(RK).fill(1),
		need: new Float64Array(RK),
		request: new Float64Array(RK),
		sanctionRing: new Float64Array(RK * options.behaviour.sanctionDays),
		sanctioned: new Float64Array(RK),
		everSanctioned: new Float64Array(RK),
		offences: { caught: 0, repeats: 0, compensationHours: 0 },
		overConsumers: new Float64Array(RK),
		arcOpen: new Uint8Array(world.A).fill(1),
		transit: new Float64Array(transitStart[L]!),
		transitStart,
		onRoad: new Float64Array(L),
		gatewaySilent: new Uint8Array(gatewayCount),
		shockMemo: new Array<number[] | null>(shockCount).fill(null),
		dayNeed: new Float64Array(RK),
		dayGot: new Float64Array(RK),
		substituteDrawn: new Float64Array(world.substitute.length),
		dayShortfall: new Float64Array(RK),
		dayWaste: zeros(),
		dayOverflow: new Float64Array(RK),
		dayInflow: new Float64Array(RK),
		sinceProduced: new Float64Array(P),
		dayShipped: new Float64Array(world.L),
		dayProduced: new Float64Array(RK),
		sinceConsumed: new Float64Array(RK),
		coverNeed: new Float64Array(RK),
		dayTonneKm: 0,
		dayEnergy: 0,
		totals: {
			produced: zeros(),
			consumed: zeros(),
			inputs: zeros(),
			spoiled: zeros(),
			overflow: zeros(),
			transportLoss: zeros(),
			shockLoss: zeros()
		},
		rng: {
			world: rng.fork('world'),
			behaviour: rng.fork('behaviour'),
			sensors: rng.fork('sensors'),
			shocks: rng.fork('shocks')
		}
	};
}
