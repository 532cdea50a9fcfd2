import { subcommandOf } from '../subcommandOf.js';
import type { Command } from '../types.js';
import { auditSubcommand } from './verify/auditSubcommand.js';
import { electionSubcommand } from './verify/electionSubcommand.js';
import { panelSubcommand } from './verify/panelSubcommand.js';

/** The checks anyone can run on published records; add a subcommand by adding it here. */
const subcommands: readonly Command[] = [auditSubcommand, panelSubcommand, electionSubcommand];
const names = subcommands.map((s) => s.name);

/** `resourceos verify <what>`: independent checks of the public record. */
export const verifyCommand: Command = {
	name: 'verify',
	group: subcommands,
	summary: 'Check public records yourself: ' + subcommands.map((s) => s.name).join(', '),
	usage: [
		'Usage: resourceos verify <check> [flags]\n\nChecks:',
		...subcommands.map((s) => `  ${s.name.padEnd(8)} ${s.summary}`),
		'\nresourceos verify <check> --help shows its flags.'
	].join('\n'),
	subcommands: names,
	async run(args, io) {
		const { name, rest } = subcommandOf(args, names, 'verify');
		const sub = subcommands.find((s) => s.name === name)!;
		if (rest.includes('--help') || rest.includes('-h')) {
			io.stdout.write(`${sub.summary}\n\n${sub.usage}\n`);
			return 0;
		}
		return sub.run(rest, io);
	}
};
