import loadHighs from 'highs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import type { Plan } from '../../data/plan/types.js';
import { readJsonFile } from '../../data/schema/node/readJsonFile.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import {
	buildPlanningInput,
	describeRework,
	exportRound,
	ForecastFileSchema,
	jsLpSolver,
	planRound,
	plannerDefaults,
	readStocks,
	referenceStocks,
	ReworkFileSchema,
	type PolicyId,
	type RoundResult,
	type StockSnapshot
} from '../../planner/index.js';
import { workerHighsSolver } from '../../planner/solver/node/workerHighsSolver.js';
import { workerJsLpSolver } from '../../planner/solver/node/workerJsLpSolver.js';
import { clpChecker } from '../../planner/solver/node/clpChecker.js';
import { findBinary } from '../../harness/index.js';
import { PlanSchema } from '../../sim/index.js';
import { numberFlag } from '../numberFlag.js';
import { fileFlag } from '../flagSchemas.js';
import { referenceFlags, referenceOf, referenceUsage } from '../referenceFlags.js';
import { parseFlags } from '../parseFlags.js';
import { requireStoreFile } from '../requireStoreFile.js';
import type { Command } from '../types.js';

const Policy = v.picklist(
	plannerDefaults.policies,
	`should be one of ${plannerDefaults.policies.join(', ')}`
);

const Flags = v.strictObject({
	...referenceFlags,
	out: fileFlag,
	telemetry: v.optional(fileFlag),
	forecasts: v.optional(fileFlag),
	rework: v.optional(fileFlag),
	'current-plan': v.optional(fileFlag),
	policies: v.optional(
		v.pipe(
			v.string(),
			v.transform((s) => s.split(',').map((p) => p.trim())),
			v.array(Policy)
		)
	),
	start: v.optional(v.pipe(v.string(), v.isoDate('should be an ISO date like 2026-07-10'))),
	periods: v.optional(numberFlag({ min: 1, max: 52, integer: true }), '4'),
	'period-days': v.optional(numberFlag({ min: 1, max: 31, integer: true }), '7'),
	'cross-check-max': v.optional(numberFlag({ min: 0, integer: true }), '1000'),
	'ipm-check-max': v.optional(numberFlag({ min: 0, integer: true }), '20000'),
	'merge-distance': v.optional(numberFlag({ min: 0, max: 1 }), '0.005'),
	worker: v.optional(v.picklist(['on', 'off'], 'should be on or off'), 'on')
});

function report(round: RoundResult): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
	const lines = round.scenarios.map((s) => {
		const coverage = `min ${pct(s.metrics.minCoverage)}  mean ${pct(s.metrics.meanCoverage)}`;
		const shortfall = `shortfall ${Math.round(s.metrics.shortfallPersonDays)} person-days`;
		return `  ${s.id.padEnd(36)} ${coverage}  ${shortfall}  ${s.verification?.crossCheck ?? ''}`;
	});
	for (const n of round.notes) lines.push(`  note: ${n.en}`);
	for (const i of round.infeasible)
		lines.push(
			`  ${i.policy}: infeasible; ${
				i.relaxation.status === 'relaxed'
					? i.relaxation.relaxed
							.slice(0, 3)
							.map((r) => r.text.en)
							.join(' ')
					: i.relaxation.message
			}`
		);
	for (const f of round.failed) lines.push(`  ${f.policy}: FAILED ${f.message}`);
	return lines.join('\n');
}

/** `resourceos plan`: one planning round over a world; writes scenarios.json and each policy's model (MPS, LP). */
export const planCommand: Command = {
	name: 'plan',
	summary:
		'Propose 3-5 allocation scenarios (LP, checked by two solvers); write scenarios.json and the models as MPS/LP',
	usage: [
		'Usage: resourceos plan --out DIR [--world FILE] [--resources FILE] [--telemetry FILE.sqlite] [--forecasts FILE]',
		'                       [--rework FILE] [--current-plan FILE] [--policies a,b,...] [--start DATE] [--periods 4] [--period-days 7]',
		'',
		'  --out DIR            where scenarios.json and <policy>.mps / <policy>.lp go (created if missing)',
		...referenceUsage(23),
		'  --telemetry FILE     SQLite telemetry store: stocks are its latest readings; without it, the',
		"                       world's reference initial storage is used",
		'  --forecasts FILE     {"version":1,"adjustments":[{"region","resource","period"?,"demandFactor"?,"productionFactor"?}]}',
		'  --rework FILE        {"version":1,"reasons":[{"kind":"norm"|"floor"|"priority"|"avoid-arc", ...}]}',
		'  --current-plan FILE  the plan in force (Plan JSON), for deltas',
		'  --start DATE         first day of the plan (default: the day of the last telemetry reading)',
		`  --policies LIST      default ${plannerDefaults.policies.join(',')}`,
		'  --cross-check-max N  models up to N variables are re-solved by javascript-lp-solver (default 1000)',
		"  --ipm-check-max N    larger ones up to N variables by HiGHS' interior-point method (default 20000)",
		'  --merge-distance D   merge scenarios whose coverage differs less than D on average (default 0.005)',
		'  --worker on|off      run HiGHS and javascript-lp-solver in worker threads, the latter stopped at the time limit (default on)'
	].join('\n'),
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'plan');
		const reference = await referenceOf(flags);
		let snapshot: StockSnapshot;
		if (flags.telemetry) {
			const store = openSqliteStore({ path: requireStoreFile(flags.telemetry, '--telemetry', 'plan') });
			try {
				snapshot = await readStocks(store, reference.world);
			} finally {
				await store.close();
			}
			if (snapshot.missing.length)
				io.stderr.write(
					`plan: ${snapshot.missing.length} stocks have no reading and keep their reference value\n`
				);
		} else snapshot = await referenceStocks(reference.world);
		const forecasts = flags.forecasts
			? (await readJsonFile(ForecastFileSchema, flags.forecasts, '--forecasts')).adjustments
			: [];
		const reasons = flags.rework
			? (await readJsonFile(ReworkFileSchema, flags.rework, '--rework')).reasons
			: [];
		const currentPlan: Plan | null = flags['current-plan']
			? await readJsonFile(PlanSchema, flags['current-plan'], '--current-plan')
			: null;
		const input = buildPlanningInput(reference, snapshot, {
			periods: flags.periods,
			periodDays: flags['period-days'],
			start: flags.start ?? null,
			forecasts
		});
		const highs =
			flags.worker === 'on'
				? workerHighsSolver()
				: (await import('../../planner/solver/highsSolver.js')).highsSolver(loadHighs);
		// In workers both solvers keep the event loop free, and javascript-lp-solver is stopped at the
		// time limit it otherwise ignores.
		const jslp = flags.worker === 'on' ? workerJsLpSolver() : jsLpSolver();
		// Above the cross-check limit, native CLP (when installed) is the independent second opinion.
		const clp = findBinary('clp');
		let round: RoundResult;
		try {
			round = await planRound(
				input,
				{ highs, jslp, ...(clp ? { independent: clpChecker(clp) } : {}) },
				{
					policies: (flags.policies ?? plannerDefaults.policies) as PolicyId[],
					currentPlan,
					mergeDistance: flags['merge-distance'],
					check: {
						crossCheckMaxVariables: flags['cross-check-max'],
						ipmCrossCheckMaxVariables: flags['ipm-check-max']
					},
					settings: { rework: reasons }
				},
				{ changes: describeRework(reasons, input) }
			);
		} finally {
			await Promise.all([highs.close(), jslp.close()]);
		}
		await mkdir(flags.out, { recursive: true });
		for (const [name, content] of exportRound(round)) await writeFile(join(flags.out, name), content);
		io.stdout.write(
			`${round.scenarios.length} scenario(s) written to ${join(flags.out, 'scenarios.json')}\n${report(round)}\n`
		);
		return round.scenarios.length > 0 ? 0 : 1;
	}
};
