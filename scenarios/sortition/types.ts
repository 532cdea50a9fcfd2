/** One registered volunteer. `features` maps each stratification category to its value (e.g. region → "north"). */
export interface Volunteer {
	readonly id: string;
	/** Household key; at most one member of a household may sit on a panel. Defaults to the id (a household of one). */
	readonly household: string;
	readonly features: Readonly<Record<string, string>>;
}

/** A volunteer pool: the stratification categories (column order of the CSV) and the volunteers in file order. */
export interface Pool {
	readonly categories: readonly string[];
	readonly volunteers: readonly Volunteer[];
}

/** Allowed number of panelists with one category value, inclusive. */
export interface QuotaBound {
	readonly min: number;
	readonly max: number;
}

/** Panel size (1..500) and, per category, per value, the allowed count on the panel. */
export interface Quotas {
	readonly panelSize: number;
	readonly categories: Readonly<Record<string, Readonly<Record<string, QuotaBound>>>>;
}

/** One quota cell (a category value) as a constraint row: lo ≤ count ≤ hi. */
export interface QuotaCell {
	readonly category: string;
	readonly value: string;
	readonly min: number;
	readonly max: number;
}

/**
 * Volunteers who are interchangeable for the optimisation: same household make-up (the multiset of the
 * members' feature vectors) and same own feature vector. Maximin probabilities are equal within a class.
 */
export interface VolunteerClass {
	/** Indices into `Pool.volunteers`, ascending. */
	readonly members: readonly number[];
	/** Quota cells this class counts towards (one per category). */
	readonly cells: readonly number[];
	/** Index into `ClassProblem.householdTypes`. */
	readonly householdType: number;
}

/** Households with the same make-up; at most one member of each may be chosen, so Σ counts ≤ households. */
export interface HouseholdType {
	/** Household keys of this type, sorted. */
	readonly households: readonly string[];
	/** Classes whose members live in households of this type. */
	readonly classes: readonly number[];
}

/** The draw reduced to volunteer classes: what the optimisation and the lottery work on. */
export interface ClassProblem {
	readonly panelSize: number;
	readonly cells: readonly QuotaCell[];
	readonly classes: readonly VolunteerClass[];
	readonly householdTypes: readonly HouseholdType[];
}

/** A quota-feasible panel as counts per class (index = class). */
export type ClassPanel = readonly number[];

/** Tolerances and limits of the maximin column generation. Defaults in `maximinDefaults`. */
export interface MaximinOptions {
	/** Stop when upper bound − achieved minimum ≤ this (absolute probability). Default 0.0005. */
	readonly targetGap: number;
	/** Column-generation rounds at most. Default 2000. */
	readonly maxRounds: number;
	/** Relative MIP gap for the exact pricing step. Default 1e-6. */
	readonly mipRelGap: number;
}

/** A probability distribution over quota-feasible panels maximising the minimum selection probability. */
export interface MaximinResult {
	readonly status: 'optimal' | 'stopped';
	/** Panels (as class counts) with positive weight, and their weights (sum 1). */
	readonly panels: readonly ClassPanel[];
	readonly weights: readonly number[];
	/** Selection probability of each member of each class. */
	readonly classProbabilities: readonly number[];
	/** Achieved minimum selection probability (over selectable volunteers). */
	readonly minProbability: number;
	/** Dual (upper) bound on the best achievable minimum: the certificate. */
	readonly upperBound: number;
	/** upperBound − minProbability. */
	readonly gap: number;
	/** Classes no quota-feasible panel can include (probability 0 whatever is done). */
	readonly unselectable: readonly number[];
	readonly rounds: number;
	readonly columns: number;
	readonly pricingSolves: number;
	readonly seconds: number;
}

/** One way to loosen the quotas: the cell and the new bounds. */
export interface Relaxation {
	readonly category: string;
	readonly value: string;
	readonly from: QuotaBound;
	readonly to: QuotaBound;
	/** Seats by which the bound moves (≥ 1). */
	readonly by: number;
}

/** Why no panel meets the quotas, and the smallest change (fewest seats moved in total) that fixes it. */
export interface InfeasibilityReport {
	/** Plain-language reasons, one per violated cell or rule. */
	readonly reasons: readonly string[];
	readonly relaxations: readonly Relaxation[];
	/** Σ by over the relaxations; minimal. Infinity when even dropping every quota cannot help (pool too small). */
	readonly totalRelaxation: number;
}

/** Settings of the draw's optimisation. Defaults in `lotteryDefaults`. */
export interface LotteryOptions {
	/** Panels in the published lottery (m). Default 1000. */
	readonly panels: number;
	/** Certificate target: dual bound − achieved minimum. Default 0.0005. */
	readonly targetGap: number;
	/** Column-generation rounds when the first lottery misses the target. Default 300. */
	readonly refineRounds: number;
	/** Column generation only when classes × panel size ≤ this (the master LP's size). Default 200000. */
	readonly refineLimit: number;
	/** Relative MIP gap of the IP oracle. Default 1e-6. */
	readonly mipRelGap: number;
}

/** The optimised lottery: m whole panels (class counts), the probabilities they give, and the certificate. */
export interface OptimisedLottery {
	readonly status: 'optimal';
	readonly panels: readonly ClassPanel[];
	/** Per class: selection probability of each member under the uniform lottery. */
	readonly classProbabilities: readonly number[];
	/** Per class: probability at the LEXIMIN point of the relaxation the lottery was rounded from. */
	readonly optimalProbabilities: readonly number[];
	readonly minProbability: number;
	/** Minimum of the best distribution found before rounding to m panels (≥ minProbability). */
	readonly distributionMin: number;
	/** Dual bound: no distribution over quota-feasible panels has a higher minimum. */
	readonly upperBound: number;
	/** upperBound − distributionMin: the optimisation's certificate (target ≤ 0.0005). */
	readonly gap: number;
	/** distributionMin − minProbability: what rounding to m panels costs the least-served volunteer. */
	readonly roundingLoss: number;
	readonly unselectable: readonly number[];
	/** Whether column generation ran to improve the first lottery. */
	readonly refined: boolean;
	/** Panels the IP oracle had to supply. */
	readonly oracleFallbacks: number;
	readonly seconds: number;
}

/** The port to the integer-programming oracle (HiGHS in a worker thread in node: `node/workerSolver.ts`). */
export interface SortitionSolver {
	/** The LEXIMIN lottery over `options.panels` panels (see `optimiseLottery`); `stream` seeds the rounding. */
	optimise(
		problem: ClassProblem,
		options: LotteryOptions,
		stream: string
	): Promise<OptimisedLottery | { readonly status: 'infeasible' }>;
	/** Smallest total relaxation of the quota cells that admits a panel. */
	relax(
		problem: ClassProblem
	): Promise<
		| { readonly status: 'relaxable'; readonly relaxations: readonly Relaxation[]; readonly total: number }
		| { readonly status: 'impossible'; readonly reason: string }
	>;
	/** Frees the worker. */
	close(): Promise<void>;
}

/** Protocol name written into every commitment; a verifier refuses another. */
export const sortitionProtocol = 'resourceos-sortition/1';

/**
 * What is published BEFORE the seed is known. `hash` is SHA-256 of the canonical JSON of every other field;
 * it binds the pool, the quotas and the whole list of m panels, so nobody can pick a panel after the seed.
 */
export interface Commitment {
	readonly protocol: typeof sortitionProtocol;
	readonly kind: 'draw' | 'replacement';
	readonly poolDigest: string;
	readonly quotasDigest: string;
	readonly panelSize: number;
	/** m, the number of panels in the lottery. */
	readonly panels: number;
	readonly lotteryDigest: string;
	/** Replacement draws: panelists kept (their seats and households are fixed) and those who dropped out. */
	readonly kept: readonly string[];
	readonly dropouts: readonly string[];
	readonly minProbability: number;
	readonly upperBound: number;
	readonly hash: string;
}

/** One volunteer's chance: under the published lottery, and at the LEXIMIN optimum it was rounded from. */
export interface VolunteerProbability {
	readonly id: string;
	readonly probability: number;
	readonly optimal: number;
}

/** The certificate of a draw: every figure is of the published lottery, per volunteer (no class averages). */
export interface Certificate {
	/** The smallest chance any selectable volunteer has under the published lottery (panels with them / m). */
	readonly minProbability: number;
	/** The largest chance any volunteer has under the published lottery. */
	readonly maxProbability: number;
	/** Dual bound: no distribution over quota-feasible panels gives everyone more. */
	readonly upperBound: number;
	/** floor(m × upperBound)/m: the best minimum any uniform lottery over m panels can reach. */
	readonly bestForLottery: number;
	/** Selectable volunteers on none of the m panels (the goal is 0). */
	readonly volunteersAtZero: number;
	/** Minimum (over classes) of the optimised distribution before rounding to m panels. */
	readonly distributionMin: number;
	/** upperBound − minProbability, per volunteer; goal ≤ 0.0005, or minProbability = bestForLottery. */
	readonly gap: number;
	/** max(0, distributionMin − minProbability): what rounding to m whole panels cost the least-served volunteer. */
	readonly roundingLoss: number;
	/**
	 * Largest |published − LEXIMIN| chance over volunteers: how closely the lottery follows the probabilities
	 * the later LEXIMIN stages equalised (whole panels out of m, and the lifting of the least-served, move it).
	 */
	readonly leximinDeviation: number;
	/** n / N: the probability a perfectly equal draw would give. */
	readonly equalShare: number;
	/** Volunteers no quota-feasible panel can include. */
	readonly unselectable: readonly string[];
	readonly seconds: number;
}

/** A committed draw: publish `commitment` and `lottery` first, then reveal a seed. */
export interface CommittedDraw {
	readonly status: 'committed';
	readonly commitment: Commitment;
	/** m panels, each a sorted list of volunteer ids (for replacements: only the new members). */
	readonly lottery: readonly (readonly string[])[];
	readonly certificate: Certificate;
	readonly volunteers: readonly VolunteerProbability[];
}

/** The outcome of a draw: committed, quotas that no panel meets, or inputs that do not fit together. */
export type DrawResult =
	| CommittedDraw
	| { readonly status: 'infeasible'; readonly report: InfeasibilityReport }
	| { readonly status: 'invalid'; readonly issues: readonly string[] };

/** Published AFTER the commitment: the seed, the index it picks and that panel. */
export interface Reveal {
	readonly commitmentHash: string;
	readonly seed: string;
	readonly index: number;
	readonly panel: readonly string[];
}

/** One check of `verifyDraw`, with what was compared. */
export interface VerifyCheck {
	readonly name: string;
	readonly ok: boolean;
	readonly detail: string;
}
