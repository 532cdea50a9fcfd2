import Sqlite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ballotReceipt } from '../../../scenarios/ballot/ballotReceipt.js';
import { canonicalJson } from '../../../scenarios/ballot/canonicalJson.js';
import type { BallotChoice } from '../../../scenarios/ballot/types.js';
import { openTestVote, testDesk } from '../../../scenarios/round/testDesk.js';
import { openLedger } from '../openLedger.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const quinoa: BallotChoice = { kind: 'scenario', scenarioId: 'quinoa-substitution' };
const equity: BallotChoice = { kind: 'scenario', scenarioId: 'equity-first' };
const contest: BallotChoice = { kind: 'contest', reason: 'None of these keeps enough wheat in reserve' };

/** A file ledger where a 10-person panel voted 5 quinoa / 4 equity / 1 contest (a run-off), and an attacker's raw connection with the triggers dropped. */
async function votedLedger(close: boolean) {
	const dir = mkdtempSync(join(tmpdir(), 'ros-record-'));
	dirs.push(dir);
	const path = join(dir, 'ledger.sqlite');
	const { desk, ledger, advanceDays } = testDesk({}, path);
	const invitations = await openTestVote(desk);
	invitations.forEach(({ code }, i) => {
		const cast = desk.cast(code, i < 5 ? quinoa : i < 9 ? equity : contest);
		if (!cast.ok) throw new Error(JSON.stringify(cast.refusal));
	});
	if (close) {
		advanceDays(8);
		const closed = desk.act('r1', { kind: 'close-vote' });
		expect(closed.ok && closed.round.stages).toHaveLength(2); // the honest count is a run-off
	}
	expect(ledger.checkRecord()).toMatchObject({ status: 'consistent', ballots: 10 });
	const raw = new Sqlite(path);
	for (const t of ['ballots', 'rounds', 'points'])
		for (const op of ['update', 'delete']) raw.exec(`DROP TRIGGER IF EXISTS ${t}_no_${op}`);
	return { desk, ledger, raw, path, advanceDays };
}

/** Inserts `n` well-formed ballots for quinoa straight into the table, as a stuffer would. */
function stuff(raw: Sqlite.Database, n: number, stage = 0) {
	for (let i = 0; i < n; i++) {
		const ballot = { round: 'r1', stage, choice: quinoa, nonce: `stuffed-${i}` };
		raw
			.prepare('INSERT INTO ballots (receipt, round, stage, choice, nonce) VALUES (?, ?, ?, ?, ?)')
			.run(ballotReceipt(ballot), 'r1', stage, canonicalJson(quinoa), ballot.nonce);
	}
}

const messages = (report: ReturnType<ReturnType<typeof openLedger>['checkRecord']>) =>
	report.status === 'inconsistent' ? report.problems.map((p) => `${p.where}: ${p.message}`).join('\n') : '';

describe('the self-verifying record', () => {
	it('refuses to count a stuffed ballot box, and names the inserted rows', async () => {
		const { desk, ledger, raw, advanceDays } = await votedLedger(false);
		stuff(raw, 6);
		raw.close();
		advanceDays(8);
		const closed = desk.act('r1', { kind: 'close-vote' });
		expect(closed).toMatchObject({
			ok: false,
			error: { message: expect.stringContaining('holds 16 ballots for stage 0 but 10 credentials were used') }
		});
		expect(messages(ledger.checkRecord())).toMatch(
			/table holds 16 ballots but the log records 10 cast: 6 inserted/
		);
		ledger.close();
	});

	it('finds ballot rows inserted, edited or deleted after the count', async () => {
		const { ledger, raw } = await votedLedger(true);
		const [first, second] = raw
			.prepare("SELECT receipt FROM ballots WHERE choice LIKE '%equity-first%' ORDER BY receipt")
			.pluck()
			.all() as string[];
		stuff(raw, 1);
		raw.prepare('UPDATE ballots SET choice = ? WHERE receipt = ?').run(canonicalJson(quinoa), first);
		raw.prepare('DELETE FROM ballots WHERE receipt = ?').run(second);
		raw.close();
		const found = messages(ledger.checkRecord());
		expect(found).toMatch(/ballot row .* was edited: its content does not match its receipt/);
		expect(found).toMatch(/1 sealed ballots were deleted from the table/);
		expect(found).toMatch(/1 ballot rows are not in the log \(inserted: /);
		ledger.close();
	});

	it('recounts the tally from the sealed ballots, and names a changed round state and an inserted points row', async () => {
		const { ledger, raw } = await votedLedger(true);
		raw.exec("UPDATE rounds SET state = 'adopted' WHERE id = 'r1'");
		raw.exec(
			"INSERT INTO points (person, points, reason, round, at) VALUES ('v0001', 5000, 'gift', NULL, 1)"
		);
		raw.close();
		const found = messages(ledger.checkRecord());
		expect(found).toMatch(/round r1: the table says state adopted, the log's last saved state is panel-vote/);
		expect(found).toMatch(/a points row of 5000 for v0001 \(gift\) is not in the log/);
		ledger.close();
	});

	it('names a chained tally that does not match the sealed ballots ', async () => {
		const { ledger, raw } = await votedLedger(true);
		raw.exec('DROP TRIGGER audit_no_update');
		const tally = raw.prepare("SELECT seq, payload FROM audit WHERE kind = 'tally'").get() as {
			seq: number;
			payload: string;
		};
		const forged = tally.payload.replace('"votes":5', '"votes":9');
		raw.prepare('UPDATE audit SET payload = ? WHERE seq = ?').run(forged, tally.seq);
		raw.close();
		expect(messages(ledger.checkRecord())).toMatch(
			/\(tally, stage 0\): says .*quinoa-substitution 9.*the sealed ballots give .*quinoa-substitution 5/
		);
		ledger.close();
	});
});
