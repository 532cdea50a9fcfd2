import { runInProcess } from '../../runInProcess.js';

/**
 * For tests: each panelist of `panel` casts `choices[i]` in `election` with their invitation code,
 * through the CLI's kiosk command against the server's `dataDir`.
 */
export async function runCasts(o: {
	readonly election: string;
	readonly panel: readonly string[];
	readonly codes: ReadonlyMap<string, string>;
	readonly choices: readonly string[];
	readonly dataDir: string;
}): Promise<void> {
	for (const [i, panelist] of o.panel.entries()) {
		const ballot = ['--election', o.election, '--code', o.codes.get(panelist)!, '--choice', o.choices[i]!];
		const r = await runInProcess(['election', 'cast', ...ballot, '--dataDir', o.dataDir]);
		if (r.code !== 0) throw new Error(`election cast (${panelist}): ${r.err}`);
	}
}
