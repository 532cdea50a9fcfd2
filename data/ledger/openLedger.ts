import Sqlite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Plan, ProposedScenario } from '../plan/types.js';
import { canonicalJson } from '../../scenarios/ballot/canonicalJson.js';
import { sha256Hex } from '../../scenarios/ballot/sha256Hex.js';
import type { Ballot, CredentialRecord } from '../../scenarios/ballot/types.js';
import { planHash } from '../../scenarios/round/createRound.js';
import { createPointsLedger, pointsDefaults } from '../../sim/points/index.js';
import type { Round, RoundEvent } from '../../scenarios/round/types.js';
import { entryHash, GENESIS } from './entryHash.js';
import { ledgerDefaults } from './ledgerDefaults.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations.js';
import { publicKeyText, signHead } from './merkle/signedHead.js';
import { checkRecord } from './record/checkRecord.js';
import { createPointsStore } from './createPointsStore.js';
import { setDigest } from './record/rowDigest.js';
import { readTables } from './record/readTables.js';
import type { AuditEntry, Ledger, LedgerOptions, PointsEntry } from './types.js';
import { signingKey } from './signingKey.js';
import { verifyChain } from './verifyChain.js';

/** Opens (creating if needed) the ledger database at `path` and brings its schema up to date. */
export function openLedger(
	path: string,
	clock: () => Date = () => new Date(),
	options: Partial<LedgerOptions> = {}
): Ledger {
	const settings = { ...ledgerDefaults, ...options };
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Sqlite(path);
	db.pragma('journal_mode = WAL');
	db.pragma('busy_timeout = 5000');
	// Freed content (an old round snapshot, a page split) is overwritten with zeros, not left for forensics.
	db.pragma('secure_delete = ON');
	migrate(db, migrations, clock());
	const key = signingKey(path, settings.keyFile);
	// After a ballot: no write-ahead log frame may keep "this credential used" beside "this ballot
	// stored" (one commit). After sealing a stage: VACUUM rewrites every table in key order, so no
	// page keeps the order in which ballots arrived.
	let checkpointDue = false;
	let vacuumDue = false;
	function settle() {
		if (db.inTransaction) return;
		if (vacuumDue) {
			db.exec('VACUUM');
			vacuumDue = false;
			checkpointDue = true;
		}
		if (checkpointDue) {
			db.pragma('wal_checkpoint(TRUNCATE)');
			checkpointDue = false;
		}
	}

	const q = {
		head: db.prepare('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1'),
		append: db.prepare(
			'INSERT INTO audit (seq, at, round, kind, payload, prev, hash) VALUES (@seq, @at, @round, @kind, @payload, @prev, @hash)'
		),
		round: db.prepare('SELECT snapshot FROM rounds WHERE id = ?'),
		rounds: db.prepare('SELECT snapshot FROM rounds ORDER BY created_at DESC, id'),
		upsert: db.prepare(
			'INSERT INTO rounds (id, state, created_at, updated_at, snapshot) VALUES (@id, @state, @createdAt, @at, @snapshot) ON CONFLICT (id) DO UPDATE SET state = @state, updated_at = @at, snapshot = @snapshot'
		),
		review: db.prepare(
			'INSERT OR IGNORE INTO reviews (round, expert, scenario, verdict, comment, amended, at) VALUES (?, ?, ?, ?, ?, ?, ?)'
		),
		credential: db.prepare('SELECT hash, round, stage, panelist, used FROM credentials WHERE hash = ?'),
		issue: db.prepare('INSERT INTO credentials (hash, round, stage, panelist) VALUES (?, ?, ?, ?)'),
		use: db.prepare('UPDATE credentials SET used = 1 WHERE hash = ? AND used = 0'),
		ballot: db.prepare('INSERT INTO ballots (receipt, round, stage, choice, nonce) VALUES (?, ?, ?, ?, ?)'),
		sealed: db.prepare("SELECT payload FROM audit WHERE round = ? AND kind = 'ballots' ORDER BY seq"),
		logKey: db.prepare("SELECT 1 FROM audit WHERE kind = 'log-key' AND payload = ?"),
		hashes: db.prepare('SELECT hash FROM audit ORDER BY seq').pluck(),
		ballots: db.prepare(
			'SELECT receipt, round, stage, choice, nonce FROM ballots WHERE round = ? ORDER BY stage, receipt'
		),
		voted: db.prepare('SELECT count(*) AS n FROM credentials WHERE round = ? AND stage = ? AND used = 1'),
		participants: db.prepare(
			'SELECT DISTINCT panelist FROM credentials WHERE round = ? AND used = 1 ORDER BY panelist'
		),
		plan: db.prepare(
			'INSERT INTO plans (round, scenario, plan, plan_hash, adopted_at) VALUES (?, ?, ?, ?, ?)'
		),
		quota: db.prepare(
			'INSERT INTO quotas (round, region, resource, per_person_per_day, effective_from, adopted_at) VALUES (?, ?, ?, ?, ?, ?)'
		),
		latestPlan: db.prepare(
			'SELECT round, scenario, plan, plan_hash, adopted_at FROM plans ORDER BY adopted_at DESC, rowid DESC LIMIT 1'
		),
		quotas: db.prepare(
			'SELECT round, region, resource, per_person_per_day, effective_from, adopted_at FROM quotas WHERE round = ? ORDER BY id'
		),
		pointsOf: db.prepare('SELECT person, points, reason, round, at FROM points WHERE person = ? ORDER BY id'),
		appoint: db.prepare(
			'INSERT INTO experts (id, name, field, term_start, term_end, conflicts) VALUES (?, ?, ?, ?, ?, ?)'
		),
		roster: db.prepare(
			'SELECT id, name, field, term_start, term_end, conflicts FROM experts ORDER BY term_start, id'
		),
		audit: db.prepare('SELECT seq, at, round, kind, payload, prev, hash FROM audit ORDER BY seq'),
		auditOf: db.prepare(
			'SELECT seq, at, round, kind, payload, prev, hash FROM audit WHERE round = ? AND seq > ? ORDER BY seq'
		)
	};

	function append(round: string, event: RoundEvent, at: number): AuditEntry {
		const last = q.head.get() as { seq: number; hash: string } | undefined;
		const base = {
			seq: (last?.seq ?? 0) + 1,
			at,
			round,
			kind: event.kind,
			payload: canonicalJson(event.data),
			prev: last?.hash ?? GENESIS
		};
		const entry = { ...base, hash: entryHash(base) };
		q.append.run(entry);
		return entry;
	}
	// Points follow the one ledger's rules (sim/points); this file only stores and chains the rows.
	const store = createPointsStore(db, append);
	const book = createPointsLedger(store, pointsDefaults);
	const governance = pointsDefaults.accrual.governance!.points;
	const toBallot = (r: {
		receipt: string;
		round: string;
		stage: number;
		choice: string;
		nonce: string;
	}): Ballot => ({
		round: r.round,
		stage: r.stage,
		choice: JSON.parse(r.choice),
		nonce: r.nonce,
		receipt: r.receipt
	});

	return {
		path,
		// IMMEDIATE: take the write lock first, so a second process (the CLI beside the console) waits instead of failing on a stale read.
		atomically: (work) => {
			const result = db.transaction(work).immediate();
			settle();
			return result;
		},
		round: (id) => {
			const row = q.round.get(id) as { snapshot: string } | undefined;
			return row ? (JSON.parse(row.snapshot) as Round) : undefined;
		},
		rounds: () => (q.rounds.all() as { snapshot: string }[]).map((r) => JSON.parse(r.snapshot) as Round),
		save(round, events, at) {
			q.upsert.run({
				id: round.id,
				state: round.state,
				createdAt: round.createdAt,
				at,
				snapshot: JSON.stringify(round)
			});
			for (const r of round.reviews)
				for (const v of r.verdicts)
					q.review.run(
						round.id,
						r.expertId,
						v.scenarioId,
						v.verdict,
						v.comment,
						v.amended ? canonicalJson(v.amended) : null,
						r.at
					);
			for (const e of events) append(round.id, e, at);
			// The whole stored round is chained by hash: an edited state or snapshot in the table shows.
			append(
				round.id,
				{ kind: 'round-saved', data: { state: round.state, snapshot: sha256Hex(canonicalJson(round)) } },
				at
			);
			if (events.some((e) => e.kind === 'ballots')) vacuumDue = true;
		},
		issueCredentials(round, stage, credentials, at) {
			for (const c of credentials) q.issue.run(c.hash, round, stage, c.panelist);
			// Only the count is public: publishing the hashes would add nothing a voter can check.
			append(round, { kind: 'credentials-issued', data: { stage, count: credentials.length } }, at);
		},
		credential(hash) {
			const row = q.credential.get(hash) as
				{ hash: string; round: string; stage: number; panelist: string; used: number } | undefined;
			return row ? ({ ...row, used: row.used === 1 } satisfies CredentialRecord) : undefined;
		},
		cast(credentialHash, ballot, at) {
			const outcome = db
				.transaction(() => {
					if (q.use.run(credentialHash).changes !== 1) return 'used' as const;
					q.ballot.run(
						ballot.receipt,
						ballot.round,
						ballot.stage,
						canonicalJson(ballot.choice),
						ballot.nonce
					);
					// Only that a ballot was cast at this stage: the content is chained when the stage closes,
					// sorted by receipt, so the log never records which ballot came when.
					append(
						ballot.round,
						{ kind: 'ballot', data: { stage: ballot.stage } },
						at - (at % settings.ballotTimeGrain)
					);
					checkpointDue = true;
					return 'cast' as const;
				})
				.immediate();
			settle();
			return outcome;
		},
		sealed(round) {
			const last = new Map<number, Ballot[]>();
			for (const payload of q.sealed.pluck().all(round) as string[]) {
				const data = JSON.parse(payload) as { stage: number; ballots: Omit<Ballot, 'round' | 'stage'>[] };
				last.set(
					data.stage,
					data.ballots.map((b) => ({ round, stage: data.stage, ...b }))
				);
			}
			return [...last.keys()].sort((a, b) => a - b).flatMap((stage) => last.get(stage)!);
		},
		ballots: (round, stage) =>
			(q.ballots.all(round) as Parameters<typeof toBallot>[0][])
				.map(toBallot)
				.filter((b) => stage === undefined || b.stage === stage),
		voted: (round, stage) => (q.voted.get(round, stage) as { n: number }).n,
		participants: (round) => (q.participants.all(round) as { panelist: string }[]).map((r) => r.panelist),
		adoptPlan(round, scenario: ProposedScenario, at) {
			const hash = planHash(scenario);
			q.plan.run(round, scenario.id, canonicalJson(scenario.plan), hash, at);
			for (const quota of scenario.plan.quotas)
				q.quota.run(round, quota.region, quota.resource, quota.perPersonPerDay, scenario.plan.start, at);
			append(
				round,
				{
					kind: 'adopted',
					data: { scenario: scenario.id, planHash: hash, telemetryHash: scenario.telemetry.hash }
				},
				at
			);
			append(
				round,
				{ kind: 'quotas', data: { effectiveFrom: scenario.plan.start, quotas: scenario.plan.quotas } },
				at
			);
		},
		awardPoints(round, persons, points, at) {
			if (points <= 0 || persons.length === 0) return;
			db.transaction(() => {
				// Governance points by the accrual table, confirmed by the round's record of who voted.
				const contribution = { kind: 'governance', quantity: points / governance };
				for (const person of persons) {
					const note = 'voted on the citizen panel';
					book.apply({
						op: 'award',
						person,
						contribution,
						confirmedBy: `round ${round}`,
						at,
						ref: round,
						note
					});
				}
				// The rows are chained by digest: who earned points is personal, but no row can be added unseen.
				const rows = setDigest(store.takeCredited());
				append(
					round,
					{ kind: 'points', data: { reason: 'governance', points, persons: persons.length, rows } },
					at
				);
			})();
		},
		roster: () =>
			(
				q.roster.all() as {
					id: string;
					name: string;
					field: string;
					term_start: number;
					term_end: number;
					conflicts: string;
				}[]
			).map((r) => ({
				id: r.id,
				name: r.name,
				field: r.field,
				term: { start: r.term_start, end: r.term_end },
				conflicts: JSON.parse(r.conflicts) as string[]
			})),
		append: (round, event, at) => db.transaction(() => append(round, event, at)).immediate(),
		audit: (round, after = 0) =>
			(round === undefined ? q.audit.all() : q.auditOf.all(round, after)) as AuditEntry[],
		verify: (expect) => verifyChain(q.audit.all() as AuditEntry[], expect),
		checkRecord: () => db.transaction(() => checkRecord(q.audit.all() as AuditEntry[], readTables(db)))(),
		head() {
			const now = clock();
			return db
				.transaction(() => {
					const publicKey = publicKeyText(key);
					if (!q.logKey.get(canonicalJson({ publicKey })))
						append('ledger', { kind: 'log-key', data: { publicKey } }, now.getTime());
					return signHead(q.hashes.all() as string[], key, now);
				})
				.immediate();
		},
		appoint(expert, at) {
			db.transaction(() => {
				q.appoint.run(
					expert.id,
					expert.name,
					expert.field,
					expert.term.start,
					expert.term.end,
					JSON.stringify(expert.conflicts)
				);
				append('roster', { kind: 'expert-appointed', data: { ...expert } }, at);
			}).immediate();
		},
		adoptedPlan() {
			const row = q.latestPlan.get() as
				{ round: string; scenario: string; plan: string; plan_hash: string; adopted_at: number } | undefined;
			return row
				? {
						round: row.round,
						scenario: row.scenario,
						planHash: row.plan_hash,
						adoptedAt: row.adopted_at,
						plan: JSON.parse(row.plan) as Plan
					}
				: undefined;
		},
		quotas() {
			const latest = q.latestPlan.get() as { round: string } | undefined;
			if (!latest) return [];
			return (
				q.quotas.all(latest.round) as {
					round: string;
					region: string;
					resource: string;
					per_person_per_day: number;
					effective_from: string;
					adopted_at: number;
				}[]
			).map((r) => ({
				round: r.round,
				region: r.region,
				resource: r.resource,
				perPersonPerDay: r.per_person_per_day,
				effectiveFrom: r.effective_from,
				adoptedAt: r.adopted_at
			}));
		},
		points: (person) => q.pointsOf.all(person) as PointsEntry[],
		balance: (person) => book.balance(person),
		spend(person, points, purpose, at) {
			return db
				.transaction(() => {
					const spent = book.apply({ op: 'spend', person, points, item: purpose, at });
					return spent.status === 'ok'
						? { status: 'spent' as const, balance: spent.balance }
						: { status: 'insufficient' as const, balance: book.balance(person) };
				})
				.immediate();
		},
		yearlyBurn(at, carryShare = pointsDefaults.carryShare) {
			return db
				.transaction(() => createPointsLedger(store, { ...pointsDefaults, carryShare }).yearlyBurn(at))
				.immediate();
		},
		close() {
			settle();
			db.pragma('wal_checkpoint(TRUNCATE)');
			db.close();
		}
	};
}
