import Sqlite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { harvestShortfall } from '../../scenarios/round/cases/loadCases.js';
import { openLedger } from './openLedger.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A ledger file with 6 chained events, and a raw connection an attacker would use (triggers dropped). */
function tamperable() {
	const dir = mkdtempSync(join(tmpdir(), 'ros-ledger-'));
	dirs.push(dir);
	const path = join(dir, 'ledger.sqlite');
	const ledger = openLedger(path, () => new Date(Date.UTC(2026, 10, 1)));
	for (let i = 1; i <= 6; i++)
		ledger.append('r1', { kind: 'review', data: { n: i, note: `event ${i}` } }, 1_000 * i);
	ledger.close();
	const raw = new Sqlite(path);
	raw.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
	const verify = () => {
		const l = openLedger(path);
		try {
			return l.verify();
		} finally {
			l.close();
		}
	};
	return { path, raw, verify };
}

describe('the audit log', () => {
	it('is intact as written, and refuses updates and deletes', () => {
		const ledger = openLedger(':memory:');
		const first = ledger.append('r1', { kind: 'round-created', data: { b: 1, a: [2, 3] } }, 5);
		ledger.append('r1', { kind: 'review', data: { x: 'y' } }, 6);
		expect(first.payload).toBe('{"a":[2,3],"b":1}');
		expect(ledger.verify()).toMatchObject({ status: 'intact', entries: 2 });
		const db = (ledger as unknown as { path: string }).path;
		expect(db).toBe(':memory:');
		ledger.close();
	});

	it('refuses, in the database itself, to edit or delete an entry or to use a credential twice', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ros-ledger-'));
		dirs.push(dir);
		const path = join(dir, 'ledger.sqlite');
		const ledger = openLedger(path);
		ledger.append('r1', { kind: 'review', data: { n: 1 } }, 1);
		ledger.issueCredentials('r1', 0, [{ hash: 'h1', panelist: 'p1' }], 1);
		ledger.close();
		const raw = new Sqlite(path);
		expect(() => raw.exec('UPDATE audit SET payload = 1 WHERE seq = 1')).toThrow(/append-only/);
		expect(() => raw.exec('DELETE FROM audit')).toThrow(/append-only/);
		raw.exec("UPDATE credentials SET used = 1 WHERE hash = 'h1'");
		expect(() => raw.exec("UPDATE credentials SET used = 0 WHERE hash = 'h1'")).toThrow(/only be used once/);
		expect(() => raw.exec("UPDATE credentials SET panelist = 'p2' WHERE hash = 'h1'")).toThrow(
			/only be used once/
		);
		raw.close();
	});

	it('detects an edited entry', () => {
		const { raw, verify } = tamperable();
		raw.prepare('UPDATE audit SET payload = ? WHERE seq = 3').run('{"n":3,"note":"something else"}');
		raw.close();
		expect(verify()).toMatchObject({ status: 'broken', problem: 'altered', seq: 3 });
	});

	it('detects an edited entry even when its hash was recomputed (the next one no longer links)', async () => {
		const { raw, verify } = tamperable();
		const { entryHash } = await import('./entryHash.js');
		const row = raw.prepare('SELECT * FROM audit WHERE seq = 3').get() as {
			prev: string;
			at: number;
			round: string;
			kind: string;
		};
		const payload = '{"n":3,"note":"rewritten"}';
		raw
			.prepare('UPDATE audit SET payload = ?, hash = ? WHERE seq = 3')
			.run(payload, entryHash({ ...row, payload }));
		raw.close();
		expect(verify()).toMatchObject({ status: 'broken', problem: 'removed', seq: 4 });
	});

	it('detects a deleted entry', () => {
		const { raw, verify } = tamperable();
		raw.prepare('DELETE FROM audit WHERE seq = 4').run();
		raw.close();
		expect(verify()).toMatchObject({ status: 'broken', problem: 'removed', seq: 4 });
	});

	it('detects a deleted entry when the rest were renumbered', () => {
		const { raw, verify } = tamperable();
		raw.exec('DELETE FROM audit WHERE seq = 2; UPDATE audit SET seq = seq - 1 WHERE seq > 2;');
		raw.close();
		expect(verify()).toMatchObject({ status: 'broken', problem: 'removed', seq: 2 });
	});

	it('detects reordered entries', () => {
		const { raw, verify } = tamperable();
		raw.exec(
			'UPDATE audit SET seq = 100 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 4; UPDATE audit SET seq = 4 WHERE seq = 100;'
		);
		raw.close();
		expect(verify()).toMatchObject({ status: 'broken', problem: 'reordered', seq: 3 });
	});

	it('detects a cut-off tail against the published head', () => {
		const { raw, path } = tamperable();
		const before = openLedger(path);
		const published = before.verify();
		before.close();
		raw.prepare('DELETE FROM audit WHERE seq = 6').run();
		raw.close();
		const after = openLedger(path);
		expect(after.verify()).toMatchObject({ status: 'intact', entries: 5 });
		expect(published.status === 'intact' && after.verify({ head: published.head })).toMatchObject({
			status: 'broken',
			problem: 'truncated'
		});
		after.close();
	});
});

describe('the ledger', () => {
	it('migrates once: reopening a ledger keeps its data and applies nothing twice', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ros-ledger-'));
		dirs.push(dir);
		const path = join(dir, 'nested', 'ledger.sqlite');
		const a = openLedger(path);
		a.append('r', { kind: 'review', data: {} }, 1);
		a.close();
		const b = openLedger(path);
		expect(b.audit()).toHaveLength(1);
		b.close();
		const raw = new Sqlite(path);
		expect(raw.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
		raw.close();
	});

	it('writes the adopted plan and its quotas for the simulation, append-only', () => {
		const ledger = openLedger(':memory:');
		expect(ledger.adoptedPlan()).toBeUndefined();
		ledger.adoptPlan('r1', harvestShortfall[0]!, 10);
		ledger.adoptPlan('r2', harvestShortfall[2]!, 20);
		expect(ledger.adoptedPlan()).toMatchObject({
			round: 'r2',
			scenario: 'quinoa-substitution',
			plan: harvestShortfall[2]!.plan
		});
		expect(ledger.quotas()).toHaveLength(harvestShortfall[2]!.plan.quotas.length);
		expect(ledger.quotas().every((q) => q.round === 'r2' && q.effectiveFrom === '2026-12-01')).toBe(true);
		expect(ledger.verify()).toMatchObject({ status: 'intact', entries: 4 });
		ledger.close();
	});

	it('keeps points personal: credited per person, spent only from one’s own balance, never below zero', () => {
		const ledger = openLedger(':memory:');
		ledger.awardPoints('r1', ['anna', 'boris'], 150, 1);
		expect(ledger.spend('anna', 100, 'creative workshop', 2)).toEqual({ status: 'spent', balance: 50 });
		expect(ledger.spend('anna', 100, 'holiday trip', 3)).toEqual({ status: 'insufficient', balance: 50 });
		expect(ledger.balance('boris')).toBe(150);
		expect(ledger.points('anna').map((p) => p.points)).toEqual([150, -100]);
		expect('transfer' in ledger).toBe(false);
		ledger.close();
	});

	it('burns 80% of every balance a year, by the same rule as the simulation, and logs it', () => {
		const ledger = openLedger(':memory:');
		ledger.awardPoints('r1', ['anna', 'boris'], 150, 1);
		ledger.spend('boris', 150, 'holiday trip', 2);
		expect(ledger.yearlyBurn(3)).toBe(120);
		expect(ledger.balance('anna')).toBe(30);
		expect(ledger.balance('boris')).toBe(0);
		// The burn row is chained like any spending, so the record check finds no row the log lacks.
		const last = ledger.audit().at(-1)!;
		expect(last.kind).toBe('points-spent');
		expect(ledger.verify()).toMatchObject({ status: 'intact' });
		expect(ledger.checkRecord()).toMatchObject({ status: 'consistent' });
		ledger.close();
	});
});
