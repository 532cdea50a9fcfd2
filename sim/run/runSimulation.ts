import type { InputIssue } from '../../data/schema/index.js';
import type { Outcome } from '../outcome/types.js';
import type { ReadingSink } from '../types.js';
import { createRun } from './createRun.js';
import type { SimInput } from './types.js';

/** The result of a whole run: its outcome, or every issue with its inputs. */
export type SimResult =
	| { readonly status: 'ok'; readonly outcome: Outcome }
	| { readonly status: 'invalid'; readonly issues: readonly InputIssue[] };

/**
 * Runs a world for `options.days`. With a sink, the world's sensors report through it after every
 * step (a returned promise is awaited before the next step, so a slow publisher slows the run
 * instead of piling up readings).
 */
export async function runSimulation(input: SimInput, sink?: ReadingSink): Promise<SimResult> {
	const prepared = createRun({ ...input, observe: input.observe ?? sink !== undefined });
	if (prepared.status === 'invalid') return prepared;
	const { run } = prepared;
	for (let d = 0; d < run.days; d++) {
		run.beginDay();
		for (let s = 0; s < run.stepsPerDay; s++) {
			const readings = run.step();
			if (sink && readings.length > 0) await sink.write(readings);
		}
		run.endDay();
	}
	const { outcome, readings } = run.finish();
	if (sink && readings.length > 0) await sink.write(readings);
	return { status: 'ok', outcome };
}

/** The same run without sensors, synchronously: for Monte Carlo loops and benchmarks. */
export function runSimulationSync(input: SimInput): SimResult {
	const prepared = createRun({ ...input, observe: false });
	if (prepared.status === 'invalid') return prepared;
	const { run } = prepared;
	for (let d = 0; d < run.days; d++) {
		run.beginDay();
		for (let s = 0; s < run.stepsPerDay; s++) run.step();
		run.endDay();
	}
	return { status: 'ok', outcome: run.finish().outcome };
}
