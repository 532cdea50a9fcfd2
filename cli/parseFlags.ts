import { parseArgs } from 'node:util';
import type * as v from 'valibot';
import { InputError, parseOrThrow } from '../data/schema/index.js';

/** A command's flags as written: every `--name value` or `--name=value` (a bare `--name` is `true`), and positionals. */
export interface RawFlags {
	readonly flags: Record<string, string | boolean>;
	readonly positionals: string[];
}

/** Splits argv into flags and positionals without judging them; the command's schema judges. */
export function readFlags(args: readonly string[]): RawFlags {
	const { tokens } = parseArgs({ args: [...args], strict: false, allowPositionals: true, tokens: true });
	const flags: Record<string, string | boolean> = {};
	const positionals: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.kind === 'positional') positionals.push(token.value);
		if (token.kind !== 'option') continue;
		if (token.value !== undefined) flags[token.name] = token.value;
		else {
			const next = tokens[i + 1];
			if (next?.kind === 'positional' && !token.inlineValue) {
				flags[token.name] = next.value;
				i++;
			} else flags[token.name] = true;
		}
	}
	return { flags, positionals };
}

/** The flag names an object schema accepts, as `--name`; empty when the schema is not an object. */
function flagNames(schema: v.GenericSchema): string[] {
	return 'entries' in schema ? Object.keys(schema.entries as object).map((k) => `--${k}`) : [];
}

/**
 * Validates a command's flags with its schema (an object schema, so that the valid flags can be
 * listed). A word that is not a flag, or a flag the schema does not name, is refused with the list
 * of valid flags; a command's subcommand is split off first (`subcommandOf`). Numbers arrive as
 * text: schemas convert with `v.pipe(v.string(), v.transform(Number), ...)` or use `numberFlag`.
 * Throws an InputError whose lines name `--flag` and the value.
 */
export function parseFlags<S extends v.GenericSchema>(
	schema: S,
	args: readonly string[],
	command: string
): { flags: v.InferOutput<S> } {
	const raw = readFlags(args);
	const source = `resourceos ${command}`;
	const known = flagNames(schema);
	const list = known.length > 0 ? `the flags are ${known.join(', ')}` : 'it takes no flags';
	const strays = [
		...raw.positionals.map((word) => ({ path: word, expected: `is not a flag; ${list}`, received: word })),
		...Object.entries(raw.flags)
			.filter(([name]) => !known.includes(`--${name}`))
			.map(([name, value]) => ({
				path: `--${name}`,
				expected: `is not a flag here; ${list}`,
				received: value
			}))
	];
	if (strays.length > 0) throw new InputError(source, strays);
	try {
		return { flags: parseOrThrow(schema, raw.flags, source) };
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		throw new InputError(
			error.source,
			error.issues.map((i) => ({ ...i, path: `--${i.path}` }))
		);
	}
}
