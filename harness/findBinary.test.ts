import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBinary, haveBinary, requiredBinaries } from './findBinary.js';

describe('the list of required binaries', () => {
	it('is what .ci/run installs', () => {
		const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
		expect(ci).toContain('harness/debian-packages.tsv');
		expect([...requiredBinaries().entries()]).toContainEqual(['clp', 'coinor-clp']);
	});

	it('refuses a binary that is not on the list, so a test cannot ask for one CI never installs', () => {
		expect(() => haveBinary('gnuplot', {})).toThrow(/not in harness\/debian-packages.tsv/);
	});

	it('fails under CI=true when a listed binary is missing, naming its package', () => {
		const listed = [...requiredBinaries().keys()].find((binary) => !findBinary(binary));
		if (listed === undefined) return expect(haveBinary('clp', { CI: 'true' })).toBe(true);
		expect(() => haveBinary(listed, { CI: 'true' })).toThrow(/apt-get install/);
	});
});
