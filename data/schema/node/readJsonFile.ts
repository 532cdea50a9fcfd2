import { readFile } from 'node:fs/promises';
import type * as v from 'valibot';
import { InputError, parseOrThrow } from '../parse.js';

/**
 * Reads a JSON file and validates it with `schema`. A file that cannot be read is named by `source`
 * (the flag or setting that named it, e.g. `--plan`), since that is what the person typed; text that
 * is not JSON, or JSON the schema refuses, is named by the file's path, with the key path and value.
 */
export async function readJsonFile<S extends v.GenericSchema>(
	schema: S,
	path: string,
	source: string = path
): Promise<v.InferOutput<S>> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		throw new InputError(source, [
			{ path: '', expected: `should name a readable file (${why})`, received: path }
		]);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const why = (error as Error).message;
		throw new InputError(path, [
			{ path: '', expected: `should be JSON (${why})`, received: text.slice(0, 40) }
		]);
	}
	return parseOrThrow(schema, json, path);
}
