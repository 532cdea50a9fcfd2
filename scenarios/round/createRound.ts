import type { ProposedScenario } from '../../data/plan/types.js';
import { canonicalJson } from '../ballot/canonicalJson.js';
import { sha256Hex } from '../ballot/sha256Hex.js';
import type { Round, RoundEvent, RoundOptions } from './types.js';

/** What a new round needs. `seed` is public; `subjects` adds declared conflict tags (e.g. `person:<planner>`). */
export interface NewRound {
	readonly id: string;
	readonly scenarios: readonly ProposedScenario[];
	readonly seed: string;
	readonly now: number;
	readonly options: RoundOptions;
	readonly subjects?: readonly string[];
}

export type Created =
	| { readonly ok: true; readonly round: Round; readonly events: readonly RoundEvent[] }
	| { readonly ok: false; readonly message: string };

/**
 * A drafted round from the planner's scenarios. The audit event records each scenario with the hash
 * of the telemetry it was built from and the hash of its plan, so the adopted plan can be checked later.
 */
export function createRound(input: NewRound): Created {
	if (!/^[A-Za-z0-9._-]{1,64}$/.test(input.id))
		return {
			ok: false,
			message: `round id ${JSON.stringify(input.id)}: should be 1-64 letters, digits, dot, dash or underscore`
		};
	if (input.scenarios.length === 0)
		return { ok: false, message: 'scenarios: a round needs at least one scenario' };
	const ids = input.scenarios.map((s) => s.id);
	const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
	if (duplicate !== undefined)
		return { ok: false, message: `scenarios: id ${JSON.stringify(duplicate)} appears twice` };
	const subjects = [
		...new Set([
			`round:${input.id}`,
			...input.scenarios.map((s) => `policy:${s.policy}`),
			...(input.subjects ?? [])
		])
	];
	const round: Round = {
		id: input.id,
		createdAt: input.now,
		seed: input.seed,
		options: input.options,
		state: 'drafted',
		scenarios: input.scenarios.map((scenario) => ({ scenario, standing: { kind: 'standing' } })),
		subjects,
		reviewers: [],
		reviews: [],
		strikes: [],
		stages: [],
		extended: false,
		tallies: []
	};
	const scenarios = input.scenarios.map((s) => ({
		id: s.id,
		policy: s.policy,
		telemetryHash: s.telemetry.hash,
		telemetryWindow: [s.telemetry.from, s.telemetry.to],
		planHash: planHash(s),
		metrics: s.metrics
	}));
	return {
		ok: true,
		round,
		events: [
			{ kind: 'round-created', data: { seed: input.seed, options: input.options, subjects, scenarios } }
		]
	};
}

/** SHA-256 of a scenario's plan, in canonical JSON. */
export function planHash(scenario: ProposedScenario): string {
	return sha256Hex(canonicalJson(scenario.plan));
}
