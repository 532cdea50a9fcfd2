import type { BenchArgs } from '../../bench/index.js';
import type { InputIssue } from '../../data/schema/index.js';

/**
 * What is wrong with a benchmark's words, checked before it runs (a typo must not start a
 * ten-minute run with the default): unknown flags, a flag missing its value, too many plain values.
 */
export function benchArgsIssues(spec: BenchArgs, args: readonly string[]): InputIssue[] {
	const known = Object.keys(spec.flags).map((f) => `--${f}`);
	const list = known.length > 0 ? `its flags are ${known.join(', ')}` : 'it takes no flags';
	const issues: InputIssue[] = [];
	let plain = 0;
	for (let i = 0; i < args.length; i++) {
		const word = args[i]!;
		if (!word.startsWith('--')) {
			plain += 1;
			if (plain > spec.positionals)
				issues.push({
					path: word,
					expected: `is one value too many: it takes ${spec.positionals} plain value(s); ${list}`,
					received: word
				});
			continue;
		}
		const [name, inline] = word.slice(2).split('=', 2) as [string, string | undefined];
		const kind = spec.flags[name];
		if (kind === undefined)
			issues.push({ path: `--${name}`, expected: `is not a flag here; ${list}`, received: word });
		else if (kind === 'value' && inline === undefined) {
			const next = args[i + 1];
			if (next === undefined || next.startsWith('--'))
				issues.push({ path: `--${name}`, expected: 'needs a value', received: next });
			else i++;
		}
	}
	return issues;
}
