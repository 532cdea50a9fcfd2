import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../../runInProcess.js';

/** What the set-up leaves: each panelist's code (private), the commitments flag, the public list, the key files. */
export interface ElectionFiles {
	readonly codes: ReadonlyMap<string, string>;
	/** Every trustee's commitment file, comma-separated, as `--commitments` takes them. */
	readonly commitments: string;
	readonly credentials: string;
	/** Trustee j's key share file is `keys[j - 1]`. */
	readonly keys: readonly string[];
}

/**
 * For tests: an encrypted election's set-up through the CLI, as its people run it, each writing into
 * its own folder under `dir`: the credential authority (`election credentials` for `panelFile`), then
 * `trustees` trustees who each deal and then combine their checked shares (`election deal`, `election key`).
 */
export async function runElectionSetUp(o: {
	readonly election: string;
	readonly panelFile: string;
	readonly dir: string;
	readonly publicUrl: string;
	readonly trustees: number;
	readonly threshold: number;
}): Promise<ElectionFiles> {
	const at = (name: string) => join(o.dir, name);
	const run = async (...argv: string[]) => {
		const r = await runInProcess(['election', ...argv]);
		if (r.code !== 0) throw new Error(`election ${argv[0]}: ${r.err}`);
	};
	const flags = (names: Record<string, string | number>) =>
		Object.entries(names).flatMap(([k, v]) => [`--${k}`, String(v)]);
	await run(
		'credentials',
		...flags({ election: o.election, panel: o.panelFile, out: at('ca') }),
		...flags({ publicUrl: o.publicUrl })
	);
	const rows = readFileSync(at('ca/invitations.csv'), 'utf8').trim().split('\n').slice(1);
	const codes = new Map(rows.map((row) => row.split(',').slice(0, 2) as [string, string]));
	const trustees = Array.from({ length: o.trustees }, (_, i) => i + 1);
	for (const i of trustees)
		await run(
			'deal',
			...flags({
				election: o.election,
				index: i,
				threshold: o.threshold,
				trustees: o.trustees,
				out: at(`t${i}`)
			})
		);
	const commitments = trustees.map((i) => at(`t${i}/commitment-${i}.json`)).join(',');
	for (const j of trustees) {
		const shares = trustees.map((i) => at(`t${i}/share-${i}-for-${j}.json`)).join(',');
		await run('key', ...flags({ index: j, commitments, shares, out: at(`key-${j}.json`) }));
	}
	return {
		codes,
		commitments,
		credentials: at('ca/credentials.json'),
		keys: trustees.map((j) => at(`key-${j}.json`))
	};
}
