import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as v from 'valibot';
import { parseOrThrow } from '../../data/schema/index.js';
import type { LoopCheckpoint } from '../../scenarios/loop/index.js';

const Checkpoint = v.strictObject({
	version: v.literal(1),
	startDate: v.pipe(v.string(), v.isoDate('should be a date YYYY-MM-DD')),
	day: v.pipe(v.number(), v.integer('should be a whole day'), v.minValue(0, 'should be ≥ 0')),
	invitations: v.array(
		v.strictObject({
			panelist: v.pipe(v.string(), v.nonEmpty()),
			stage: v.pipe(v.number(), v.integer(), v.minValue(0)),
			code: v.pipe(v.string(), v.nonEmpty())
		})
	)
});

/** The loop's checkpoint file, or undefined when there is none yet (a first start). Refuses a malformed file, naming the field. */
export async function readCheckpoint(path: string): Promise<LoopCheckpoint | undefined> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	return parseOrThrow(Checkpoint, JSON.parse(text), path);
}

/** Writes the checkpoint atomically (a new file renamed over the old), so a crash leaves the old or the new one. */
export async function writeCheckpoint(path: string, checkpoint: LoopCheckpoint): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const next = `${path}.next`;
	await writeFile(next, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
	await rename(next, path);
}
