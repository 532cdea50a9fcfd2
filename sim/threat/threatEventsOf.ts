import { describeIssues } from '../../data/schema/index.js';
import { createRun } from '../run/createRun.js';
import type { SimInput } from '../run/types.js';
import type { ThreatEvent } from './types.js';

/**
 * Runs a world day by day and collects the threat events its days report, as the closed loop does for its
 * audit log (`options.days` days). For tests of the emergency protocols.
 */
export function threatEventsOf(input: SimInput & { options: { days: number } }): ThreatEvent[] {
	const prepared = createRun(input);
	if (prepared.status !== 'ready') throw new Error(describeIssues(prepared.issues));
	const { run } = prepared;
	const events: ThreatEvent[] = [];
	for (let d = 0; d < input.options.days; d++) {
		run.beginDay();
		for (let s = 0; s < run.stepsPerDay; s++) run.step();
		events.push(...run.endDay());
	}
	return events;
}
