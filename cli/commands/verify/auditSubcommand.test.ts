import Sqlite from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryHash, ledgerPath } from '../../../data/ledger/index.js';
import { openTestVote, testDesk } from '../../../scenarios/round/testDesk.js';
import { runInProcess } from '../../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Output and errors together, as a person at a terminal sees them. */
async function run(args: string[]) {
	const { code, out, err } = await runInProcess(args);
	return { code, out: out + err };
}

let entries = 0;
let printed = '';
const headFile = join(dir, 'head.json');
const original = join(dir, 'original.sqlite');

// A round voted and counted; the head signed at the end is what a witness (or an invitation) kept.
beforeAll(async () => {
	const { desk, ledger, advanceDays } = testDesk({}, ledgerPath(dir));
	for (const [i, { code }] of (await openTestVote(desk)).entries())
		desk.cast(code, { kind: 'scenario', scenarioId: i < 7 ? 'quinoa-substitution' : 'equity-first' });
	advanceDays(8);
	desk.act('r1', { kind: 'close-vote' });
	const head = ledger.head();
	writeFileSync(headFile, JSON.stringify(head));
	entries = head.size;
	printed = `${head.size}:${head.root}`;
	ledger.close();
	copyFileSync(ledgerPath(dir), original);
});

/** A fresh copy of the ledger, tampered with by SQL on a raw connection with the log's triggers dropped. */
function tampered(sql: (db: Sqlite.Database) => void): string {
	const path = join(dir, `copy-${Math.random().toString(36).slice(2)}.sqlite`);
	copyFileSync(original, path);
	const db = new Sqlite(path);
	db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
	sql(db);
	db.close();
	return path;
}

describe('resourceos verify audit', () => {
	it('never calls a log intact without an anchor kept outside the database', async () => {
		const bare = await run(['verify', 'audit', `--dataDir=${dir}`]);
		expect(bare).toMatchObject({ code: 3, out: expect.stringContaining('NOT ANCHORED') });
		expect(bare.out).not.toMatch(/intact/);
		expect(await run(['verify', 'audit', `--dataDir=${dir}`, '--head', headFile])).toMatchObject({
			code: 0,
			out: expect.stringMatching(/^intact: \d+ entries .* anchored by the head signed/)
		});
		expect(await run(['verify', 'audit', `--dataDir=${dir}`, '--head', printed])).toMatchObject({ code: 0 });
	});

	it.each([1, 3])('catches the last %i entries cut off, naming them', async (cut) => {
		const path = tampered((db) => db.prepare('DELETE FROM audit WHERE seq > ?').run(entries - cut));
		const out = await run(['verify', 'audit', '--ledger', path, '--head', headFile]);
		expect(out.code).toBe(1);
		expect(out.out).toContain(`the log has ${entries - cut} entries but the head signed`);
		expect(out.out).toContain(`entries #${entries - cut + 1}..#${entries} were cut off`);
	});

	it('does not call an emptied log intact', async () => {
		const path = tampered((db) => db.exec('DELETE FROM audit'));
		const bare = await run(['verify', 'audit', '--ledger', path]);
		expect(bare.code).toBe(1); // the tables still hold rounds and ballots the log no longer records
		expect(bare.out).toMatch(/round r1 is in the rounds table but was never saved in the log/);
		expect((await run(['verify', 'audit', '--ledger', path, '--head', printed])).out).toMatch(/were cut off/);
	});

	it('catches a tail rewritten and re-hashed to the end, and says rewritten, not truncated', async () => {
		const from = entries - 12;
		const path = tampered((db) => {
			const rows = db.prepare('SELECT * FROM audit WHERE seq >= ? ORDER BY seq').all(from) as {
				seq: number;
				at: number;
				round: string;
				kind: string;
				payload: string;
				prev: string;
			}[];
			let prev = rows[0]!.prev;
			for (const row of rows) {
				const at = row.seq === from ? row.at + 1 : row.at;
				const hash = entryHash({ ...row, at, prev });
				db.prepare('UPDATE audit SET at = ?, prev = ?, hash = ? WHERE seq = ?').run(at, prev, hash, row.seq);
				prev = hash;
			}
		});
		const signed = await run(['verify', 'audit', '--ledger', path, '--head', headFile]);
		expect(signed.code).toBe(1);
		expect(signed.out).toContain(`the first ${entries} entries no longer match the head signed`);
		expect(signed.out).toContain('rewritten');
		expect(signed.out).not.toMatch(/truncated/);
		const legacy = (await run(['verify', 'audit', '--ledger', path, '--head', printed])).out;
		expect(legacy).toMatch(/rewritten at or before entry/);
	});

	it("answers --help after a check's name with that check's usage, not the group's", async () => {
		expect((await run(['verify', 'panel', '--help'])).out).toMatch(
			/^Re-check a panel draw[\s\S]*Usage: resourceos verify panel/
		);
		expect((await run(['verify', 'audit', '--help'])).out).toMatch(/Usage: resourceos verify audit/);
		expect((await run(['verify', '--help'])).out).toMatch(/Usage: resourceos verify <check>/);
	});

	it('names a bad flag, a stray argument and an unknown check', async () => {
		expect(await run(['verify', 'audit', '--head', 'xyz'])).toMatchObject({
			code: 2,
			out: expect.stringContaining('--head')
		});
		expect(await run(['verify', 'audit', 'extra'])).toMatchObject({
			code: 2,
			out: expect.stringContaining('extra')
		});
		expect(await run(['verify', 'nothing'])).toMatchObject({
			code: 2,
			out: expect.stringContaining('subcommand: should be one of audit, panel, election, got "nothing"')
		});
	});
});
