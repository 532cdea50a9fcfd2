import type { Ledger } from './types.js';

/** Thresholds of the award-graph check. */
export interface GamingOptions {
	/** Internal edges ÷ possible edges above which a group is a dense cluster (default 0.5). */
	readonly minDensity: number;
	/** Share of the members' received points that came from inside the group (default 0.5). */
	readonly minInternalShare: number;
	/** Only awards from this day on (default 0: the whole log). */
	readonly fromDay: number;
	/** Edges listed per finding as evidence (default 50). */
	readonly maxEvidenceEdges: number;
}

export const gamingDefaults: GamingOptions = {
	minDensity: 0.5,
	minInternalShare: 0.5,
	fromDay: 0,
	maxEvidenceEdges: 50
};

/** A group that awards itself points, with the evidence: who, which awards, how dense, how much of their points. */
export interface GamingFinding {
	readonly kind: 'ring' | 'dense-cluster';
	readonly members: readonly number[];
	readonly edges: readonly {
		readonly from: number;
		readonly to: number;
		readonly points: number;
		readonly awards: number;
	}[];
	/** Internal confirmations ÷ n(n−1). */
	readonly density: number;
	/** Points the members got from each other ÷ all points they got. */
	readonly internalShare: number;
	readonly internalPoints: number;
}

/**
 * Finds rings and dense clusters in the award graph (an edge: A confirmed B's contribution). Mutual
 * confirmation can only happen inside a strongly connected component, so components are found first
 * (Tarjan 1972, iteratively), then judged by density and by how much of their points stayed inside;
 * in large sparse components, mutually confirming pairs are still reported.
 */
export function detectGaming(ledger: Ledger, options: Partial<GamingOptions> = {}): GamingFinding[] {
	const o = { ...gamingDefaults, ...options };
	// Aggregate awards into weighted edges; count points received by everyone.
	const edgeIndex = new Map<number, number>();
	const from: number[] = [];
	const to: number[] = [];
	const points: number[] = [];
	const count: number[] = [];
	const received = new Map<number, number>();
	for (let i = 0; i < ledger.log.awards; i++) {
		if (ledger.log.awardDay[i]! < o.fromDay) continue;
		const b = ledger.log.awardTo[i]!;
		received.set(b, (received.get(b) ?? 0) + ledger.log.awardPoints[i]!);
		const a = ledger.log.awardFrom[i]!;
		if (a < 0) continue;
		const key = a * ledger.size + b;
		let e = edgeIndex.get(key);
		if (e === undefined) {
			e = from.length;
			edgeIndex.set(key, e);
			from.push(a);
			to.push(b);
			points.push(0);
			count.push(0);
		}
		points[e]! += ledger.log.awardPoints[i]!;
		count[e]! += 1;
	}
	// Compact node ids and adjacency (CSR).
	const nodes = [...new Set([...from, ...to])].sort((x, y) => x - y);
	const id = new Map(nodes.map((n, i) => [n, i]));
	const N = nodes.length;
	const start = new Int32Array(N + 1);
	for (const a of from) start[id.get(a)! + 1]! += 1;
	for (let i = 0; i < N; i++) start[i + 1]! += start[i]!;
	const fill = start.slice(0, N);
	const adj = new Int32Array(from.length);
	const adjEdge = new Int32Array(from.length);
	from.forEach((a, e) => {
		const u = id.get(a)!;
		adj[fill[u]!] = id.get(to[e]!)!;
		adjEdge[fill[u]!++] = e;
	});
	const components = stronglyConnected(N, start, adj);
	const findings: GamingFinding[] = [];
	const edgeOf = (a: number, b: number) => edgeIndex.get(a * ledger.size + b);
	const judge = (members: number[], edges: number[], forceRing: boolean) => {
		const n = members.length;
		let internal = 0;
		for (const e of edges) internal += points[e]!;
		let got = 0;
		for (const m of members) got += received.get(m) ?? 0;
		const density = edges.length / (n * (n - 1));
		const internalShare = got > 0 ? internal / got : 0;
		const ring = forceRing || edges.length === n;
		if (!(ring || density >= o.minDensity) || internalShare < o.minInternalShare) return false;
		const evidence = edges
			.map((e) => ({ from: from[e]!, to: to[e]!, points: points[e]!, awards: count[e]! }))
			.sort((x, y) => y.points - x.points || x.from - y.from || x.to - y.to)
			.slice(0, o.maxEvidenceEdges);
		findings.push({
			kind: ring ? 'ring' : 'dense-cluster',
			members: [...members].sort((x, y) => x - y),
			edges: evidence,
			density,
			internalShare,
			internalPoints: internal
		});
		return true;
	};
	for (const comp of components) {
		if (comp.length < 2) continue;
		const inside = new Set(comp);
		const edges: number[] = [];
		for (const u of comp)
			for (let j = start[u]!; j < start[u + 1]!; j++) if (inside.has(adj[j]!)) edges.push(adjEdge[j]!);
		const members = comp.map((u) => nodes[u]!);
		if (judge(members, edges, false)) continue;
		// A large sparse component can still hide pairs that confirm each other.
		for (const e of edges) {
			const back = edgeOf(to[e]!, from[e]!);
			if (back !== undefined && from[e]! < to[e]!) judge([from[e]!, to[e]!], [e, back], true);
		}
	}
	return findings.sort((x, y) => y.internalPoints - x.internalPoints || x.members[0]! - y.members[0]!);
}

/** Tarjan's strongly connected components without recursion (deep award chains would overflow the stack). */
function stronglyConnected(N: number, start: Int32Array, adj: Int32Array): number[][] {
	const index = new Int32Array(N).fill(-1);
	const low = new Int32Array(N);
	const onStack = new Uint8Array(N);
	const stack: number[] = [];
	const out: number[][] = [];
	const callNode = new Int32Array(N);
	const callEdge = new Int32Array(N);
	let counter = 0;
	for (let root = 0; root < N; root++) {
		if (index[root] !== -1) continue;
		let depth = 0;
		callNode[0] = root;
		callEdge[0] = start[root]!;
		index[root] = low[root] = counter++;
		stack.push(root);
		onStack[root] = 1;
		while (depth >= 0) {
			const v = callNode[depth]!;
			if (callEdge[depth]! < start[v + 1]!) {
				const w = adj[callEdge[depth]!++]!;
				if (index[w] === -1) {
					index[w] = low[w] = counter++;
					stack.push(w);
					onStack[w] = 1;
					depth++;
					callNode[depth] = w;
					callEdge[depth] = start[w]!;
				} else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
				continue;
			}
			if (low[v] === index[v]) {
				const comp: number[] = [];
				let w: number;
				do {
					w = stack.pop()!;
					onStack[w] = 0;
					comp.push(w);
				} while (w !== v);
				out.push(comp);
			}
			depth--;
			if (depth >= 0) {
				const parent = callNode[depth]!;
				low[parent] = Math.min(low[parent]!, low[v]!);
			}
		}
	}
	return out;
}
