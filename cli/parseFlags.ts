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

/**
 * Validates a command's flags with its schema (use `v.strictObject` so that a typo is named).
 * Numbers arrive as text: schemas convert with `v.pipe(v.string(), v.transform(Number), ...)`
 * or use `numberFlag`. Throws an InputError whose lines name `--flag` and the value.
 */
export function parseFlags<S extends v.GenericSchema>(
	schema: S,
	args: readonly string[],
	command: string
): { flags: v.InferOutput<S>; positionals: string[] } {
	const raw = readFlags(args);
	try {
		return { flags: parseOrThrow(schema, raw.flags, `resourceos ${command}`), positionals: raw.positionals };
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		throw new InputError(
			error.source,
			error.issues.map((i) => ({ ...i, path: `--${i.path}` }))
		);
	}
}
