/** What a command may touch of the outside world; passed in, so commands are testable. */
export interface CliIO {
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly stdout: NodeJS.WritableStream;
	readonly stderr: NodeJS.WritableStream;
}

/** One `resourceos` subcommand. `run` returns the process exit code: 0 ok, 1 failure, 2 bad input. */
export interface Command {
	readonly name: string;
	/** One line for `resourceos help`. */
	readonly summary: string;
	/** Usage text: the flags, with their defaults. */
	readonly usage: string;
	/** Its subcommands (steps, modes, checks), if it has any; any other word is refused (`subcommandOf`). */
	readonly subcommands?: readonly string[];
	run(args: readonly string[], io: CliIO): Promise<number>;
	/** A command group (`verify audit`, `verify panel`): `--help` after a subcommand's name is the subcommand's to answer. */
	readonly group?: readonly Command[];
}
