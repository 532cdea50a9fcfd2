import { InputError } from '../data/schema/index.js';

/** A command line split into its subcommand (step, mode, check) and the rest. */
export interface Subcommand<N extends string | undefined> {
	readonly name: N;
	readonly rest: readonly string[];
}

/**
 * Splits `args` into a command's subcommand and the rest. A missing or unknown word is refused
 * with the list of valid ones, never guessed or ignored. With `optional`, args that are empty or
 * start with a flag name no subcommand (`name` is undefined): the command's default action.
 */
export function subcommandOf<const N extends string>(
	args: readonly string[],
	names: readonly N[],
	command: string
): Subcommand<N>;
export function subcommandOf<const N extends string>(
	args: readonly string[],
	names: readonly N[],
	command: string,
	options: { readonly optional: true }
): Subcommand<N | undefined>;
export function subcommandOf<const N extends string>(
	args: readonly string[],
	names: readonly N[],
	command: string,
	options: { readonly optional?: boolean } = {}
): Subcommand<N | undefined> {
	const [first, ...rest] = args;
	if (options.optional && (first === undefined || first.startsWith('-')))
		return { name: undefined, rest: args };
	if (first !== undefined && (names as readonly string[]).includes(first)) return { name: first as N, rest };
	throw new InputError(`resourceos ${command}`, [
		{
			path: 'subcommand',
			expected: `should be one of ${names.join(', ')}${options.optional ? ' (or none, then flags)' : ''}`,
			received: first
		}
	]);
}
