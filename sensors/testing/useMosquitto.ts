import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startMosquitto, type MosquittoOptions, type RunningServer } from '../../harness/index.js';

/**
 * For a test suite: a real Mosquitto started before its tests (with `options`) and a temporary
 * folder named `ros-{name}-…` for its stores, both removed after them. Call inside `describe`;
 * read `url` inside a test.
 */
export function useMosquitto(
	name: string,
	options: MosquittoOptions
): { readonly dir: string; readonly url: string } {
	const dir = mkdtempSync(join(tmpdir(), `ros-${name}-`));
	let mosquitto: RunningServer | undefined;
	beforeAll(async () => {
		mosquitto = await startMosquitto(options);
	});
	afterAll(async () => {
		await mosquitto?.dispose();
		rmSync(dir, { recursive: true, force: true });
	});
	return {
		dir,
		// A getter: the broker's port is known only once beforeAll has run.
		get url() {
			if (!mosquitto) throw new Error('Mosquitto is not started yet: read url inside a test');
			return mosquitto.url;
		}
	};
}
