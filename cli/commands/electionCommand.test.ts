import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-election-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const election = 'harvest/stage-0';
const trustees = [1, 2, 3, 4, 5];

async function ok(argv: string[]): Promise<string> {
	const { code, out, err } = await runInProcess(['election', ...argv]);
	expect(err).toBe('');
	expect(code).toBe(0);
	return out;
}

describe('resourceos election: credential authority, trustees and operator, end to end', () => {
	const codes = new Map<string, string>();

	it('the credential authority writes private invitations and a public list without codes', async () => {
		const caFlags = [
			'--election',
			election,
			'--panel',
			at('panel.json'),
			'--out',
			at('ca'),
			'--publicUrl',
			'https://vote.example.org/'
		];
		writeFileSync(at('panel.json'), JSON.stringify(['p6', 'p2', 'p3', 'p1', 'p5', 'p4']));
		await ok(['credentials', ...caFlags]);
		const csv = readFileSync(at('ca/invitations.csv'), 'utf8').trim().split('\n').slice(1);
		for (const row of csv) {
			const [panelist, code, link] = row.split(',');
			codes.set(panelist!, code!);
			expect(link).toBe('https://vote.example.org/ballot/harvest/stage-0');
		}
		expect(statSync(at('ca/invitations.csv')).mode & 0o777).toBe(0o600);
		const list = readFileSync(at('ca/credentials.json'), 'utf8');
		expect(JSON.parse(list).panelists).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
		expect(JSON.parse(list).credentials).toHaveLength(6);
		for (const code of codes.values()) expect(list).not.toContain(code.replace(/-/g, '').slice(0, 8));
		const again = await runInProcess(['election', 'credentials', ...caFlags]);
		expect(again.code).toBe(2);
		expect(again.err).toMatch(/--out: should not hold invitations already/);
	});

	it('five trustees deal, and each keeps a key share checked against every commitment', async () => {
		for (const i of trustees)
			await ok([
				'deal',
				'--election',
				election,
				'--index',
				`${i}`,
				'--threshold',
				'3',
				'--trustees',
				'5',
				'--out',
				at(`t${i}`)
			]);
		const commitments = trustees.map((i) => at(`t${i}/commitment-${i}.json`)).join(',');
		for (const j of trustees) {
			const shares = trustees.map((i) => at(`t${i}/share-${i}-for-${j}.json`)).join(',');
			expect(
				await ok([
					'key',
					'--index',
					`${j}`,
					'--commitments',
					commitments,
					'--shares',
					shares,
					'--out',
					at(`key-${j}.json`)
				])
			).toMatch(/every share checks/);
		}
		expect(statSync(at('key-1.json')).mode & 0o777).toBe(0o600);
	});

	it('a trustee refuses a share that does not match its dealer’s commitments, naming the dealer', async () => {
		const forged = { election, from: 2, to: 4, share: '01'.padStart(64, '0') };
		writeFileSync(at('forged.json'), JSON.stringify(forged));
		const commitments = trustees.map((i) => at(`t${i}/commitment-${i}.json`)).join(',');
		const shares = trustees
			.map((i) => (i === 2 ? at('forged.json') : at(`t${i}/share-${i}-for-4.json`)))
			.join(',');
		const r = await runInProcess([
			'election',
			'key',
			'--index',
			'4',
			'--commitments',
			commitments,
			'--shares',
			shares,
			'--out',
			at('bad-key.json')
		]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/trustee 2's share for trustee 4 fails its commitments/);
	});

	it('the box is chained in the ledger: kiosk ballots, a revote, a refused made-up code; trustees 1, 3, 5 decrypt the export; verify election passes', async () => {
		const commitments = trustees.map((i) => at(`t${i}/commitment-${i}.json`)).join(',');
		const options = 'equity-first,reserve-keeping,contest';
		const ledger = ['--dataDir', at('server')];
		await ok([
			'manifest',
			'--options',
			options,
			'--commitments',
			commitments,
			'--credentials',
			at('ca/credentials.json'),
			'--out',
			at('manifest.json'),
			...ledger
		]);
		const votes = [
			['p1', 'equity-first'],
			['p2', 'equity-first'],
			['p3', 'reserve-keeping'],
			['p4', 'contest'],
			['p5', 'reserve-keeping'],
			['p5', 'equity-first']
		] as const;
		const receipts: string[] = [];
		for (const [panelist, choice] of votes) {
			const out = await ok([
				'cast',
				'--election',
				election,
				'--code',
				codes.get(panelist)!,
				'--choice',
				choice,
				...ledger
			]);
			receipts.push(out.match(/^receipt ([0-9a-f]{64})$/m)![1]!);
		}
		const forged = await runInProcess([
			'election',
			'cast',
			'--election',
			election,
			'--code',
			'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG',
			'--choice',
			'contest',
			...ledger
		]);
		expect(forged.code).toBe(1);
		expect(forged.err).toMatch(/not a published credential/);
		await ok(['export', '--election', election, '--out', at('open.json'), ...ledger]);
		await ok(['decrypt', '--key', at('key-1.json'), '--record', at('open.json'), '--out', at('early.json')]);
		const early = await runInProcess([
			'election',
			'tally',
			'--election',
			election,
			'--partials',
			at('early.json'),
			...ledger
		]);
		expect(early.err).toMatch(/refused: harvest\/stage-0 is still open: close it first/);
		expect(await ok(['close', '--election', election, ...ledger])).toMatch(/closed with 6 ballots/);
		const late = await runInProcess([
			'election',
			'cast',
			'--election',
			election,
			'--code',
			codes.get('p6')!,
			'--choice',
			'contest',
			...ledger
		]);
		expect(late.err).toMatch(/refused: harvest\/stage-0 is closed/);
		await ok(['export', '--election', election, '--out', at('closed.json'), ...ledger]);
		const box = JSON.parse(readFileSync(at('closed.json'), 'utf8'));
		expect(box.ballots).toHaveLength(6);
		for (const j of [1, 3, 5])
			await ok([
				'decrypt',
				'--key',
				at(`key-${j}.json`),
				'--record',
				at('closed.json'),
				'--out',
				at(`partial-${j}.json`)
			]);
		const partials = [1, 3, 5].map((j) => at(`partial-${j}.json`)).join(',');
		expect(await ok(['tally', '--election', election, '--partials', partials, ...ledger])).toMatch(
			/result equity-first 3, reserve-keeping 1, contest 1/
		);
		await ok(['export', '--election', election, '--out', at('record.json'), ...ledger]);
		const verified = await runInProcess(['verify', 'election', '--record', at('record.json')]);
		expect(verified.out).toMatch(
			/verified: 5 ballots counted \(1 replaced by a later ballot\); result equity-first 3, reserve-keeping 1, contest 1/
		);
		expect(verified.code).toBe(0);
		// The same check straight from a copy of the ledger: the record is read from its audit log.
		const copy = await runInProcess([
			'verify',
			'election',
			'--ledger',
			at('server/ledger.sqlite'),
			'--election',
			election
		]);
		expect(copy.out).toMatch(/verified: 5 ballots counted \(1 replaced by a later ballot\)/);
		const other = await runInProcess([
			'verify',
			'election',
			'--ledger',
			at('server/ledger.sqlite'),
			'--election',
			'harvest/stage-1'
		]);
		expect(other.err).toMatch(/no election harvest\/stage-1 in the audit log/);
	});

	it('a wrong partial decryption is refused by name and never chained', async () => {
		const partial = JSON.parse(readFileSync(at('partial-3.json'), 'utf8'));
		const other = JSON.parse(readFileSync(at('partial-1.json'), 'utf8'));
		writeFileSync(at('wrong-partial.json'), JSON.stringify({ ...partial, trustee: 2, shares: other.shares }));
		const ledger = ['--dataDir', at('server2')];
		const commitments = trustees.map((i) => at(`t${i}/commitment-${i}.json`)).join(',');
		await ok([
			'manifest',
			'--options',
			'equity-first,reserve-keeping,contest',
			'--commitments',
			commitments,
			'--credentials',
			at('ca/credentials.json'),
			'--out',
			at('manifest2.json'),
			...ledger
		]);
		for (const p of ['p1', 'p2', 'p3', 'p4', 'p5'])
			await ok(['cast', '--election', election, '--code', codes.get(p)!, '--choice', 'contest', ...ledger]);
		await ok(['close', '--election', election, ...ledger]);
		const r = await runInProcess([
			'election',
			'tally',
			'--election',
			election,
			'--partials',
			at('wrong-partial.json'),
			...ledger
		]);
		expect(r.err).toMatch(/not used: trustee 2: the partial decryption of option 1 fails its proof/);
		expect(r.out).toMatch(/more trustees are needed/);
		await ok(['export', '--election', election, '--out', at('record2.json'), ...ledger]);
		expect(JSON.parse(readFileSync(at('record2.json'), 'utf8')).decryptions).toEqual([]);
	});

	it('a key share of another trustee cannot decrypt: the key is checked against the manifest', async () => {
		const key = JSON.parse(readFileSync(at('key-2.json'), 'utf8'));
		writeFileSync(at('wrong-key.json'), JSON.stringify({ ...key, index: 3 }));
		const r = await runInProcess([
			'election',
			'decrypt',
			'--key',
			at('wrong-key.json'),
			'--record',
			at('closed.json'),
			'--out',
			at('p.json')
		]);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/index: should be a key share of this manifest's trustees/);
	});
});
