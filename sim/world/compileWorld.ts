import type { Catalogue, World } from '../../data/reference/types.js';
import type { CompiledWorld, NormKind } from './types.js';

const DAYS_PER_YEAR = 365;
/** The documents' strategic reserve: six months of need. */
const SIX_MONTHS_DAYS = 182;

/** Lays a validated world and catalogue out in typed arrays (see `CompiledWorld`). */
export function compileWorld(world: World, catalogue: Catalogue): CompiledWorld {
	const resources = catalogue.resources.map((r) => r.id);
	const regions = world.regions.map((r) => r.id);
	const R = regions.length;
	const K = resources.length;
	const resourceIndex = new Map(resources.map((id, k) => [id, k]));
	const regionIndex = new Map(regions.map((id, r) => [id, r]));
	const k = (id: string) => {
		const index = resourceIndex.get(id);
		if (index === undefined)
			throw new Error(`bug: resource ${id} not in the catalogue (crossCheck should have caught it)`);
		return index;
	};

	const normKind = new Uint8Array(K);
	const norm = new Float64Array(K);
	const labourExtra = new Float64Array(K);
	const childExtra = new Float64Array(K);
	const lossPerDay = new Float64Array(K);
	const substitutes = catalogue.resources.flatMap((res) => res.substitutes ?? []);
	const substituteStart = new Int32Array(K + 1);
	catalogue.resources.forEach((res, i) => {
		lossPerDay[i] = res.storageLossPerDay;
		substituteStart[i + 1] = substituteStart[i]! + (res.substitutes?.length ?? 0);
		if (!res.norm) return;
		const perDay = res.norm.per === 'year' ? 1 / DAYS_PER_YEAR : 1;
		normKind[i] = (res.norm.per === 'stock' ? 2 : 1) satisfies NormKind;
		norm[i] = res.norm.perPerson * perDay;
		labourExtra[i] = (res.norm.physicalLabourExtra ?? 0) * perDay;
		childExtra[i] = (res.norm.perChildExtra ?? 0) * perDay;
	});

	const adults = new Float64Array(R);
	const children = new Float64Array(R);
	const workers = new Float64Array(R);
	const storageCap = new Float64Array(R * K);
	const initialStock = new Float64Array(R * K);
	const gatewaysPerSite = new Int32Array(R);
	const cluster = new Int32Array(R);
	const clusterIds = new Map<string, number>();
	const sites = world.regions.flatMap((region, r) => region.production.map((p) => ({ r, p })));
	const P = sites.length;
	const prodRegion = new Int32Array(P);
	const prodResource = new Int32Array(P);
	const prodCapacity = new Float64Array(P);
	const prodAmplitude = new Float64Array(P);
	const prodPeakDay = new Float64Array(P);
	const inputStart = new Int32Array(P + 1);
	const inputs: { k: number; perUnit: number }[] = [];
	world.regions.forEach((region, r) => {
		adults[r] = region.population.adults;
		children[r] = region.population.children;
		workers[r] = region.population.physicalWorkers;
		gatewaysPerSite[r] = region.gatewaysPerSite;
		// A region outside any named cluster is a cluster of its own.
		if (region.cluster === undefined) cluster[r] = R + r;
		else {
			if (!clusterIds.has(region.cluster)) clusterIds.set(region.cluster, clusterIds.size);
			cluster[r] = clusterIds.get(region.cluster)!;
		}
		for (const s of region.storage) {
			storageCap[r * K + k(s.resource)]! += s.capacity;
			initialStock[r * K + k(s.resource)]! += s.initial;
		}
	});
	sites.forEach(({ r, p }, i) => {
		prodRegion[i] = r;
		prodResource[i] = k(p.resource);
		prodCapacity[i] = p.capacityPerDay;
		prodAmplitude[i] = p.seasonality.amplitude;
		prodPeakDay[i] = p.seasonality.peakDayOfYear;
		inputStart[i] = inputs.length;
		for (const input of p.inputs ?? []) inputs.push({ k: k(input.resource), perUnit: input.perUnit });
	});
	inputStart[P] = inputs.length;
	const serviceStart = new Int32Array(K + 1);
	const serviceInputs: { k: number; perUnit: number }[] = [];
	catalogue.resources.forEach((r, i) => {
		serviceStart[i] = serviceInputs.length;
		for (const input of r.service?.inputs ?? [])
			serviceInputs.push({ k: k(input.resource), perUnit: input.perUnit });
	});
	serviceStart[K] = serviceInputs.length;

	const A = world.arcs.length;
	const arcFrom = new Int32Array(A);
	const arcTo = new Int32Array(A);
	const arcLeadDays = new Int32Array(A);
	const arcLoss = new Float64Array(A);
	const arcKm = new Float64Array(A);
	const lanes: { a: number; k: number; capacity: number; energy: number }[] = [];
	world.arcs.forEach((arc, a) => {
		arcFrom[a] = regionIndex.get(arc.from)!;
		arcTo[a] = regionIndex.get(arc.to)!;
		arcLeadDays[a] = arc.leadTimeDays;
		arcLoss[a] = arc.lossRate;
		arcKm[a] = arc.lengthKm;
		for (const [id, lane] of Object.entries(arc.carries))
			lanes.push({ a, k: k(id), capacity: lane.capacityPerDay, energy: lane.energyKWhPerUnit });
	});

	return {
		id: world.id,
		startMs: Date.parse(`${world.startDate}T00:00:00Z`),
		regions,
		resources,
		R,
		K,
		tier: catalogue.resources.map((r) => r.tier),
		unit: catalogue.resources.map((r) => r.unit),
		normKind,
		norm,
		labourExtra,
		childExtra,
		lossPerDay,
		pointsCost: Float64Array.from(catalogue.resources, (r) => r.pointsCost ?? 0),
		reserveDays: Float64Array.from(catalogue.resources, (r) => r.reserveDays ?? SIX_MONTHS_DAYS),
		serviceStart,
		serviceResource: Int32Array.from(serviceInputs, (i) => i.k),
		servicePerUnit: Float64Array.from(serviceInputs, (i) => i.perUnit),
		serviceLabourHours: Float64Array.from(catalogue.resources, (r) => r.service?.labourHours ?? 0),
		rareDistribution: catalogue.resources.map((r) =>
			r.tier === 'rare' ? (r.distribution ?? 'queue') : null
		),
		substituteStart,
		substitute: Int32Array.from(substitutes, (s) => k(s.by)),
		substituteShare: Float64Array.from(substitutes, (s) => s.maxShare),
		substitutePerUnit: Float64Array.from(substitutes, (s) => s.perUnit ?? 1),
		nutrients: catalogue.resources.map((r) =>
			(r.nutrients ?? []).map((n) => ({
				perPerson: n.perPersonPerDay,
				perUnit: n.perUnit,
				bySubstitute: Float64Array.from(r.substitutes ?? [], (s) => s.nutrients?.[n.id] ?? 0)
			}))
		),
		adults,
		children,
		workers,
		storageCap,
		initialStock,
		gatewaysPerSite,
		cluster,
		P,
		prodRegion,
		prodResource,
		prodCapacity,
		prodAmplitude,
		prodPeakDay,
		prodSource: sites.map(({ p }) => p.source ?? null),
		inputStart,
		inputResource: Int32Array.from(inputs, (i) => i.k),
		inputPerUnit: Float64Array.from(inputs, (i) => i.perUnit),
		A,
		arcIds: world.arcs.map((a) => a.id),
		arcFrom,
		arcTo,
		arcLeadDays,
		arcLoss,
		arcKm,
		L: lanes.length,
		laneArc: Int32Array.from(lanes, (l) => l.a),
		laneResource: Int32Array.from(lanes, (l) => l.k),
		laneCapacity: Float64Array.from(lanes, (l) => l.capacity),
		laneEnergyPerUnit: Float64Array.from(lanes, (l) => l.energy),
		regionIndex,
		resourceIndex,
		arcIndex: new Map(world.arcs.map((a, i) => [a.id, i])),
		laneIndex: new Map(lanes.map((l, i) => [`${l.a}:${l.k}`, i]))
	};
}
