import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { InputError } from '../parse.js';
import { readJsonFile } from './readJsonFile.js';

const Version = v.object({ version: v.literal(1, 'should be 1') });

async function fileWith(text: string): Promise<string> {
	const path = join(await mkdtemp(join(tmpdir(), 'ros-json-')), 'file.json');
	await writeFile(path, text);
	return path;
}

describe('readJsonFile', () => {
	it('returns the validated value', async () => {
		expect(await readJsonFile(Version, await fileWith('{"version":1}'), '--plan')).toEqual({ version: 1 });
	});

	it('names the flag and the path of a file it cannot read', async () => {
		const error = await readJsonFile(Version, '/nonexistent/plan.json', '--plan').catch((e) => e);
		expect(error).toBeInstanceOf(InputError);
		expect(error.message).toBe(
			'--plan:\n  (root): should name a readable file (ENOENT), got "/nonexistent/plan.json"'
		);
	});

	it('names the file and its start when it is not JSON', async () => {
		const path = await fileWith('version: 1');
		const error = await readJsonFile(Version, path, '--plan').catch((e) => e);
		expect(error).toBeInstanceOf(InputError);
		expect(error.source).toBe(path);
		expect(error.message).toMatch(/should be JSON \(.*\), got "version: 1"/);
	});

	it('names the file, the key path and the value the schema refuses', async () => {
		const path = await fileWith('{"version":2}');
		await expect(readJsonFile(Version, path)).rejects.toThrow(`${path}:\n  version: should be 1, got 2`);
	});
});
