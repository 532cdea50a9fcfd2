import { describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';
import { benchArgsIssues } from './benchArgsIssues.js';

describe('a benchmark refuses words it does not take, before it runs', () => {
	const spec = { flags: { seed: 'value', reference: 'switch' }, positionals: 1 } as const;

	it('accepts its flags, with values inline or after, and its plain values', () => {
		expect(benchArgsIssues(spec, ['--seed', 's3', '--reference', '500'])).toEqual([]);
		expect(benchArgsIssues(spec, ['--seed=s3'])).toEqual([]);
	});

	it('names an unknown flag, a flag without its value and a value too many', () => {
		const issues = benchArgsIssues(spec, ['--bogus', '--seed', '1', '2', '3']);
		expect(issues.map((i) => i.path)).toEqual(['--bogus', '3']);
		expect(issues[0]!.expected).toMatch(/its flags are --seed, --reference/);
		expect(benchArgsIssues(spec, ['--seed']).map((i) => i.expected)).toEqual(['needs a value']);
	});

	it('through the command: exit 2 with the list, and nothing run', async () => {
		const { code, err } = await runInProcess(['bench', 'gaming', '--bogus']);
		expect(code).toBe(2);
		expect(err).toMatch(/--bogus: is not a flag here; it takes no flags/);
	});
});
