import type { Command } from '../types.js';
import { accountCommand } from './accountCommand.js';
import { analyseCommand } from './analyseCommand.js';
import { benchCommand } from './benchCommand.js';
import { configCommand } from './configCommand.js';
import { electionCommand } from './electionCommand.js';
import { gatewaysCommand } from './gatewaysCommand.js';
import { panelCommand } from './panelCommand.js';
import { planCommand } from './planCommand.js';
import { simulateCommand } from './simulateCommand.js';
import { startCommand } from './startCommand.js';
import { stressCommand } from './stressCommand.js';
import { telemetryCommand } from './telemetryCommand.js';
import { roundCommand } from './roundCommand.js';
import { verifyCommand } from './verifyCommand.js';

/** Every `resourceos` subcommand, in the order `help` lists them. */
export const commands: readonly Command[] = [
	startCommand,
	configCommand,
	benchCommand,
	gatewaysCommand,
	telemetryCommand,
	roundCommand,
	accountCommand,
	panelCommand,
	verifyCommand,
	electionCommand,
	simulateCommand,
	planCommand,
	analyseCommand,
	stressCommand
];
