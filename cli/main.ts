import { InputError } from '../data/schema/index.js';
import { commands } from './commands/index.js';
import type { CliIO } from './types.js';

function help(io: CliIO): void {
	const width = Math.max(...commands.map((c) => c.name.length));
	io.stdout.write(
		`resourceos: resource planning without prices\n\nUsage: resourceos <command> [flags]\n\nCommands:\n`
	);
	for (const c of commands) io.stdout.write(`  ${c.name.padEnd(width)}  ${c.summary}\n`);
	io.stdout.write(`\nresourceos <command> --help shows a command's flags.\n`);
}

/** Runs one subcommand; returns the exit code (0 ok, 1 failure, 2 bad input). */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
	const [name, ...args] = argv;
	if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
		help(io);
		return name === undefined ? 2 : 0;
	}
	const command = commands.find((c) => c.name === name);
	if (!command) {
		io.stderr.write(
			`resourceos: unknown command ${JSON.stringify(name)}; commands: ${commands.map((c) => c.name).join(', ')}\n`
		);
		return 2;
	}
	const group = command.group?.some((s) => s.name === args[0]);
	if (!group && (args.includes('--help') || args.includes('-h'))) {
		io.stdout.write(`${command.summary}\n\n${command.usage}\n`);
		return 0;
	}
	// Errors that already name their source (`resourceos round open-vote: ...`) are not prefixed twice.
	const prefixed = (text: string) => (text.startsWith('resourceos ') ? text : `resourceos ${name}: ${text}`);
	try {
		return await command.run(args, io);
	} catch (error) {
		if (error instanceof InputError) {
			io.stderr.write(`${prefixed(error.message)}\n`);
			return 2;
		}
		io.stderr.write(`${prefixed(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
		return 1;
	}
}
