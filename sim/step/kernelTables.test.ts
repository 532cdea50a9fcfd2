import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { foodReference } from '../../data/reference/foodReference.js';
import { defaults } from '../defaults.js';
import { compileWorld } from '../world/compileWorld.js';
import { createContext } from './context.js';

// Food counted by nutrient: food draws on wheat and quinoa, wheat on quinoa; the other resources stand alone.
const reference = await foodReference(await loadReference(defaultReferencePaths), 'nutrients');
const world = compileWorld(reference.world, reference.catalogue);
const ctx = createContext(world, defaults, null);
const t = ctx.tables;
const K = world.K;
const id = (k: number) => world.resources[k]!;
const ascending = (xs: ArrayLike<number>) => Array.from(xs).every((x, i, all) => i === 0 || all[i - 1]! < x);

// A run stays byte-identical to one in rk order only if every sum adds the same cells in the same
// order: these are the conditions the grouped loops rely on.
describe('kernel tables: the order the step visits cells and sites', () => {
	it('visits every active cell once: resources that stand alone one group each, in region order', () => {
		expect(Array.from(t.useCell).sort((a, b) => a - b)).toEqual(Array.from(ctx.activeCells));
		const groups = t.useGroupResource.length;
		for (let g = 0; g < groups; g++) {
			const cells = t.useCell.subarray(t.useGroupStart[g]!, t.useGroupStart[g + 1]!);
			expect(cells.length).toBeGreaterThan(0);
			expect(Array.from(cells, (rk) => rk % K)).toEqual(Array.from(cells, () => t.useGroupResource[g]));
			expect(ascending(cells)).toBe(true);
		}
		expect(new Set(t.useGroupResource).size).toBe(groups);
	});

	it('keeps the coupled cells (substitutes, nutrients) last and in rk order, as a region serves them', () => {
		const coupled = t.useCell.subarray(t.useGroupStart[t.useGroupResource.length]!);
		expect(ascending(coupled)).toBe(true);
		expect([...new Set(Array.from(coupled, (rk) => id(rk % K)))].sort()).toEqual(['food', 'quinoa', 'wheat']);
		expect(Array.from(t.useGroupResource, id)).not.toContain('wheat');
	});

	it('produces at sites without inputs first, by resource in site order, then the rest in site order', () => {
		const order = Array.from(ctx.prodOrder);
		expect([...order].sort((a, b) => a - b)).toEqual(order.map((_, p) => p));
		const hasInputs = (p: number) => world.inputStart[p + 1]! > world.inputStart[p]!;
		expect(order.slice(0, t.plainSites).some(hasInputs)).toBe(false);
		expect(order.slice(t.plainSites).every(hasInputs)).toBe(true);
		expect(ascending(order.slice(t.plainSites))).toBe(true);
		const starts = Array.from(t.plainGroupStart);
		expect(starts.at(-1)).toBe(t.plainSites);
		for (let g = 0; g + 1 < starts.length; g++) {
			const sites = order.slice(starts[g], starts[g + 1]);
			expect(new Set(sites.map((p) => world.prodResource[p])).size).toBe(1);
			expect(ascending(sites)).toBe(true);
		}
		expect(Array.from(t.siteCell)).toEqual(
			order.map((p) => world.prodRegion[p]! * K + world.prodResource[p]!)
		);
	});
});
