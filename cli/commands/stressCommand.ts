import loadHighs from 'highs';
import { writeFile } from 'node:fs/promises';
import * as v from 'valibot';
import { InputError } from '../../data/schema/index.js';
import { readJsonFile } from '../../data/schema/node/readJsonFile.js';
import { highsSolver } from '../../planner/solver/highsSolver.js';
import { jsLpSolver } from '../../planner/solver/jsLpSolver.js';
import {
	runStress,
	StressCaseSchema,
	stressCases,
	type RunEvidence,
	type StressCase,
	type StressReport
} from '../../scenarios/stress/index.js';
import { stressStores } from '../../scenarios/stress/node/stressStores.js';
import { describeCriterion, formatFigure, renderHtml } from '../../scenarios/stress/report/renderHtml.js';
import { fileFlag, seedFlag, switchFlag } from '../flagSchemas.js';
import { numberFlag } from '../numberFlag.js';
import { referenceFlags, referenceOf, referenceUsage } from '../referenceFlags.js';
import { parseFlags } from '../parseFlags.js';
import type { Command } from '../types.js';

const Flags = v.strictObject({
	...referenceFlags,
	runs: v.optional(numberFlag({ min: 1, max: 1000, integer: true }), '5'),
	seed: seedFlag,
	'no-redistribute': switchFlag,
	out: v.optional(fileFlag),
	html: v.optional(fileFlag)
});

/** The first word names a case of the library or a case file (`.json`); none runs the whole library. */
async function casesOf(word: string | undefined): Promise<StressCase[]> {
	if (word === undefined) return Object.values(stressCases);
	const named = stressCases[word];
	if (named) return [named];
	if (word.endsWith('.json')) return [await readJsonFile(StressCaseSchema, word, 'resourceos stress FILE')];
	throw new InputError('resourceos stress', [
		{
			path: word,
			expected: `is not expected: name a case (${Object.keys(stressCases).join(', ')}) or a case file ending in .json`,
			received: word
		}
	]);
}

/** A progress bar on stderr, redrawn at most once per percent. */
function progressBar(stderr: NodeJS.WritableStream, totalDays: number) {
	let done = 0;
	let shown = -1;
	return {
		tick(label: string) {
			done++;
			const pct = Math.floor((done / totalDays) * 100);
			if (pct === shown) return;
			shown = pct;
			const filled = Math.round(pct / 4);
			stderr.write(
				`\r[${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${String(pct).padStart(3)}% ${label}   `
			);
		},
		end: () => stderr.write('\n')
	};
}

/** `resourceos stress`: runs stress tests through the closed loop over several seeds and judges their criteria. */
export const stressCommand: Command = {
	name: 'stress',
	summary: 'Run stress tests through the closed loop (library or a case file); exit 1 when a criterion fails',
	usage: [
		'Usage: resourceos stress [NAME | FILE.json] [--runs 5] [--seed 1] [--no-redistribute] [--out report.json] [--html report.html]',
		'                        [--world FILE] [--resources FILE] [--food nutrients|catalogue] [--nutrition FILE]',
		'',
		`  NAME            one of: ${Object.keys(stressCases).join(', ')} (default: all)`,
		'  FILE.json       a case file of your own (same format as scenarios/stress/cases/*.json)',
		'  --runs N        runs per case, seeds S, S+1, ... (default 5); each runs the loop with the auto-council',
		'  --seed S        the first seed (default 1; a word gives S-0, S-1, ...)',
		'  --no-redistribute  neighbours do not ship automatically',
		...referenceUsage(18),
		'  --out FILE      the full report (every run and criterion) as JSON',
		'  --html FILE     the report with plots of each case’s first run (coverage, stocks, threat levels, decisions)'
	].join('\n'),
	async run(args, io) {
		const word = args[0] !== undefined && !args[0].startsWith('--') ? args[0] : undefined;
		const { flags } = parseFlags(Flags, word === undefined ? args : args.slice(1), 'stress');
		const cases = await casesOf(word);
		const reference = await referenceOf(flags);
		const base = /^\d+$/.test(flags.seed) ? Number(flags.seed) : null;
		const seeds = Array.from({ length: flags.runs }, (_, i) =>
			base === null ? `${flags.seed}-${i}` : base + i
		);
		const bar = progressBar(
			io.stderr,
			cases.reduce((n, c) => n + c.days * seeds.length, 0)
		);
		const highs = highsSolver(loadHighs);
		const done: { report: StressReport; evidence: readonly RunEvidence[] }[] = [];
		try {
			for (const c of cases) {
				const result = await runStress(c, seeds, {
					reference,
					solvers: { highs, jslp: jsLpSolver() },
					open: stressStores,
					options: { redistribution: { enabled: flags['no-redistribute'] !== true } },
					onProgress: (p) => bar.tick(`${c.id} run ${p.run + 1}/${seeds.length} day ${p.day}/${c.days}`)
				});
				if (result.status === 'invalid') throw new InputError(`case ${c.id}`, result.issues);
				done.push(result);
			}
		} finally {
			bar.end();
			await highs.close();
		}
		for (const { report } of done) {
			io.stdout.write(`${report.pass ? 'PASS' : 'FAIL'}  ${report.case}: ${report.title.en}\n`);
			for (const k of report.criteria) {
				const f = (x: number) => formatFigure(k.criterion, x);
				const at = k.worst.day === null ? '' : ` day ${k.worst.day}`;
				const spread = `p5 ${f(k.p5)}, p50 ${f(k.p50)}, p95 ${f(k.p95)}`;
				const worst = `worst ${f(k.worst.value)} (${k.worst.where}${at}, seed ${k.worst.seed})`;
				io.stdout.write(
					`      ${k.pass ? 'ok  ' : 'FAIL'} ${describeCriterion(k.criterion)}: ${spread}; ${worst}\n`
				);
			}
		}
		if (flags.out)
			await writeFile(
				flags.out,
				`${JSON.stringify(
					done.map((d) => d.report),
					null,
					1
				)}\n`
			);
		if (flags.html) await writeFile(flags.html, renderHtml(done));
		return done.every((d) => d.report.pass) ? 0 : 1;
	}
};
