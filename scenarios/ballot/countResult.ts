import type { Tally } from './types.js';

/**
 * The tally of an encrypted stage from its trustees' decrypted result: one count per scenario on the
 * ballot, in order, then the contest count (the election's options are the choices, then contest).
 * An encrypted ballot carries no free text, since a reason could identify its voter: no reasons.
 */
export function countResult(stage: number, choices: readonly string[], result: readonly number[]): Tally {
	if (result.length !== choices.length + 1)
		throw new Error(`countResult: ${result.length} counts for ${choices.length} choices and contest`);
	return {
		stage,
		votesCast: result.reduce((a, b) => a + b, 0),
		contest: result[choices.length]!,
		scenarios: choices.map((scenarioId, i) => ({ scenarioId, votes: result[i]! })),
		contestReasons: []
	};
}
