import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harvestShortfall } from '../../../scenarios/round/cases/loadCases.js';
import { runInProcess } from '../../runInProcess.js';

/** What `runRoundToVote` leaves: the open-vote output and stage 0's panel (its file and its ids). */
export interface RoundAtVote {
	readonly opened: string;
	readonly panelFile: string;
	readonly panel: readonly string[];
}

/** Runs one CLI command in process; a failing one throws with its stderr. */
export async function runOk(...argv: string[]): Promise<string> {
	const r = await runInProcess(argv);
	if (r.code !== 0) throw new Error(`${argv.slice(0, 2).join(' ')}: ${r.err}`);
	return r.out;
}

/**
 * For tests: the harvest-shortfall round `id` driven through the CLI as its people run it, up to
 * its open vote: three experts appointed and reviewing "sound", a panel of `panelSize` drawn from
 * a pool of `poolSize` without reserves, two parties' seed shares committed and revealed. Input
 * files go to `dir`; the server's data to `dataDir`.
 */
export async function runRoundToVote(o: {
	readonly id: string;
	readonly dataDir: string;
	readonly dir: string;
	readonly panelSize: number;
	readonly poolSize: number;
}): Promise<RoundAtVote> {
	const server = ['--dataDir', o.dataDir];
	const round = (command: string, ...flags: string[]) =>
		runOk('round', command, '--id', o.id, ...flags, ...server);
	const file = (name: string, value: unknown) => {
		writeFileSync(join(o.dir, name), JSON.stringify(value));
		return join(o.dir, name);
	};
	const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
	const experts = ['a', 'b', 'c'];
	const roster = experts.map((id) => ({
		id,
		name: id,
		field: 'logistics',
		term: { start: day(-1), end: day(300) }
	}));
	await runOk('round', 'appoint', '--roster', file('roster.json', roster), ...server);
	const scenarios = file('scenarios.json', { scenarios: harvestShortfall });
	await round('create', '--scenarios', scenarios, '--panelSize', String(o.panelSize), '--reserves', '0');
	await round('open-review');
	for (const expert of experts) await round('review', '--expert', expert, '--verdict', 'sound');
	await round('close-review');
	const pool = Array.from({ length: o.poolSize }, (_, i) => ({ id: `p${i}` }));
	await round('commit-panel', '--pool', file('pool.json', pool));
	const parties = ['anna', 'boris'];
	const sha = (text: string) => createHash('sha256').update(text).digest('hex');
	for (const party of parties) await round('commit-seed', '--party', party, '--hash', sha(`${party}-dice`));
	const opened = await round('open-vote', '--reveal', parties.map((p) => `${p}=${p}-dice`).join(','));
	const panelFile = join(o.dataDir, 'panels', `${o.id}-stage-0.json`);
	return { opened, panelFile, panel: JSON.parse(readFileSync(panelFile, 'utf8')) as string[] };
}
