import { benchmarks } from '../../bench/index.js';
import { InputError } from '../../data/schema/index.js';
import { subcommandOf } from '../subcommandOf.js';
import { benchArgsIssues } from './benchArgsIssues.js';
import type { Command } from '../types.js';

const list = () =>
	Object.entries(benchmarks)
		.map(([name, b]) => `  ${name.padEnd(12)} ${b.summary}`)
		.join('\n') || '  (none yet)';

/** `resourceos bench NAME`: runs one benchmark; its last output line is one JSON object of figures. */
export const benchCommand: Command = {
	name: 'bench',
	summary: 'Run a benchmark; the last line printed is a JSON object of its figures',
	get usage() {
		return `Usage: npm run bench -- NAME [flags]\n\nBenchmarks:\n${list()}`;
	},
	subcommands: Object.keys(benchmarks),
	async run(args, io) {
		const { name, rest } = subcommandOf(args, Object.keys(benchmarks), 'bench');
		const issues = benchArgsIssues(benchmarks[name]!.args, rest);
		if (issues.length > 0) throw new InputError(`resourceos bench ${name}`, issues);
		const bench = await benchmarks[name]!.load();
		const figures = await bench.run((line) => io.stderr.write(`${line}\n`), rest);
		io.stdout.write(`${JSON.stringify({ benchmark: name, ...figures })}\n`);
		return 0;
	}
};
