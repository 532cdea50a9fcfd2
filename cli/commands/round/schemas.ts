import * as v from 'valibot';

const Text = v.pipe(v.string('should be text'), v.nonEmpty('should not be empty'));
const Id = v.pipe(
	v.string('should be text'),
	v.regex(/^[A-Za-z0-9._-]{1,64}$/, 'should be 1-64 letters, digits, dot, dash or underscore')
);
const Num = v.pipe(v.number('should be a number'), v.finite('should be finite'));
const Bilingual = v.object({ ru: Text, en: Text });
const Amounts = v.array(v.object({ region: Text, resource: Text, period: Num, amount: Num }));
/** The headline figures a scenario states, and its deltas against the plan in force. */
const Figures = {
	minCoverage: Num,
	meanCoverage: Num,
	gini: Num,
	shortfallPersonDays: Num,
	transportTonneKm: Num,
	energyKWh: Num
};

/** A planner scenario as the round takes it (extra planner fields are dropped). */
export const ScenarioSchema = v.object({
	id: Id,
	policy: Text,
	title: Bilingual,
	summary: Bilingual,
	metrics: v.object({ ...Figures, reserveMonths: Num }),
	plan: v.object({
		start: v.pipe(v.string(), v.isoDate('should be an ISO date like 2026-12-01')),
		periodDays: Num,
		periods: Num,
		quotas: v.array(v.object({ region: Text, resource: Text, perPersonPerDay: Num })),
		allocations: Amounts,
		transfers: v.array(v.object({ arc: Text, resource: Text, period: Num, amount: Num })),
		production: Amounts
	}),
	telemetry: v.object({ hash: Text, from: Num, to: Num }),
	// What the planner adds for readers (kept, so the console can draw and explain them).
	coverage: v.optional(
		v.array(
			v.object({
				region: Text,
				resource: Text,
				tier: Text,
				coverage: Num,
				worstPeriod: Num,
				periods: v.optional(v.array(Num))
			})
		)
	),
	deltas: v.optional(
		v.object({ ...Figures, coverage: v.array(v.object({ region: Text, resource: Text, delta: Num })) })
	),
	explanations: v.optional(v.array(Bilingual))
});

/** The planner's `scenarios.json` ({ scenarios: [...] }) or a bare list (read as `scenarios`, so errors name `scenarios.<n>.<field>`). */
export const ScenarioFile = v.pipe(
	v.unknown(),
	v.transform((x) => (Array.isArray(x) ? { scenarios: x } : x)),
	v.object(
		{ scenarios: v.pipe(v.array(ScenarioSchema), v.minLength(1, 'should list at least one scenario')) },
		'should be a list of scenarios or the planner’s { "scenarios": [...] }'
	)
);

/** A reviewer's verdict file. */
export const ReviewFile = v.object({
	verdicts: v.array(
		v.object({
			scenarioId: Id,
			verdict: v.picklist(['sound', 'needs-rework', 'unsound'], 'should be sound, needs-rework or unsound'),
			comment: v.optional(v.string(), ''),
			amended: v.optional(
				v.record(
					v.string(),
					v.union([v.number(), v.string(), v.boolean()], 'should be a number, text or true/false')
				)
			)
		})
	)
});

/** A volunteer pool: `[{ "id": "v1", "household": "h1" }, ...]`. */
export const PoolFile = v.pipe(
	v.array(
		v.object({ id: Id, household: v.optional(Text), features: v.optional(v.record(v.string(), v.string())) })
	),
	v.check((pool) => new Set(pool.map((p) => p.id)).size === pool.length, 'should not list the same id twice')
);

/** Expert appointments: `[{ id, name, field, term?: { start, end } (ISO dates), conflicts: [...] }]`; without a term, the longest from today. */
export const RosterFile = v.array(
	v.object({
		id: Id,
		name: Text,
		field: Text,
		term: v.optional(
			v.object({
				start: v.pipe(v.string(), v.isoDate('should be an ISO date')),
				end: v.pipe(v.string(), v.isoDate('should be an ISO date'))
			})
		),
		conflicts: v.optional(v.array(Text), [])
	})
);

/** Candidates for the expert roster: `[{ id, name, field, conflicts? }]`. */
export const CandidateFile = v.array(
	v.object({ id: Id, name: Text, field: Text, conflicts: v.optional(v.array(Text), []) })
);
