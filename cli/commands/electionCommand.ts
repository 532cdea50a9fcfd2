import { subcommandOf } from '../subcommandOf.js';
import type { Command } from '../types.js';
import { castStep } from './election/castStep.js';
import { closeStep } from './election/closeStep.js';
import { credentialsStep } from './election/credentialsStep.js';
import { dealStep } from './election/dealStep.js';
import { exportStep } from './election/exportStep.js';
import { decryptStep } from './election/decryptStep.js';
import { keyStep } from './election/keyStep.js';
import { manifestStep } from './election/manifestStep.js';
import { tallyStep } from './election/tallyStep.js';

/** The encrypted election's ceremony, in the order it runs; each step is run by the person it names. */
const steps: readonly Command[] = [
	credentialsStep,
	dealStep,
	keyStep,
	manifestStep,
	castStep,
	closeStep,
	exportStep,
	decryptStep,
	tallyStep
];
const names = steps.map((s) => s.name);

/** `resourceos election <step>`: credential authority, trustees and operator, each on their own machine. */
export const electionCommand: Command = {
	name: 'election',
	group: steps,
	summary:
		'The encrypted vote’s ceremony: credentials, trustees’ key, manifest, kiosk ballot, close, export, decryption, tally',
	usage: [
		'Usage: resourceos election <step> [flags]\n\nSteps:',
		...steps.map((s) => `  ${s.name.padEnd(12)} ${s.summary}`),
		'\nresourceos election <step> --help shows its flags.'
	].join('\n'),
	subcommands: names,
	async run(args, io) {
		const { name, rest } = subcommandOf(args, names, 'election');
		const step = steps.find((s) => s.name === name)!;
		if (rest.includes('--help') || rest.includes('-h')) {
			io.stdout.write(`${step.summary}\n\n${step.usage}\n`);
			return 0;
		}
		return step.run(rest, io);
	}
};
