import { join } from 'node:path';
import * as v from 'valibot';
import { InputError } from '../../data/schema/index.js';
import { drawPanel, revealPanel } from '../../scenarios/sortition/index.js';
import type { CommittedDraw, DrawResult, Pool, Quotas } from '../../scenarios/sortition/index.js';
import { createWorkerSolver } from '../../scenarios/sortition/node/workerSolver.js';
import { numberFlag } from '../numberFlag.js';
import { parseFlags } from '../parseFlags.js';
import { subcommandOf } from '../subcommandOf.js';
import type { CliIO, Command } from '../types.js';
import { drawFiles, readDraw, readPool, readQuotas, writeDraw, writeReveal } from './panel/panelFiles.js';
import { namingFlag, switchFlag } from '../flagSchemas.js';

const Flags = v.strictObject({
	pool: v.optional(namingFlag('a CSV file')),
	quotas: v.optional(namingFlag('a JSON file')),
	out: v.optional(namingFlag('a folder')),
	draw: v.optional(namingFlag('a draw folder')),
	seed: v.optional(
		v.pipe(v.string('should be the public seed'), v.minLength(4, 'should be at least 4 characters'))
	),
	dropouts: v.optional(namingFlag('ids separated by commas')),
	panels: v.optional(numberFlag({ min: 1, max: 100_000, integer: true })),
	ignore: v.optional(v.string('should list columns separated by commas')),
	idColumn: v.optional(namingFlag('a column')),
	householdColumn: v.optional(namingFlag('a column')),
	skipBadRows: switchFlag,
	json: switchFlag
});
type Flags = v.InferOutput<typeof Flags>;
const STEPS = ['draw', 'reveal', 'replace'] as const;

const USAGE = `Usage: resourceos panel <step> [flags]

Steps, in the order a draw goes:
  draw     --pool FILE.csv --quotas FILE.json --out DIR [--panels 1000] [--ignore name,email]
           [--idColumn id] [--householdColumn household] [--skipBadRows]
           optimise the lottery and write DIR/commitment.json, lottery.json, pool.csv, quotas.json,
           probabilities.csv, certificate.json: publish all of them BEFORE a seed exists
  reveal   --draw DIR --seed TEXT      pick the panel with a seed made public after the commitment; writes DIR/reveal.json
  replace  --draw DIR --dropouts a,b --out DIR2 [--panels 1000]
           draw replacements for panelists who dropped out, keeping the others and the quotas (commit, then reveal DIR2)

Pool CSV: a header with id, household (optional; blank = a household of one) and one column per category.
Quotas JSON: {"panelSize": 100, "categories": {"region": {"north": {"min": 10, "max": 14}, ...}, ...}}.
Anyone can check a draw with: resourceos verify panel --draw DIR`;

function need<K extends keyof Flags>(flags: Flags, key: K, step: string): NonNullable<Flags[K]> {
	const value = flags[key];
	if (value === undefined)
		throw new InputError(`resourceos panel ${step}`, [
			{ path: `--${String(key)}`, expected: 'is required for this step', received: value }
		]);
	return value as NonNullable<Flags[K]>;
}

function report(io: CliIO, dir: string, draw: DrawResult, json: boolean | undefined): number {
	if (json)
		io.stdout.write(
			`${JSON.stringify(draw.status === 'committed' ? { status: draw.status, commitment: draw.commitment, certificate: draw.certificate, dir } : draw)}\n`
		);
	switch (draw.status) {
		case 'invalid':
			if (!json)
				io.stderr.write(
					`the pool and the quotas do not fit together:\n${draw.issues.map((i) => `  ${i}`).join('\n')}\n`
				);
			return 2;
		case 'infeasible':
			if (!json) {
				io.stderr.write(
					`no panel meets the quotas:\n${draw.report.reasons.map((r) => `  ${r}`).join('\n')}\n`
				);
				const relaxed = draw.report.relaxations.map(
					(r) => `  ${r.category}=${r.value}: ${r.from.min}..${r.from.max} → ${r.to.min}..${r.to.max}\n`
				);
				if (relaxed.length)
					io.stderr.write(
						`smallest relaxation (${draw.report.totalRelaxation} seats in total):\n${relaxed.join('')}`
					);
			}
			return 1;
		case 'committed': {
			if (json) return 0;
			const c = draw.certificate;
			io.stdout.write(
				[
					`committed ${draw.commitment.hash}`,
					`  ${draw.lottery.length} panels of ${draw.commitment.panelSize}; files in ${dir} (publish them all before the seed)`,
					`  minimum selection probability ${c.minProbability.toFixed(4)}` +
						` (equal share n/N ${c.equalShare.toFixed(4)}, ratio ${(c.minProbability / c.equalShare).toFixed(3)})`,
					`  certificate: optimum ≤ ${c.upperBound.toFixed(6)}, distribution reaches ${c.distributionMin.toFixed(6)}, gap ${c.gap.toExponential(2)}`,
					`  loss from rounding to ${draw.lottery.length} panels: ${c.roundingLoss.toFixed(6)}`,
					`  every chance within ${c.leximinDeviation.toFixed(4)} of the LEXIMIN optimum (most-served ${c.maxProbability.toFixed(4)})`,
					...(c.unselectable.length
						? [
								`  ${c.unselectable.length} volunteers fit in no quota-feasible panel: ${c.unselectable.slice(0, 10).join(', ')}`
							]
						: []),
					`next: resourceos panel reveal --draw ${dir} --seed <public seed>`
				].join('\n') + '\n'
			);
			return 0;
		}
	}
}

async function runDraw(
	io: CliIO,
	pool: Pool,
	quotas: Quotas,
	flags: Flags,
	dir: string,
	replacement?: { kept: string[]; dropouts: string[] }
): Promise<number> {
	const solver = createWorkerSolver({ log: (line) => io.stderr.write(`  ${line}\n`) });
	try {
		const draw = await drawPanel(
			pool,
			quotas,
			solver,
			flags.panels ? { panels: flags.panels } : {},
			replacement
		);
		if (draw.status === 'committed') writeDraw(dir, draw as CommittedDraw, pool, quotas);
		return report(io, dir, draw, flags.json);
	} finally {
		await solver.close();
	}
}

/** `resourceos panel`: draw a citizen panel by a public, verifiable maximin lottery. */
export const panelCommand: Command = {
	name: 'panel',
	summary: 'Draw a citizen panel by a fair, verifiable lottery: draw, reveal, replace',
	usage: USAGE,
	subcommands: STEPS,
	async run(args, io) {
		const { name: step, rest } = subcommandOf(args, STEPS, 'panel');
		const { flags } = parseFlags(Flags, rest, `panel ${step}`);
		const warn = (line: string) => io.stderr.write(`${line}\n`);
		const csv = {
			...(flags.ignore ? { ignore: flags.ignore.split(',').map((s) => s.trim()) } : {}),
			...(flags.idColumn ? { idColumn: flags.idColumn } : {}),
			...(flags.householdColumn ? { householdColumn: flags.householdColumn } : {})
		};
		switch (step) {
			case 'draw': {
				const pool = readPool(need(flags, 'pool', step), csv, flags.skipBadRows === true, warn);
				return runDraw(io, pool, readQuotas(need(flags, 'quotas', step)), flags, need(flags, 'out', step));
			}
			case 'reveal': {
				const dir = need(flags, 'draw', step);
				const published = readDraw(dir);
				const reveal = revealPanel(published.commitment, published.lottery, need(flags, 'seed', step));
				writeReveal(dir, reveal);
				if (flags.json) io.stdout.write(`${JSON.stringify(reveal)}\n`);
				else
					io.stdout.write(
						`seed ${JSON.stringify(reveal.seed)} picks panel ${reveal.index} of ${published.lottery.length}:\n${reveal.panel.join('\n')}\n`
					);
				return 0;
			}
			case 'replace': {
				const dir = need(flags, 'draw', step);
				const published = readDraw(dir);
				if (!published.reveal)
					throw new InputError(`resourceos panel replace`, [
						{ path: '--draw', expected: `a revealed draw (no ${drawFiles.reveal})`, received: dir }
					]);
				const dropouts = need(flags, 'dropouts', step)
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean);
				const unknown = dropouts.filter((id) => !published.reveal!.panel.includes(id));
				if (unknown.length)
					throw new InputError(`resourceos panel replace`, [
						{ path: '--dropouts', expected: 'panelists of the revealed panel', received: unknown.join(',') }
					]);
				const pool = readPool(join(dir, drawFiles.pool), {}, false, warn);
				const kept = published.reveal.panel.filter((id) => !dropouts.includes(id));
				return runDraw(io, pool, readQuotas(join(dir, drawFiles.quotas)), flags, need(flags, 'out', step), {
					kept,
					dropouts
				});
			}
		}
	}
};
