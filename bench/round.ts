import Sqlite from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger } from '../data/ledger/index.js';
import { harvestShortfall } from '../scenarios/round/cases/loadCases.js';
import { createRoundDesk } from '../scenarios/round/index.js';
import { maximinPanelDrawer, syntheticPool } from '../scenarios/sortition/index.js';
import { createWorkerSolver } from '../scenarios/sortition/node/workerSolver.js';
import type { Benchmark } from './types.js';
import { appointDemoRoster } from '../scenarios/round/appointDemoRoster.js';
import { reviewAllSound } from '../scenarios/round/reviewAllSound.js';

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;

/**
 * A full panel vote on a file ledger, drawn as the council draws it (the stratified maximin lottery
 * over a skewed synthetic pool, HiGHS in a worker): 5,000 volunteers, 500 panelists, every ballot cast with its
 * credential check, receipt and audit entry in its own transaction. The reference is the floor of
 * the same storage: 500 bare one-row transactions on a WAL SQLite file in the same folder.
 */
export const roundBench: Benchmark = {
	name: 'round',
	summary:
		'Panel vote on the SQLite ledger: maximin draw of 500 from 5,000, 500 ballots, count, chain and record check; vs bare one-row transactions',
	async run(log, args) {
		const panel = Number(args[0] ?? 500);
		const dir = mkdtempSync(join(tmpdir(), 'ros-bench-round-'));
		const { pool, quotas } = syntheticPool({ volunteers: panel * 10, panelSize: panel, seed: 'bench-round' });
		const solver = createWorkerSolver();
		try {
			const ledger = openLedger(join(dir, 'ledger.sqlite'));
			appointDemoRoster(ledger, Date.now());
			const desk = createRoundDesk({
				store: ledger,
				clock: Date.now,
				secret: (n) => randomBytes(n),
				drawer: maximinPanelDrawer(solver, quotas),
				options: { panelSize: panel, reserves: 50, seedParties: 0 }
			});
			desk.create({ id: 'bench', scenarios: harvestShortfall });
			reviewAllSound(desk, 'bench', harvestShortfall);

			let t = performance.now();
			const committed = await desk.commitPanel(
				'bench',
				pool.volunteers.map((v) => ({ id: v.id, household: v.household, features: v.features }))
			);
			if (!committed.ok) throw new Error(committed.error.message);
			const opened = await desk.openVote('bench');
			if (!opened.ok) throw new Error(opened.error.message);
			const drawMs = ms(t);
			log(
				`panel of ${panel} drawn by the maximin lottery from ${panel * 10}, ${opened.invitations.length} credentials issued in ${drawMs} ms`
			);

			t = performance.now();
			opened.invitations.forEach((inv, i) => {
				const cast = desk.cast(inv.code, {
					kind: 'scenario',
					scenarioId: i % 3 ? 'equity-first' : 'quinoa-substitution'
				});
				if (!cast.ok) throw new Error(JSON.stringify(cast.refusal));
			});
			const castMs = ms(t);
			t = performance.now();
			const closed = desk.act('bench', { kind: 'close-vote' });
			const closeMs = ms(t);
			t = performance.now();
			const report = ledger.verify();
			const verifyMs = ms(t);
			t = performance.now();
			const record = ledger.checkRecord();
			const recordMs = ms(t);
			ledger.close();
			const close = `close (seal, count, VACUUM) ${closeMs} ms (${closed.ok ? closed.round.state : 'refused'})`;
			const checks = `chain ${verifyMs} ms (${report.status}); record check ${recordMs} ms (${record.status})`;
			log(`${panel} ballots in ${castMs} ms; ${close}; ${checks}`);

			const raw = new Sqlite(join(dir, 'raw.sqlite'));
			raw.pragma('journal_mode = WAL');
			raw.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL)');
			const insert = raw.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
			t = performance.now();
			for (let i = 0; i < panel; i++)
				raw.transaction(() => insert.run(randomBytes(32).toString('hex'), 'x'.repeat(200))).immediate();
			const rawMs = ms(t);
			raw.close();
			log(`reference: ${panel} bare one-row transactions in ${rawMs} ms`);
			return {
				panel,
				pool: panel * 10,
				drawAndIssueMs: drawMs,
				castMs,
				msPerBallot: Math.round((castMs / panel) * 1000) / 1000,
				ballotsPerSecond: Math.round((panel / castMs) * 1000),
				closeMs,
				verifyMs,
				recordCheckMs: recordMs,
				recordConsistent: record.status === 'consistent',
				drawer: 'maximin-lottery',
				auditEntries: report.status === 'intact' ? report.entries : -1,
				referenceMs: rawMs,
				ratioToBareTransactions: Math.round((castMs / rawMs) * 100) / 100,
				adopted: closed.ok && closed.round.state === 'adopted'
			};
		} finally {
			await solver.close();
			rmSync(dir, { recursive: true, force: true });
		}
	}
};
