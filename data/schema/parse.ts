import * as v from 'valibot';
import type { InputIssue, Parsed } from './types.js';

const MAX_SHOWN = 80;

/** Validates `input` against `schema`, collecting every issue with its key path and value. */
export function parse<S extends v.GenericSchema>(schema: S, input: unknown): Parsed<v.InferOutput<S>> {
	const result = v.safeParse(schema, input);
	if (result.success) return { ok: true, value: result.output };
	return {
		ok: false,
		issues: result.issues.map((issue) => ({
			path: v.getDotPath(issue) ?? '',
			expected: issue.message,
			received: issue.input
		}))
	};
}

/** Shows a received value in an error message: JSON, cut short when long. */
export function showValue(value: unknown): string {
	let text: string;
	try {
		text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	} catch {
		text = String(value);
	}
	if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
	return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** One line per issue: `path: expected, got value`. */
export function describeIssues(issues: readonly InputIssue[], prefix = ''): string {
	return issues
		.map((i) => {
			const got = /received/i.test(i.expected) ? '' : `, got ${showValue(i.received)}`;
			return `${prefix}${i.path || '(root)'}: ${i.expected}${got}`;
		})
		.join('\n');
}

/** Thrown where a caller cannot go on without valid input (start-up, a CLI run). Retrying will not help. */
export class InputError extends Error {
	readonly retryable = false;
	constructor(
		readonly source: string,
		readonly issues: readonly InputIssue[]
	) {
		super(`${source}:\n${describeIssues(issues, '  ')}`);
		this.name = 'InputError';
	}
}

/** Like `parse`, but throws an `InputError` naming `source` (a file, a flag, a topic). */
export function parseOrThrow<S extends v.GenericSchema>(
	schema: S,
	input: unknown,
	source: string
): v.InferOutput<S> {
	const parsed = parse(schema, input);
	if (!parsed.ok) throw new InputError(source, parsed.issues);
	return parsed.value;
}
