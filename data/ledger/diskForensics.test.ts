import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { credentialHash } from '../../scenarios/ballot/credentialCode.js';
import type { BallotChoice } from '../../scenarios/ballot/types.js';
import { openTestVote, testDesk } from '../../scenarios/round/testDesk.js';
import { ledgerPath } from './ledgerPath.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-forensics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = 4096; // SQLite's default page size, which the ledger keeps

/**
 * Where each value is stored in the file, page by page, skipping its copies in JSON payloads (the
 * sealed list, which is public and sorted by receipt): the order of the table and index cells.
 */
function storageOrder(file: Buffer, values: readonly string[]): Map<number, string[]> {
	const hits: { at: number; value: string }[] = [];
	for (const value of values) {
		let at = file.indexOf(value);
		while (at >= 0) {
			if (file.subarray(at - 1, at).toString() !== '"') hits.push({ at, value });
			at = file.indexOf(value, at + 1);
		}
	}
	const pages = new Map<number, string[]>();
	for (const { at, value } of hits.sort((a, b) => a.at - b.at)) {
		const page = Math.floor(at / PAGE);
		pages.set(page, [...(pages.get(page) ?? []), value]);
	}
	return pages;
}

/** True when each page lists its values in sorted order (up or down): the layout follows the key, nothing else. */
const keyOrdered = (pages: Map<number, string[]>) =>
	[...pages.values()].every((seq) => {
		const up = [...seq].sort();
		return seq.join() === up.join() || seq.join() === up.reverse().join();
	});

it('leaves nothing on disk that links a credential or a panelist to a choice, after a vote and a clean stop', async () => {
	const path = ledgerPath(dir);
	const { desk, ledger, advanceDays } = testDesk({ panelSize: 20, reserves: 0 }, path);
	const invitations = await openTestVote(desk);
	expect(invitations).toHaveLength(20);
	const receipts: string[] = [];
	for (const [i, { code }] of invitations.entries()) {
		const choice: BallotChoice = {
			kind: 'scenario',
			scenarioId: i % 3 === 0 ? 'equity-first' : 'quinoa-substitution'
		};
		const cast = desk.cast(code, choice);
		if (!cast.ok) throw new Error(JSON.stringify(cast.refusal));
		receipts.push(cast.ballot.receipt);
		// No write-ahead log to replay commit by commit: each ballot's commit is checkpointed away at once.
		expect(statSync(`${path}-wal`).size).toBe(0);
	}
	advanceDays(8);
	expect(desk.act('r1', { kind: 'close-vote' }).ok).toBe(true);
	// The published list is the sealed one, in receipt order.
	expect(desk.ballots('r1').map((b) => b.receipt)).toEqual([...receipts].sort());
	ledger.close();

	// A clean stop leaves the ledger and its signing key, and no journal of any kind.
	expect(readdirSync(dir).sort()).toEqual(['ledger.key', 'ledger.sqlite']);
	const file = readFileSync(path);
	// The ballot and credential tables (and their indexes) are laid out by receipt and by credential
	// hash: neither the order of casting nor the order of issue survives the close.
	const ballotCells = storageOrder(file, receipts);
	expect([...ballotCells.values()].flat().length).toBeGreaterThanOrEqual(20);
	expect(keyOrdered(ballotCells)).toBe(true);
	const credentialCells = storageOrder(
		file,
		invitations.map(({ code }) => credentialHash(code))
	);
	expect([...credentialCells.values()].flat().length).toBeGreaterThanOrEqual(20);
	expect(keyOrdered(credentialCells)).toBe(true);
	// The log records only that a ballot was cast, with its hour; the content comes sorted at the close.
	expect(file.includes(Buffer.from('"stage":0}'))).toBe(true);
});
