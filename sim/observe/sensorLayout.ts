import type { CompiledWorld } from '../world/types.js';
import type { SensorLayout } from './types.js';

/**
 * The world's sensors: a store site per stocked resource (`store-water`, reports stock and
 * consumption), a plant site per production site (`plant-wheat`, reports production), each watched
 * by the region's `gatewaysPerSite` gateways (`north-lake-store-water-g1`), which report independently.
 * A store reports consumption when people draw from it: a daily need, or a stand-in for one (by nutrient
 * the wheat eaten as food), else the Correlation Center would read a region living on its grain as starving.
 */
export function sensorLayout(world: CompiledWorld): SensorLayout {
	const gatewayIds: string[] = [];
	const gatewayRegion: number[] = [];
	const gatewaySite: string[] = [];
	const seriesGateway: number[] = [];
	const seriesKind: number[] = [];
	const seriesIndex: number[] = [];
	const seriesResource: string[] = [];
	const site = (
		r: number,
		name: string,
		series: readonly (readonly [kind: number, index: number, resource: string])[]
	) => {
		for (let g = 1; g <= world.gatewaysPerSite[r]!; g++) {
			const gateway = gatewayIds.length;
			gatewayIds.push(`${world.regions[r]}-${name}-g${g}`);
			gatewayRegion.push(r);
			gatewaySite.push(name);
			for (const [kind, index, resource] of series) {
				seriesGateway.push(gateway);
				seriesKind.push(kind);
				seriesIndex.push(index);
				seriesResource.push(resource);
			}
		}
	};
	const drawn = Uint8Array.from(world.normKind, (kind) => (kind === 1 ? 1 : 0));
	for (const k of world.substitute) drawn[k] = 1;
	for (let r = 0; r < world.R; r++) {
		for (let k = 0; k < world.K; k++) {
			const rk = r * world.K + k;
			if (world.storageCap[rk]! <= 0) continue;
			const id = world.resources[k]!;
			site(
				r,
				`store-${id}`,
				drawn[k] === 1
					? [
							[0, rk, id],
							[1, rk, id]
						]
					: [[0, rk, id]]
			);
		}
		const seen = new Map<string, number>();
		for (let p = 0; p < world.P; p++) {
			if (world.prodRegion[p] !== r) continue;
			const id = world.resources[world.prodResource[p]!]!;
			const n = (seen.get(id) ?? 0) + 1;
			seen.set(id, n);
			site(r, n === 1 ? `plant-${id}` : `plant-${id}-${n}`, [[2, p, id]]);
		}
	}
	return {
		gatewayIds,
		gatewayRegion: Int32Array.from(gatewayRegion),
		gatewaySite,
		seriesGateway: Int32Array.from(seriesGateway),
		seriesKind: Uint8Array.from(seriesKind),
		seriesIndex: Int32Array.from(seriesIndex),
		seriesResource
	};
}
