import * as v from 'valibot';
import { numberFlag } from '../../numberFlag.js';
import { fileListFlag } from '../election/electionFiles.js';
import { dataDirFlag, namingFlag } from '../../flagSchemas.js';

/** Every flag a `round` step may take; each step's own subset is in `STEPS`. */
export const Flags = v.strictObject({
	dataDir: dataDirFlag,
	id: v.optional(namingFlag('a round')),
	scenarios: v.optional(v.string('should name a JSON file')),
	subjects: v.optional(v.string('should list conflict tags separated by commas')),
	expert: v.optional(v.string('should name an expert')),
	verdicts: v.optional(v.string('should name a JSON file')),
	verdict: v.optional(
		v.picklist(['sound', 'needs-rework', 'unsound'], 'should be sound, needs-rework or unsound')
	),
	comment: v.optional(v.string('should be text')),
	scenario: v.optional(v.string('should name a scenario')),
	by: v.optional(v.string('should name who acts')),
	reason: v.optional(v.string('should be a written reason')),
	pool: v.optional(v.string('should name a JSON file, or a CSV file with --quotas')),
	quotas: v.optional(namingFlag('a quotas JSON file')),
	seed: v.optional(
		v.pipe(
			v.string('should be the public seed'),
			// A rotation's public seed is often written as text ("state lottery 2026-12-01: 07 19 23 31 40").
			v.regex(/^[^\p{Cc}]{8,128}$/u, 'should be 8-128 characters of text, without control characters')
		)
	),
	party: v.optional(
		v.pipe(
			v.string('should name who commits'),
			v.regex(/^[\w.@-]{1,64}$/, 'should be 1-64 letters, digits, dot, dash, @ or underscore')
		)
	),
	hash: v.optional(
		v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'should be the SHA-256 of your secret share, 64 hex digits'))
	),
	publicSource: v.optional(
		v.pipe(
			v.string('should name the public source'),
			v.minLength(8, 'should name the public source (at least 8 characters)')
		)
	),
	reveal: v.optional(
		v.pipe(
			v.string('should list PARTY=SECRET pairs separated by commas'),
			v.regex(
				/^[\w.@-]{1,64}=[^,]+(,[\w.@-]{1,64}=[^,]+)*$/,
				'should list PARTY=SECRET pairs separated by commas'
			)
		)
	),
	publicValue: v.optional(
		v.pipe(v.string("should be the public source's value"), v.nonEmpty("should be the public source's value"))
	),
	roster: v.optional(v.string('should name a JSON file')),
	invitations: v.optional(v.string('should name a CSV file to write')),
	out: v.optional(namingFlag('a file to write')),
	candidates: v.optional(v.string('should name a JSON file')),
	size: v.optional(numberFlag({ min: 1, max: 1000, integer: true })),
	panelSize: v.optional(numberFlag({ min: 1, max: 500, integer: true })),
	reserves: v.optional(numberFlag({ min: 0, max: 500, integer: true })),
	reviewDays: v.optional(numberFlag({ min: 0.01, max: 365 })),
	ethicsDays: v.optional(numberFlag({ min: 0.01, max: 365 })),
	voteDays: v.optional(numberFlag({ min: 0.01, max: 365 })),
	extensionDays: v.optional(numberFlag({ min: 0.01, max: 365 })),
	publicUrl: v.optional(v.pipe(v.string(), v.url('should be a URL like https://vote.example.org/'))),
	// A human panel votes encrypted unless the council asks for plain codes (the loop's auto-council, demos).
	ballot: v.optional(v.picklist(['plain', 'encrypted'], 'should be plain or encrypted'), 'encrypted'),
	commitments: v.optional(fileListFlag),
	credentials: v.optional(
		v.pipe(
			v.string('should name the public credential list'),
			v.nonEmpty('should name the public credential list')
		)
	)
});
export type Flags = v.InferOutput<typeof Flags>;
/** The flags of `create` that set the round's options (the rest take the desk's defaults). */
export const ROUND_OPTION_FLAGS = [
	'panelSize',
	'reserves',
	'reviewDays',
	'ethicsDays',
	'voteDays',
	'extensionDays'
] as const;
/** Each step and the flags it takes besides --dataDir; any other flag is refused. */
export const STEPS = {
	create: ['id', 'scenarios', 'subjects', ...ROUND_OPTION_FLAGS],
	appoint: ['roster'],
	rotate: ['candidates', 'size', 'seed'],
	'open-review': ['id'],
	review: ['id', 'expert', 'verdicts', 'verdict', 'comment'],
	'close-review': ['id'],
	strike: ['id', 'scenario', 'by', 'reason'],
	'commit-panel': ['id', 'pool', 'quotas'],
	'commit-seed': ['id', 'party', 'hash', 'publicSource'],
	'open-vote': ['id', 'reveal', 'publicValue', 'invitations', 'publicUrl', 'ballot'],
	'open-election': ['id', 'commitments', 'credentials', 'out'],
	'close-vote': ['id', 'invitations', 'publicUrl'],
	return: ['id', 'by', 'reason'],
	tick: ['publicUrl'],
	show: ['id'],
	head: ['out'],
	rework: ['id', 'out'],
	demo: ['id', 'invitations', 'publicUrl']
} as const satisfies Record<string, readonly Exclude<keyof Flags, 'dataDir'>[]>;
export const STEP_NAMES = Object.keys(STEPS) as (keyof typeof STEPS)[];

export const USAGE = `Usage: resourceos round <step> --id ROUND [flags]   (all steps take --dataDir DIR)

Steps, in the order a round goes:
  create        --id R --scenarios FILE [--subjects policy:x,person:y]   drafted round from the planner's scenarios.json
                [--panelSize 500] [--reserves 50] [--reviewDays 7] [--ethicsDays 7] [--voteDays 7] [--extensionDays 3]
  appoint       --roster FILE                              add expert terms (at most 24 months each; no term = 24 months from today)
  rotate        --candidates FILE --size N [--seed S]      expired terms leave; new experts drawn by lot (24-month terms, 12-month pause)
  open-review   --id R                                     draw the reviewers by lot (conflicts excluded)
  review        --id R --expert E --verdicts FILE          one reviewer's verdicts: {"verdicts":[{scenarioId, verdict, comment, amended?}]}
                --id R --expert E --verdict sound [--comment TEXT]   the same verdict on every scenario of the round
  close-review  --id R                                     all reviews in, or the deadline passed
  strike        --id R --scenario S --by MEMBER --reason TEXT   ethics council strike, with a written reason
  commit-panel  --id R --pool FILE [--quotas FILE]         draw the panel lottery and publish its commitment (before any seed);
                with --quotas (and a pool CSV), the stratified maximin lottery of \`resourceos panel\`; else a plain lottery
  commit-seed   --id R --party P --hash SHA256 | --publicSource TEXT   a council member's commitment to a secret share of
                the reveal seed (sha256 of the secret), or the public source (named in advance) whose value joins it
  open-vote     --id R --reveal P=SECRET,... [--publicValue V] [--ballot encrypted|plain] [--invitations FILE]
                reveal the shares (each checked against its commitment); the seed they make picks the panel;
                encrypted (default): the stage is the election R/stage-N, and the panel is written to
                <dataDir>/panels/ for the credential authority (resourceos election credentials);
                plain: write one-time codes (CSV) for /vote
  open-election --id R --commitments c1.json,... --credentials credentials.json [--out manifest.json]
                an encrypted stage's manifest: the trustees' commitments and the authority's public list, which
                must be for exactly the stage's panel; chained in the log (the ballot box opens)
  close-vote    --id R [--invitations FILE]                count; may extend (reserves' codes) or open a run-off (new codes);
                encrypted: closes the election, then (once trustees decrypted: election decrypt, election tally) counts
  return        --id R --by WHO --reason TEXT              send the round back to the planner before the vote
  tick                                                     close every review and ballot whose deadline has passed (run from cron)
  show          --id R                                     the round as JSON (public record, record check, signed log head)
  head          [--out FILE]                               the audit log's signed Merkle head, for witnesses (verify audit --head FILE)
  rework        --id R --out FILE                          a returned round's amended parameters as the planner's --rework file
  demo          [--id R]                                   a demo round with fixture scenarios, opened for a 10-person panel

Invitation links (open-vote, close-vote, tick, demo) point to the http.publicUrl setting (default: the
console's address, http://{http.host}:{http.port}/); --publicUrl URL overrides it for one run.

Invitation codes are written only to the CSV (mode 600, default <dataDir>/invitations/); the ledger keeps their hashes.`;
