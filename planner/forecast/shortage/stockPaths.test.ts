import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { samplePaths, shareBelow, stockPaths } from './stockPaths.js';

const fingerprint = (columns: readonly Float64Array[]) => {
	const hash = createHash('sha256');
	for (const column of columns) hash.update(new Uint8Array(column.buffer));
	return hash.digest('hex').slice(0, 16);
};

/** Stock histories: a steady fall with a weekly dip, a fall that speeds up (a recent regime), too short to fit. */
const cases = {
	steady: Array.from(
		{ length: 56 },
		(_, i) => 5000 - 40 * i + 25 * Math.sin(i * 1.3) + (i % 7 === 5 ? -60 : 0)
	),
	newRegime: Array.from(
		{ length: 140 },
		(_, i) => 9000 - (i < 100 ? 5 * i : 500 + 60 * (i - 100)) + 30 * Math.cos(i * 0.7)
	),
	short: [100, 99, 97, 96, 94, 93, 91, 90, 88, 86]
};

describe('stockPaths', () => {
	// Fingerprints of the paths as drawn before the loop's speed work (commit f84b694): the rewrite that stopped
	// sorting every lead in the shortage forecast must draw exactly the same paths, value for value.
	it.each([
		['steady', '464018195231fb96', 'a6bf8e9b3c79c664'],
		['newRegime', '90a24d98c48b9a7c', '9af37e7c9b8fe013'],
		['short', '9932b40a806949df', 'dc048ecff6ad02cc']
	] as const)('draws the same paths as before for %s', (name, plain, centred) => {
		const history = cases[name];
		expect(fingerprint(stockPaths(history, 90, { paths: 500 }))).toBe(plain);
		const centre = Array.from({ length: 30 }, (_, i) => history.at(-1)! - 10 * i);
		expect(fingerprint(stockPaths(history, 30, { centre }))).toBe(centred);
	});

	it('gives, unsorted, the shares the sorted paths give', () => {
		const unsorted = samplePaths(cases.steady, 40);
		const sorted = stockPaths(cases.steady, 40);
		for (const j of [0, 19, 39]) {
			const median = sorted[j]![500]!;
			expect(unsorted[j]).not.toEqual(sorted[j]);
			expect(shareBelow(unsorted[j]!, median)).toBe(0.5);
			expect(shareBelow(unsorted[j]!, median, true)).toBe(0.501);
			expect(shareBelow(unsorted[j]!, sorted[j]![0]!)).toBe(0);
		}
	});
});
