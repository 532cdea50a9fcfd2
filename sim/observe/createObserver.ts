import type { Quantity, Reading } from '../../data/telemetry/types.js';
import type { StepContext } from '../step/context.js';
import type { SimState } from '../step/types.js';
import type { CompiledWorld } from '../world/types.js';
import type { SensorLayout } from './types.js';

const QUANTITY: readonly Quantity[] = ['stock', 'consumption', 'production'];

/** Turns the true state into what sensors report; holds delayed readings until they are due. */
export interface Observer {
	/** Measures after a step (every `everySteps`) and returns the readings due now, oldest first. */
	observe(state: SimState): Reading[];
	/** Readings still delayed at the end of a run. */
	flush(): Reading[];
	/** Counters: readings measured, lost to dropout, silenced by outages. */
	readonly counts: { measured: number; dropped: number; silenced: number };
}

/**
 * Sensors with relative Gaussian noise, a delivery delay and random dropout. Rates (consumption,
 * production) are units per day averaged since the last report. Uses only the sensors' random
 * stream, so observing never changes the world's trajectory.
 */
export function createObserver(world: CompiledWorld, layout: SensorLayout, ctx: StepContext): Observer {
	const { everySteps, noise, delaySteps, dropout } = ctx.options.sensors;
	const seq = new Int32Array(layout.gatewayIds.length);
	const pending = new Map<number, Reading[]>();
	const counts = { measured: 0, dropped: 0, silenced: 0 };
	const stepMs = 86_400_000 / ctx.stepsPerDay;
	const regionOf = (g: number) => world.regions[layout.gatewayRegion[g]!]!;
	return {
		counts,
		observe(state) {
			const out = pending.get(state.step) ?? [];
			pending.delete(state.step);
			if (state.step % everySteps !== 0) return out;
			const time = world.startMs + state.step * stepMs;
			const days = everySteps * ctx.dt;
			const rng = state.rng.sensors;
			const batch: Reading[] = [];
			let lastGateway = -1;
			for (let s = 0; s < layout.seriesGateway.length; s++) {
				const g = layout.seriesGateway[s]!;
				if (state.gatewaySilent[g]) {
					counts.silenced++;
					continue;
				}
				if (g !== lastGateway) {
					seq[g]! += 1;
					lastGateway = g;
				}
				const kind = layout.seriesKind[s]!;
				const i = layout.seriesIndex[s]!;
				const truth =
					kind === 0
						? state.stock[i]!
						: kind === 1
							? state.sinceConsumed[i]! / days
							: state.sinceProduced[i]! / days;
				counts.measured++;
				let value = Math.max(0, truth * (1 + noise * rng.normal()));
				// A level sensor saturates at the top of its store: it never reads more than the capacity.
				if (kind === 0 && value > world.storageCap[i]!) value = world.storageCap[i]!;
				if (rng.next() < dropout) {
					counts.dropped++;
					continue;
				}
				batch.push({
					region: regionOf(g),
					site: layout.gatewaySite[g]!,
					gateway: layout.gatewayIds[g]!,
					resource: layout.seriesResource[s]!,
					quantity: QUANTITY[kind]!,
					time,
					value,
					seq: seq[g]!
				});
			}
			state.sinceConsumed.fill(0);
			state.sinceProduced.fill(0);
			if (delaySteps <= 0) return out.concat(batch);
			const due = state.step + delaySteps;
			pending.set(due, (pending.get(due) ?? []).concat(batch));
			return out;
		},
		flush() {
			const rest = [...pending.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, r]) => r);
			pending.clear();
			return rest;
		}
	};
}
