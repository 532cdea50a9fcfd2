import * as v from 'valibot';

// The payloads a record check reads. A ledger copy is a file from outside: every payload is
// validated before use, and one that does not parse is reported, never trusted.
const Choice = v.variant('kind', [
	v.strictObject({ kind: v.literal('scenario'), scenarioId: v.string() }),
	v.strictObject({ kind: v.literal('contest'), reason: v.string() })
]);
const Stage = v.pipe(v.number(), v.integer(), v.minValue(0));

export const eventSchemas = {
	ballot: v.strictObject({ stage: Stage }),
	ballots: v.strictObject({
		stage: Stage,
		ballots: v.array(v.strictObject({ receipt: v.string(), choice: Choice, nonce: v.string() }))
	}),
	tally: v.looseObject({
		stage: Stage,
		votesCast: v.number(),
		contest: v.number(),
		scenarios: v.array(v.strictObject({ scenarioId: v.string(), votes: v.number() })),
		contestReasons: v.array(v.string()),
		decision: v.looseObject({ kind: v.string() }),
		/** The encrypted election the stage ran as: its count is the election's chained result. */
		election: v.optional(v.string())
	}),
	'election-result': v.strictObject({ election: v.string(), result: v.array(v.number()) }),
	'round-created': v.looseObject({
		seed: v.string(),
		options: v.looseObject({
			ballot: v.strictObject({
				quorum: v.number(),
				majority: v.number(),
				contest: v.number(),
				minContestReason: v.number(),
				tie: v.picklist(['lot', 'return'])
			})
		})
	}),
	'panel-revealed': v.looseObject({ members: v.array(v.string()) }),
	'ballot-opened': v.looseObject({ stage: Stage, kind: v.picklist(['first', 'runoff']) }),
	'round-saved': v.strictObject({ state: v.string(), snapshot: v.string() }),
	'credentials-issued': v.strictObject({ stage: Stage, count: v.number() }),
	adopted: v.looseObject({ scenario: v.string(), planHash: v.string() }),
	quotas: v.strictObject({
		effectiveFrom: v.string(),
		quotas: v.array(v.looseObject({ region: v.string(), resource: v.string(), perPersonPerDay: v.number() }))
	}),
	points: v.looseObject({ rows: v.string(), persons: v.number() }),
	'points-spent': v.strictObject({ row: v.string() })
} as const;

export type EventKindChecked = keyof typeof eventSchemas;
export type EventData<K extends EventKindChecked> = v.InferOutput<(typeof eventSchemas)[K]>;
