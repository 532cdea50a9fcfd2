import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from './commands/index.js';
import { runInProcess } from './runInProcess.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['cli', 'data', 'planner', 'scenarios', 'sensors', 'sim', 'web', 'harness', 'bench'];

/** Every source file a person reads messages or examples from (tests excluded: they may name wrong words on purpose). */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
		return /\.(ts|svelte|md)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

describe('every command refuses words it does not know, listing the valid ones', () => {
	it.each(commands.filter((c) => c.subcommands).map((c) => [c.name, c.subcommands!] as const))(
		'resourceos %s refuses an unknown subcommand',
		async (name, subcommands) => {
			const { code, err } = await runInProcess([name, 'hash']);
			expect(code).toBe(2);
			expect(err).toContain(`resourceos ${name}:`);
			expect(err).toContain('"hash"');
			expect(err).toContain(subcommands.join(', '));
		}
	);

	it.each(commands.filter((c) => c.name !== 'bench').map((c) => [c.name, c.subcommands?.[0]] as const))(
		'resourceos %s %s refuses an unknown flag and a stray word',
		async (name, subcommand) => {
			const head = subcommand === undefined ? [name] : [name, subcommand];
			const flag = await runInProcess([...head, '--no-such-flag', 'x']);
			expect(flag.code).toBe(2);
			expect(flag.err).toMatch(/--no-such-flag: is not a (flag|setting)/);
			const word = await runInProcess([...head, 'stray']);
			expect(word.code).toBe(2);
			expect(word.err).toMatch(/stray: is not (a flag|expected)/);
		}
	);

	it('lists the flags a command takes when one is unknown', async () => {
		const { err } = await runInProcess(['simulate', '--dayz', '30']);
		expect(err).toMatch(/--dayz: is not a flag here; the flags are .*--days, --seed, .*--no-redistribute/);
	});

	it('refuses a flag of another step of the same command', async () => {
		const { code, err } = await runInProcess(['round', 'tick', '--roster', 'experts.json']);
		expect(code).toBe(2);
		expect(err).toMatch(/--roster: is not a flag here; the flags are --dataDir, --publicUrl/);
	});

	it('names its source once, never `resourceos x: resourceos x:`', async () => {
		const { err } = await runInProcess(['simulate', '--days', 'abc']);
		expect(err).toMatch(/^resourceos simulate:\n {2}--days: should be a number, got "abc"/);
		expect(err).not.toMatch(/resourceos simulate: resourceos/);
	});
});

describe('no message or example names a command that does not exist', () => {
	// `resourceos X Y` or `node cli/bin.js X Y` where it starts a line, a code span or a string.
	const MENTION =
		/(?:^[ \t]*|[`'"(]|\$ )(?:resourceos|node cli\/bin\.js) ([a-z][\w-]*)(?:[ \t]+([a-z][\w-]*))?/gm;
	const byName = new Map(commands.map((c) => [c.name, c]));
	const files = [join(ROOT, 'README.md'), ...SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))];

	it('in the README and every source file', () => {
		const wrong: string[] = [];
		for (const file of files)
			for (const m of readFileSync(file, 'utf8').matchAll(MENTION)) {
				const [mention, name, word] = m;
				const command = byName.get(name!);
				const known = command
					? !command.subcommands || word === undefined || command.subcommands.includes(word)
					: name === 'help';
				if (!known) wrong.push(`${file.slice(ROOT.length)}: ${mention.trim()}`);
			}
		expect(wrong).toEqual([]);
	});
});
