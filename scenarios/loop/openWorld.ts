import type { Plan } from '../../data/plan/types.js';
import type { InputIssue } from '../../data/schema/index.js';
import type { Outcome } from '../../sim/outcome/types.js';
import { createRun } from '../../sim/run/createRun.js';
import type { SimInput } from '../../sim/run/types.js';
import { executionOf } from './executionOf.js';
import type { LoopWorld } from './types.js';

const DAY = 86_400_000;

/**
 * The loop's world: a simulation run with sensors on, brought to `toDay` by replaying the plans
 * adopted so far on the days they took effect. The run is deterministic (seeded), so the replay is
 * the world as it was before a restart, without publishing its readings again. A plan is executed
 * as `executionOf` says: transfers and quotas over the world's own daily behaviour.
 */
export async function openWorld(
	input: SimInput,
	adoptions: readonly { readonly day: number; readonly plan: Plan }[],
	toDay: number
): Promise<
	| {
			readonly status: 'ready';
			readonly world: LoopWorld;
			/** The run's outcome so far, with its day records (for judging a run against the truth). */
			readonly finish: () => Outcome;
	  }
	| { readonly status: 'invalid'; readonly issues: readonly InputIssue[] }
> {
	const created = createRun({ ...input, observe: true });
	if (created.status === 'invalid') return created;
	const { run } = created;
	const world: LoopWorld = {
		compiled: run.world,
		state: run.state,
		day: () => run.state.day,
		dateOf: (day) => run.world.startMs + day * DAY,
		adopt(plan) {
			const adopted = run.adopt(executionOf(plan));
			return adopted.status === 'ok'
				? adopted
				: {
						status: 'invalid',
						message: adopted.issues.map((i) => `${i.path}: ${i.expected}, got ${i.received}`).join('; ')
					};
		},
		async stepDay(publish) {
			run.beginDay();
			for (let s = 0; s < run.stepsPerDay; s++) {
				const readings = run.step();
				if (readings.length > 0) await publish(readings);
			}
			run.endDay();
		}
	};
	const ignore = () => {};
	for (let day = 0; day < toDay; day++) {
		for (const a of adoptions) if (a.day === day) world.adopt(a.plan);
		await world.stepDay(ignore);
	}
	return { status: 'ready', world, finish: () => run.finish().outcome };
}
