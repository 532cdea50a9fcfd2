import Sqlite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerPath, openLedger } from '../../../data/ledger/index.js';
import { runInProcess } from '../../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Output and errors together, as a person at a terminal sees them. */
async function run(args: string[]) {
	const { code, out, err } = await runInProcess(args);
	return { code, out: out + err };
}

describe('resourceos verify audit', () => {
	it('reports an intact chain with its head, then the first altered entry after tampering', async () => {
		const ledger = openLedger(ledgerPath(dir));
		for (let i = 1; i <= 4; i++) ledger.append('r1', { kind: 'ballot', data: { receipt: `r${i}` } }, i);
		ledger.close();
		const ok = await run(['verify', 'audit', `--dataDir=${dir}`]);
		expect(ok.code).toBe(0);
		expect(ok.out).toMatch(/intact: 4 entries/);
		const head = ok.out.match(/head: ([0-9a-f]{64})/)![1]!;

		const raw = new Sqlite(ledgerPath(dir));
		raw.exec(
			'DROP TRIGGER audit_no_update; UPDATE audit SET payload = \'{"receipt":"forged"}\' WHERE seq = 2;'
		);
		raw.close();
		const broken = await run(['verify', 'audit', '--ledger', ledgerPath(dir), '--json']);
		expect(broken.code).toBe(1);
		expect(JSON.parse(broken.out)).toMatchObject({ status: 'broken', problem: 'altered', seq: 2 });
		expect((await run(['verify', 'audit', `--dataDir=${dir}`, '--head', head])).out).toMatch(
			/BROKEN at entry #2 \(altered\)/
		);
	});

	it('names a bad flag and an unknown check', async () => {
		expect(await run(['verify', 'audit', '--head', 'xyz'])).toMatchObject({
			code: 2,
			out: expect.stringContaining('--head')
		});
		expect(await run(['verify', 'nothing'])).toMatchObject({
			code: 2,
			out: expect.stringContaining('subcommand: should be one of audit, panel, got "nothing"')
		});
	});
});
