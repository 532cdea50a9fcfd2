import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../scenarios/ballot/index.js';
import { harvestShortfall } from '../../scenarios/round/cases/loadCases.js';
import { main } from '../main.js';
import { runInProcess } from '../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-round-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
	const [stdout, stderr] = [new PassThrough(), new PassThrough()];
	let out = '';
	stdout.on('data', (d) => (out += d));
	stderr.on('data', (d) => (out += d));
	const code = await main(['round', ...args, `--dataDir=${dir}`], { env: {}, stdout, stderr });
	return { code, out };
}
const file = (name: string, value: unknown) => {
	const path = join(dir, name);
	writeFileSync(path, JSON.stringify(value));
	return path;
};

describe('resourceos round', () => {
	it('takes a round from the planner’s file to an open vote and writes the invitation codes only to a CSV', async () => {
		const now = Date.now();
		const day = (n: number) => new Date(now + n * 86_400_000).toISOString().slice(0, 10);
		const roster = ['a', 'b', 'c'].map((id) => ({
			id,
			name: id.toUpperCase(),
			field: 'logistics',
			term: { start: day(-1), end: day(300) }
		}));
		expect((await run('appoint', '--roster', file('roster.json', roster))).code).toBe(0);
		expect(
			await run(
				'create',
				'--id',
				'r1',
				'--scenarios',
				file('scenarios.json', { scenarios: harvestShortfall, notes: ['planner extras are dropped'] })
			)
		).toMatchObject({ code: 0, out: expect.stringContaining('round r1: drafted') });
		expect((await run('open-review', '--id', 'r1')).out).toContain('expert-review');
		const verdicts = file('v.json', {
			verdicts: harvestShortfall.map((s) => ({ scenarioId: s.id, verdict: 'sound' }))
		});
		for (const expert of ['a', 'b', 'c'])
			expect((await run('review', '--id', 'r1', '--expert', expert, '--verdicts', verdicts)).code).toBe(0);
		expect((await run('close-review', '--id', 'r1')).out).toContain('ethics-review');
		const pool = file(
			'pool.json',
			Array.from({ length: 600 }, (_, i) => ({ id: `p${i}` }))
		);
		const csv = join(dir, 'codes.csv');
		expect(await run('commit-panel', '--id', 'r1', '--pool', pool)).toMatchObject({ code: 0 });
		// The seed: two council members' shares and a public source named in advance.
		const sha = (text: string) => createHash('sha256').update(text).digest('hex');
		expect(
			(await run('commit-seed', '--id', 'r1', '--party', 'anna', '--hash', sha('anna-dice-41632'))).code
		).toBe(0);
		expect(
			(await run('commit-seed', '--id', 'r1', '--party', 'boris', '--hash', sha('boris-coin-HTTHT'))).code
		).toBe(0);
		expect((await run('commit-seed', '--id', 'r1', '--publicSource', 'state lottery 2026-12-01')).code).toBe(
			0
		);
		expect(
			await run(
				'open-vote',
				'--id',
				'r1',
				'--reveal',
				'anna=anna-dice-41632,boris=forged',
				'--publicValue',
				'07 19 23'
			)
		).toMatchObject({
			code: 1,
			out: expect.stringContaining('the share revealed by boris does not match its commitment')
		});
		const opened = await run(
			'open-vote',
			'--id',
			'r1',
			'--reveal',
			'anna=anna-dice-41632,boris=boris-coin-HTTHT',
			'--publicValue',
			'07 19 23',
			'--ballot',
			'plain',
			'--invitations',
			csv
		);
		expect(opened).toMatchObject({ code: 0, out: expect.stringContaining('500 invitation codes written') });
		const lines = readFileSync(csv, 'utf8').trim().split('\n');
		expect(lines).toHaveLength(501);
		// No code in the link (browser histories, access logs); the log head as an anchor on every invitation.
		expect(lines[1]).toMatch(/^p\d+,0,[0-9A-Z-]+,http:\/\/127\.0\.0\.1:8080\/vote,\d+:[0-9a-f]{64}$/);
		expect(opened.out).toMatch(/log head: \d+:[0-9a-f]{64}/);
		const show = await run('show', '--id', 'r1');
		expect(show.out).not.toContain(lines[1]!.split(',')[2]);
		expect(JSON.parse(show.out)).toMatchObject({
			audit: { status: 'intact' },
			record: { status: 'consistent' },
			head: { root: expect.stringMatching(/^[0-9a-f]{64}$/), signature: expect.any(String) }
		});
	});

	it('names a bad file entry, a missing flag and a refused step', async () => {
		const bad = file('bad.json', [
			{ ...harvestShortfall[0], metrics: { ...harvestShortfall[0]!.metrics, gini: 'low' } }
		]);
		expect(await run('create', '--id', 'r2', '--scenarios', bad)).toMatchObject({
			code: 2,
			out: expect.stringContaining('gini')
		});
		expect(await run('strike', '--id', 'r1')).toMatchObject({
			code: 2,
			out: expect.stringContaining('--scenario')
		});
		expect(await run('open-review', '--id', 'r1')).toMatchObject({
			code: 1,
			out: expect.stringContaining('open-review is not allowed in state panel-vote')
		});
	});

	it('rotates the roster and writes a returned round’s amendments for the planner', async () => {
		const candidates = file('candidates.json', [
			{ id: 'd', name: 'D', field: 'water' },
			{ id: 'e', name: 'E', field: 'energy' }
		]);
		expect(
			await run('rotate', '--candidates', candidates, '--size', '4', '--seed', 'rotation-2026')
		).toMatchObject({ code: 0, out: expect.stringMatching(/4 serving; expired none; appointed [de]/) });
		await run(
			'create',
			'--id',
			'r3',
			'--scenarios',
			file('s3.json', harvestShortfall),
			'--panelSize',
			'40',
			'--voteDays',
			'2'
		);
		expect(JSON.parse((await run('show', '--id', 'r3')).out).options).toMatchObject({
			panelSize: 40,
			voteDays: 2,
			reserves: 50
		});
		expect(
			await run(
				'create',
				'--id',
				'r4',
				'--scenarios',
				file('s4.json', harvestShortfall),
				'--panelSize',
				'501'
			)
		).toMatchObject({ code: 2, out: expect.stringContaining('--panelSize') });
		const opened = await run('open-review', '--id', 'r3');
		expect(opened.code).toBe(0);
		const show = JSON.parse((await run('show', '--id', 'r3')).out);
		for (const [i, expert] of (show.reviewers as string[]).entries()) {
			const verdicts = harvestShortfall.map((s) =>
				i === 0 && s.id === 'equity-first'
					? {
							scenarioId: s.id,
							verdict: 'needs-rework',
							comment: 'Keep 5 days of water in the north',
							amended: { 'floor:water:north': 5 }
						}
					: { scenarioId: s.id, verdict: 'sound' }
			);
			expect(
				(
					await run(
						'review',
						'--id',
						'r3',
						'--expert',
						expert,
						'--verdicts',
						file(`v3-${i}.json`, { verdicts })
					)
				).code
			).toBe(0);
		}
		expect((await run('close-review', '--id', 'r3')).out).toContain('returned');
		const out = join(dir, 'rework.json');
		expect((await run('rework', '--id', 'r3', '--out', out)).code).toBe(0);
		expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
			version: 1,
			reasons: [{ kind: 'floor', resource: 'water', days: 5, region: 'north' }]
		});
		expect(await run('tick')).toEqual({ code: 0, out: 'nothing due\n' });
	});

	it('draws a round’s panel with the stratified maximin lottery when quotas are given, meeting them', async () => {
		await run(
			'create',
			'--id',
			'r5',
			'--scenarios',
			file('s5.json', harvestShortfall),
			'--panelSize',
			'10',
			'--reserves',
			'2'
		);
		const reviewers =
			(await run('open-review', '--id', 'r5')).code === 0
				? JSON.parse((await run('show', '--id', 'r5')).out).reviewers
				: [];
		const verdicts = file('v5.json', {
			verdicts: harvestShortfall.map((s) => ({ scenarioId: s.id, verdict: 'sound' }))
		});
		for (const e of reviewers) await run('review', '--id', 'r5', '--expert', e, '--verdicts', verdicts);
		await run('close-review', '--id', 'r5');
		const rows = Array.from(
			{ length: 40 },
			(_, i) => `p${i},h${i},${i % 4 === 0 ? 'north' : 'south'},${i % 2 ? 'young' : 'old'}`
		);
		const pool = join(dir, 'pool.csv');
		writeFileSync(pool, `id,household,region,age\n${rows.join('\n')}\n`);
		const quotas = file('quotas.json', {
			panelSize: 10,
			categories: {
				region: { north: { min: 5, max: 5 }, south: { min: 5, max: 5 } },
				age: { young: { min: 4, max: 6 }, old: { min: 4, max: 6 } }
			}
		});
		expect(await run('commit-panel', '--id', 'r5', '--pool', pool, '--quotas', quotas)).toMatchObject({
			code: 0
		});
		const sha = (text: string) => createHash('sha256').update(text).digest('hex');
		for (const party of ['anna', 'boris'])
			await run('commit-seed', '--id', 'r5', '--party', party, '--hash', sha(`${party}-share`));
		expect(
			await run(
				'open-vote',
				'--id',
				'r5',
				'--reveal',
				'anna=anna-share,boris=boris-share',
				'--ballot',
				'plain',
				'--invitations',
				join(dir, 'r5.csv')
			)
		).toMatchObject({ code: 0, out: expect.stringContaining('10 invitation codes') });
		const round = JSON.parse((await run('show', '--id', 'r5')).out);
		expect(round.panel.method).toBe('maximin-lottery');
		const north = (round.panel.members as string[]).filter((id) => Number(id.slice(1)) % 4 === 0);
		expect(north).toHaveLength(5); // 10 of 40 volunteers are in the north, yet the quota gives them half the seats
	}, 60_000);
	it('appoints the shipped demo roster (the format the docs give: ISO dates)', async () => {
		// Last: it adds six serving experts to the shared data folder.
		const shipped = fileURLToPath(new URL('../../scenarios/round/cases/roster.json', import.meta.url));
		expect(await run('appoint', '--roster', shipped)).toMatchObject({
			code: 0,
			out: '6 expert terms recorded\n'
		});
	});
});

describe('resourceos round, as the README walkthrough uses it', () => {
	it('appoints experts without a term from today, takes one verdict for every scenario, and links to http.publicUrl', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'ros-round-'));
		const env = { RESOURCEOS_DATA_DIR: dataDir, RESOURCEOS_HTTP_PUBLIC_URL: 'https://vote.example.org/r7' };
		const round = (...args: string[]) => runInProcess(['round', ...args], env);
		const path = (name: string, value: unknown) => {
			writeFileSync(join(dataDir, name), JSON.stringify(value));
			return join(dataDir, name);
		};
		const experts = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), field: 'logistics' }));
		expect((await round('appoint', '--roster', path('experts.json', experts))).code).toBe(0);
		const scenarios = path('scenarios.json', harvestShortfall);
		expect((await round('create', '--id', 'w1', '--scenarios', scenarios, '--panelSize', '4')).code).toBe(0);
		// Serving from today: all three are drawn (three reviewers per round).
		expect((await round('open-review', '--id', 'w1')).code).toBe(0);
		const both = await round(
			'review',
			'--id',
			'w1',
			'--expert',
			'a',
			'--verdict',
			'sound',
			'--verdicts',
			scenarios
		);
		expect(both).toMatchObject({
			code: 2,
			err: expect.stringContaining('give either --verdicts FILE or --verdict')
		});
		for (const expert of ['a', 'b', 'c'])
			expect((await round('review', '--id', 'w1', '--expert', expert, '--verdict', 'sound')).code).toBe(0);
		expect((await round('close-review', '--id', 'w1')).out).toContain('ethics-review');
		const pool = path(
			'pool.json',
			Array.from({ length: 12 }, (_, i) => ({ id: `p${i}` }))
		);
		expect((await round('commit-panel', '--id', 'w1', '--pool', pool)).code).toBe(0);
		const csv = join(dataDir, 'codes.csv');
		// Two council members' shares and a public source named in advance make the seed, as the README shows.
		for (const [party, secret] of [
			['council-1', 'amber-river-1'],
			['council-2', 'birch-field-2']
		])
			expect(
				(await round('commit-seed', '--id', 'w1', '--party', party!, '--hash', sha256Hex(secret!))).code
			).toBe(0);
		const source = 'state lottery, the draw after the panel commitment';
		expect((await round('commit-seed', '--id', 'w1', '--publicSource', source)).code).toBe(0);
		const reveal = 'council-1=amber-river-1,council-2=birch-field-2';
		const opened = await round(
			'open-vote',
			'--id',
			'w1',
			'--reveal',
			reveal,
			'--publicValue',
			'07 19 23 31 40',
			'--ballot',
			'plain',
			'--invitations',
			csv
		);
		expect(opened.code).toBe(0);
		const links = readFileSync(csv, 'utf8').trim().split('\n').slice(1);
		expect(links.length).toBeGreaterThan(0);
		// The link carries no code (the panelist types it), so codes end up in no browser history.
		for (const row of links) expect(row.split(',')[3]).toBe('https://vote.example.org/r7/vote');
	});
});
