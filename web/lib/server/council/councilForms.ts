import * as v from 'valibot';
import { PoolFile, ScenarioFile } from '../../../../cli/commands/round/schemas.js';

const Id = v.pipe(
	v.string('should be text'),
	v.trim(),
	v.regex(/^[A-Za-z0-9._-]{1,64}$/, 'should be 1-64 letters, digits, dot, dash or underscore')
);
const Reason = v.pipe(
	v.string('should be text'),
	v.trim(),
	v.maxLength(4000, 'should be at most 4000 characters')
);
/** An optional number field: empty means "the default". */
const Count = (max: number) =>
	v.optional(
		v.pipe(
			v.string(),
			v.transform((s) => (s.trim() === '' ? undefined : Number(s))),
			v.union(
				[
					v.undefined(),
					v.pipe(v.number(), v.integer('should be a whole number'), v.minValue(1), v.maxValue(max))
				],
				`should be a whole number from 1 to ${max}`
			)
		)
	);
const Days = v.optional(
	v.pipe(
		v.string(),
		v.transform((s) => (s.trim() === '' ? undefined : Number(s))),
		v.union(
			[v.undefined(), v.pipe(v.number(), v.minValue(0.01), v.maxValue(365))],
			'should be days, from 0.01 to 365'
		)
	)
);
/** An uploaded JSON file, read and checked against `schema`. */
export const JsonFile = <S extends v.GenericSchema>(schema: S) =>
	v.pipeAsync(
		v.file('should be a JSON file'),
		v.maxSize(20 * 1024 * 1024, 'should be at most 20 MB'),
		v.transformAsync(async (file) => {
			try {
				return JSON.parse(await file.text()) as unknown;
			} catch (error) {
				return { invalidJson: (error as Error).message };
			}
		}),
		schema
	);

/** One schema per council action; every form carries its action in `kind`, and unknown fields are refused. */
export const CouncilForm = v.variantAsync('kind', [
	v.strictObjectAsync({
		kind: v.literal('create'),
		id: Id,
		scenarios: JsonFile(ScenarioFile),
		subjects: v.optional(v.pipe(v.string(), v.trim()), ''),
		panelSize: Count(500),
		reserves: v.optional(
			v.pipe(
				v.string(),
				v.transform((s) => (s.trim() === '' ? undefined : Number(s))),
				v.union(
					[v.undefined(), v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500))],
					'should be a whole number from 0 to 500'
				)
			)
		),
		reviewDays: Days,
		ethicsDays: Days,
		voteDays: Days
	}),
	v.strictObjectAsync({ kind: v.literal('open-review') }),
	v.strictObjectAsync({ kind: v.literal('close-review') }),
	v.strictObjectAsync({ kind: v.literal('close-vote') }),
	v.strictObjectAsync({ kind: v.literal('strike'), scenario: Id, reason: Reason }),
	v.strictObjectAsync({ kind: v.literal('return'), reason: Reason }),
	v.strictObjectAsync({ kind: v.literal('commit-panel'), pool: JsonFile(PoolFile) }),
	v.strictObjectAsync({
		kind: v.literal('commit-seed'),
		hash: v.pipe(
			v.string(),
			v.trim(),
			v.toLowerCase(),
			v.regex(/^[0-9a-f]{64}$/, 'should be the SHA-256 of your secret share, 64 hex digits')
		)
	}),
	v.strictObjectAsync({
		kind: v.literal('open-vote'),
		reveal: v.optional(
			v.pipe(
				v.string(),
				v.trim(),
				v.regex(
					/^([\w.@-]{1,64}=[^,]+(,[\w.@-]{1,64}=[^,]+)*)?$/,
					'should list PARTY=SECRET pairs separated by commas'
				)
			),
			''
		),
		publicValue: v.optional(v.pipe(v.string(), v.trim()), ''),
		// Encrypted by default: the server never sees a choice, and the count is checkable by anyone.
		ballot: v.optional(v.picklist(['plain', 'encrypted'], 'should be plain or encrypted'), 'encrypted')
	})
]);
