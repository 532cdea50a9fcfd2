import { mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import * as v from 'valibot';
import { InputError } from '../../data/schema/index.js';
import { expertDefaults, rotateRoster } from '../../scenarios/experts/index.js';
import {
	dueActions,
	reworkRequests,
	seedRevealOf,
	type ActResult,
	type RoundAction
} from '../../scenarios/round/index.js';
import { loadConfig, publicUrlOf } from '../config/index.js';
import { parseFlags } from '../parseFlags.js';
import { subcommandOf } from '../subcommandOf.js';
import type { Command } from '../types.js';
import { createWorkerSolver } from '../../scenarios/sortition/node/workerSolver.js';
import { readPool, readQuotas } from './panel/panelFiles.js';
import { announceElection } from './round/announceElection.js';
import { demo } from './round/demoRound.js';
import { openElectionStep } from './round/openElectionStep.js';
import { readJsonFile } from '../../data/schema/node/readJsonFile.js';
import { cliDrawer, openDesk, writeInvitations } from './round/roundIO.js';
import { Flags, ROUND_OPTION_FLAGS, STEP_NAMES, STEPS, USAGE } from './round/roundFlags.js';
import { CandidateFile, PoolFile, ReviewFile, RosterFile, ScenarioFile } from './round/schemas.js';

function need<K extends keyof Flags>(flags: Flags, key: K, step: string): NonNullable<Flags[K]> {
	const value = flags[key];
	if (value === undefined || value === '')
		throw new InputError(`resourceos round ${step}`, [
			{ path: `--${String(key)}`, expected: 'is required for this step', received: value }
		]);
	return value as NonNullable<Flags[K]>;
}

/** `resourceos round`: drive a decision round from the command line (council, experts, ethics council). */
export const roundCommand: Command = {
	name: 'round',
	summary: 'Run a decision round: create, review, strike, open and close the panel vote',
	usage: USAGE,
	subcommands: STEP_NAMES,
	async run(args, io) {
		const { name: step, rest } = subcommandOf(args, STEP_NAMES, 'round');
		const { flags }: { flags: Flags } = parseFlags(
			v.pick(Flags, ['dataDir', ...STEPS[step]]),
			rest,
			`round ${step}`
		);
		// With quotas, the panel is drawn by the maximin lottery (HiGHS in a worker, closed when done).
		const solver = step === 'commit-panel' && flags.quotas ? createWorkerSolver() : undefined;
		const { desk, ledger, elections } = await openDesk(
			io,
			flags.dataDir,
			cliDrawer(solver ? { solver, quotas: readQuotas(flags.quotas!) } : undefined)
		);
		// Await inside try, so that the ledger closes only after the step has finished.
		const run = async (): Promise<number> => {
			const config = await loadConfig({ env: io.env, flags: {} });
			const publicUrl = flags.publicUrl ?? publicUrlOf(config.http);
			const dataDir = flags.dataDir ?? config.dataDir;
			const report = async (result: ActResult): Promise<number> => {
				if (!result.ok) {
					io.stderr.write(`resourceos round: ${result.error.message}\n`);
					return 1;
				}
				io.stdout.write(
					`round ${result.round.id}: ${result.round.state}${result.round.deadline ? ` until ${new Date(result.round.deadline).toISOString()}` : ''}\n`
				);
				if (result.round.outcome) io.stdout.write(`outcome: ${JSON.stringify(result.round.outcome)}\n`);
				const election = result.round.stages.at(-1)?.election;
				await announceElection(result.round, dataDir, !!election && !!elections.state(election), io);
				// Every result names the log's head, so whoever reads it holds an anchor outside the database.
				const head = ledger.head();
				io.stdout.write(`log head: ${head.size}:${head.root}\n`);
				if (result.invitations.length > 0) {
					const stage = result.invitations[0]!.stage;
					const path =
						flags.invitations ??
						join(dataDir, 'invitations', `${result.round.id}-stage${stage}-${Date.now()}.csv`);
					mkdirSync(join(path, '..'), { recursive: true });
					await writeInvitations(path, result.invitations, publicUrl, ledger.head());
					io.stdout.write(`${result.invitations.length} invitation codes written to ${path}\n`);
				}
				return 0;
			};
			const act = (action: RoundAction) => report(desk.act(need(flags, 'id', action.kind), action));
			switch (step) {
				case 'create': {
					const { scenarios } = await readJsonFile(ScenarioFile, need(flags, 'scenarios', step));
					const options = Object.fromEntries(
						ROUND_OPTION_FLAGS.filter((k) => flags[k] !== undefined).map((k) => [k, flags[k]])
					);
					return report(
						desk.create({
							id: need(flags, 'id', step),
							scenarios,
							options,
							...(flags.subjects ? { subjects: flags.subjects.split(',').map((s) => s.trim()) } : {})
						})
					);
				}
				case 'appoint': {
					const roster = await readJsonFile(RosterFile, need(flags, 'roster', step));
					const now = Date.now();
					const longest = (start: number) =>
						new Date(start).setUTCMonth(new Date(start).getUTCMonth() + expertDefaults.maxTermMonths);
					for (const e of roster) {
						const term = e.term
							? { start: Date.parse(e.term.start), end: Date.parse(e.term.end) }
							: { start: now, end: longest(now) };
						if (term.end <= term.start || term.end > longest(term.start))
							throw new InputError(flags.roster!, [
								{
									path: `${e.id}.term`,
									expected: 'should end after it starts and last at most 24 months',
									received: e.term
								}
							]);
						ledger.appoint({ ...e, term }, now);
					}
					io.stdout.write(`${roster.length} expert terms recorded\n`);
					return 0;
				}
				case 'rotate': {
					const candidates = await readJsonFile(CandidateFile, need(flags, 'candidates', step));
					const seed = flags.seed ?? randomBytes(16).toString('hex');
					const rotation = rotateRoster(
						ledger.roster(),
						candidates,
						Date.now(),
						need(flags, 'size', step),
						seed,
						expertDefaults
					);
					for (const e of rotation.appointed) ledger.appoint(e, Date.now());
					const expired = rotation.expired.join(', ') || 'none';
					const appointed = rotation.appointed.map((e) => e.id).join(', ') || 'none';
					const vacant = rotation.vacant
						? `; ${rotation.vacant} seat(s) vacant (too few rested candidates)`
						: '';
					io.stdout.write(
						`seed ${seed}: ${rotation.serving.length} serving; expired ${expired}; appointed ${appointed}${vacant}\n`
					);
					return 0;
				}
				case 'rework': {
					const round = desk.round(need(flags, 'id', step));
					if (!round)
						throw new InputError('resourceos round rework', [
							{ path: '--id', expected: 'should name an existing round', received: flags.id }
						]);
					const reasons = round.outcome?.kind === 'returned' ? round.outcome.reasons : [];
					const requests = reworkRequests(reasons);
					writeFileSync(
						need(flags, 'out', step),
						`${JSON.stringify({ version: 1, reasons: requests }, null, 1)}\n`
					);
					io.stdout.write(
						`${requests.length} rework request(s) written to ${flags.out}; other reasons: ${
							reasons
								.filter((r) => r.kind !== 'amended-parameters')
								.map((r) => r.kind)
								.join(', ') || 'none'
						}\n`
					);
					return 0;
				}
				case 'open-review':
					return act({ kind: 'open-review' });
				case 'review': {
					// A reviewer who judges every scenario alike needs no file naming them.
					if (flags.verdict && flags.verdicts)
						throw new InputError('resourceos round review', [
							{
								path: '--verdict',
								expected: 'give either --verdicts FILE or --verdict',
								received: flags.verdict
							}
						]);
					const verdicts = flags.verdict
						? (desk.round(need(flags, 'id', step))?.scenarios ?? []).map((s) => ({
								scenarioId: s.scenario.id,
								verdict: flags.verdict!,
								comment: flags.comment ?? ''
							}))
						: (await readJsonFile(ReviewFile, need(flags, 'verdicts', step))).verdicts;
					return act({ kind: 'submit-review', review: { expertId: need(flags, 'expert', step), verdicts } });
				}
				case 'close-review':
					return act({ kind: 'close-review' });
				case 'strike':
					return act({
						kind: 'strike',
						scenarioId: need(flags, 'scenario', step),
						by: need(flags, 'by', step),
						reason: need(flags, 'reason', step)
					});
				case 'commit-panel': {
					const path = need(flags, 'pool', step);
					const pool = flags.quotas
						? readPool(path, {}, false, (line) => io.stderr.write(`${line}\n`)).volunteers.map((p) => ({
								id: p.id,
								household: p.household,
								features: p.features
							}))
						: await readJsonFile(PoolFile, path);
					return report(await desk.commitPanel(need(flags, 'id', step), pool));
				}
				case 'commit-seed':
					return report(
						desk.commitSeed(
							need(flags, 'id', step),
							flags.publicSource !== undefined
								? { publicSource: flags.publicSource }
								: { party: need(flags, 'party', step), hash: need(flags, 'hash', step) }
						)
					);
				case 'open-vote': {
					const shares = seedRevealOf(flags.reveal ?? '', flags.publicValue);
					return report(await desk.openVote(need(flags, 'id', step), shares, flags.ballot));
				}
				case 'open-election':
					return report(
						await openElectionStep(
							desk,
							need(flags, 'id', step),
							{
								commitments: need(flags, 'commitments', step),
								credentials: need(flags, 'credentials', step),
								...(flags.out ? { out: flags.out } : {})
							},
							io
						)
					);
				case 'close-vote':
					return act({ kind: 'close-vote' });
				case 'return':
					return act({ kind: 'return', by: need(flags, 'by', step), reason: need(flags, 'reason', step) });
				case 'tick': {
					const due = dueActions(desk.rounds(), Date.now());
					let failed = 0;
					for (const { round, action } of due) if ((await report(desk.act(round, action))) !== 0) failed++;
					if (due.length === 0) io.stdout.write('nothing due\n');
					return failed > 0 ? 1 : 0;
				}
				case 'show': {
					const round = desk.round(need(flags, 'id', step));
					if (!round)
						throw new InputError('resourceos round show', [
							{ path: '--id', expected: 'should name an existing round', received: flags.id }
						]);
					const checks = { audit: ledger.verify(), record: ledger.checkRecord(), head: ledger.head() };
					const shown = { ...round, ballots: desk.ballots(round.id), ...checks };
					io.stdout.write(`${JSON.stringify(shown, null, 1)}\n`);
					return 0;
				}
				case 'head': {
					const head = `${JSON.stringify(ledger.head(), null, 1)}\n`;
					if (flags.out) writeFileSync(flags.out, head);
					io.stdout.write(flags.out ? `signed head written to ${flags.out}\n` : head);
					return 0;
				}
				case 'demo':
					return demo(flags.id ?? `demo-${new Date().toISOString().slice(0, 10)}`, io, desk, ledger, report);
			}
		};
		try {
			return await run();
		} finally {
			ledger.close();
			await solver?.close();
		}
	}
};
