import { readFile, writeFile } from 'node:fs/promises';
import * as v from 'valibot';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { InputError, parseOrThrow } from '../../data/schema/index.js';
import { runStress, StressCaseSchema, stressCases, type StressCase } from '../../scenarios/stress/index.js';
import { PlanSchema } from '../../sim/index.js';
import { numberFlag } from '../numberFlag.js';
import { parseFlags } from '../parseFlags.js';
import type { Command } from '../types.js';

const File = v.pipe(v.string('should name a file'), v.nonEmpty('should name a file'));
const Flags = v.strictObject({
	case: v.optional(v.pipe(v.string('should name a case'), v.nonEmpty())),
	file: v.optional(File),
	runs: v.optional(numberFlag({ min: 1, max: 1000, integer: true }), '5'),
	seed: v.optional(v.pipe(v.string('should have a value'), v.nonEmpty()), '1'),
	plan: v.optional(File),
	'no-redistribute': v.optional(v.literal(true, 'takes no value')),
	out: v.optional(File)
});

async function readJson(path: string, what: string): Promise<unknown> {
	try {
		return JSON.parse(await readFile(path, 'utf8'));
	} catch (error) {
		throw new InputError(`--${what}`, [
			{ path: '', expected: `should name a readable JSON file (${(error as Error).message})`, received: path }
		]);
	}
}

/** `resourceos stress`: runs one or all named stress tests over several seeds and judges their criteria. */
export const stressCommand: Command = {
	name: 'stress',
	summary: 'Run the stress-test library (or a case file) over several seeds; exit 1 when a criterion fails',
	usage: [
		'Usage: resourceos stress [--case NAME | --file CASE.json] [--runs 5] [--seed 1] [--plan FILE] [--no-redistribute] [--out report.json]',
		'',
		`  --case NAME     one of: ${Object.keys(stressCases).join(', ')} (default: all)`,
		'  --file FILE     a case file of your own (same format as scenarios/stress/cases/*.json)',
		'  --runs N        seeds per case: seed, seed+1, ... (default 5); each is paired with a run without the shocks',
		'  --plan FILE     the plan in force; --no-redistribute stops neighbours shipping automatically',
		'  --out FILE      write the full report (every seed and criterion) as JSON'
	].join('\n'),
	async run(args, io) {
		const { flags } = parseFlags(Flags, args, 'stress');
		let cases: StressCase[];
		if (flags.file) cases = [parseOrThrow(StressCaseSchema, await readJson(flags.file, 'file'), flags.file)];
		else if (flags.case) {
			const found = stressCases[flags.case];
			if (!found)
				throw new InputError('resourceos stress', [
					{
						path: '--case',
						expected: `should be one of ${Object.keys(stressCases).join(', ')}`,
						received: flags.case
					}
				]);
			cases = [found];
		} else cases = Object.values(stressCases);
		const reference = await loadReference(defaultReferencePaths);
		const plan = flags.plan ? parseOrThrow(PlanSchema, await readJson(flags.plan, 'plan'), flags.plan) : null;
		const base = /^\d+$/.test(flags.seed) ? Number(flags.seed) : null;
		const seeds = Array.from({ length: flags.runs }, (_, i) =>
			base === null ? `${flags.seed}-${i}` : base + i
		);
		const reports = [];
		for (const c of cases) {
			const result = runStress(c, {
				reference,
				seeds,
				plan,
				options: { redistribution: { enabled: flags['no-redistribute'] !== true } }
			});
			if (result.status === 'invalid') throw new InputError(`case ${c.id}`, result.issues);
			reports.push(result.report);
			io.stdout.write(`${result.report.pass ? 'PASS' : 'FAIL'}  ${c.id}: ${c.title.en}\n`);
			for (const k of result.report.criteria) {
				io.stdout.write(
					`      ${k.criterion.kind.padEnd(18)} passed ${(k.passRate * 100).toFixed(0).padStart(3)}% of ${seeds.length} seeds; worst ${k.worst.toFixed(4)} (${k.where})\n`
				);
			}
		}
		if (flags.out) await writeFile(flags.out, `${JSON.stringify(reports, null, 1)}\n`);
		return reports.every((r) => r.pass) ? 0 : 1;
	}
};
