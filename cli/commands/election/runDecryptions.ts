import { runInProcess } from '../../runInProcess.js';

/**
 * For tests: trustees `trustees` (numbered from 1) each decrypt the closed election `record` with
 * their key file `keys[j - 1]`, on their own machine, into `partialFile(j)`. Returns the partial
 * files comma-separated, as `election tally --partials` takes them.
 */
export async function runDecryptions(o: {
	readonly keys: readonly string[];
	readonly trustees: readonly number[];
	readonly record: string;
	readonly partialFile: (trustee: number) => string;
}): Promise<string> {
	for (const j of o.trustees) {
		const argv = [
			'election',
			'decrypt',
			'--key',
			o.keys[j - 1]!,
			'--record',
			o.record,
			'--out',
			o.partialFile(j)
		];
		const r = await runInProcess(argv);
		if (r.code !== 0) throw new Error(`election decrypt (trustee ${j}): ${r.err}`);
	}
	return o.trustees.map(o.partialFile).join(',');
}
