import type { AwardLog, PointsPosting, PointsStore } from './types.js';

/** The award log's columns, grown by doubling. */
interface Columns {
	awards: number;
	awardFrom: Int32Array;
	awardTo: Int32Array;
	awardPoints: Float64Array;
	awardDay: Int32Array;
	awardKind: Int32Array;
	awardQuantity: Float64Array;
}

function grow<T extends Int32Array | Float64Array>(a: T): T {
	const b = new (a.constructor as new (n: number) => T)(a.length * 2);
	b.set(a);
	return b;
}

/**
 * The simulation's store: people 0..size−1, balances and penalty days in typed arrays (a million
 * accounts burn in milliseconds), and the award log. `at` is a day number.
 */
export function createMemoryStore(
	size: number,
	awardCapacity = 1024
): PointsStore<number> & { readonly log: AwardLog } {
	const balance = new Float64Array(size);
	const penalised = new Float64Array(size).fill(-Infinity);
	const cap = Math.max(1, awardCapacity);
	const log: Columns = {
		awards: 0,
		awardFrom: new Int32Array(cap),
		awardTo: new Int32Array(cap),
		awardPoints: new Float64Array(cap),
		awardDay: new Int32Array(cap),
		awardKind: new Int32Array(cap),
		awardQuantity: new Float64Array(cap)
	};
	const logAward = (p: PointsPosting<number>, award: NonNullable<PointsPosting<number>['award']>) => {
		if (log.awards === log.awardTo.length) {
			log.awardFrom = grow(log.awardFrom);
			log.awardTo = grow(log.awardTo);
			log.awardPoints = grow(log.awardPoints);
			log.awardDay = grow(log.awardDay);
			log.awardKind = grow(log.awardKind);
			log.awardQuantity = grow(log.awardQuantity);
		}
		const i = log.awards++;
		log.awardFrom[i] = award.confirmedBy;
		log.awardTo[i] = p.person;
		log.awardPoints[i] = p.points;
		log.awardDay[i] = p.at;
		log.awardKind[i] = award.kind;
		log.awardQuantity[i] = award.quantity;
	};
	return {
		dayLength: 1,
		wholePoints: false,
		log,
		has: (p) => Number.isInteger(p) && p >= 0 && p < size,
		balance: (p) => balance[p]!,
		lastPenalty: (p) => penalised[p]!,
		post(p) {
			balance[p.person]! += p.points;
			if (p.cause === 'penalty') penalised[p.person] = p.at;
			if (p.award) logAward(p, p.award);
		},
		eachBalance(fn) {
			for (let p = 0; p < size; p++) if (balance[p]! > 0) fn(p, balance[p]!);
		}
	};
}
