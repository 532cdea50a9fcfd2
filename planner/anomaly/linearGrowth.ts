/** State of the linear growth model: mean (level, slope) and its 2×2 covariance [c00, c01, c11]. */
export interface Growth {
	readonly level: number;
	readonly slope: number;
	readonly c00: number;
	readonly c01: number;
	readonly c11: number;
}

/**
 * One Kalman step of the linear growth dynamic linear model (West & Harrison, "Bayesian Forecasting and Dynamic
 * Models", 2nd ed., ch. 7): evolve by G = [[1,1],[0,1]], add level/slope noise, observe the level with noise `v`.
 * Returns the updated state and the log predictive density of `y`.
 */
export function growthStep(
	s: Growth,
	y: number,
	v: number,
	wLevel: number,
	wSlope: number
): { state: Growth; logLik: number } {
	const a0 = s.level + s.slope;
	const a1 = s.slope;
	const r00 = s.c00 + 2 * s.c01 + s.c11 + wLevel;
	const r01 = s.c01 + s.c11;
	const r11 = s.c11 + wSlope;
	const q = r00 + v;
	const e = y - a0;
	const k0 = r00 / q;
	const k1 = r01 / q;
	const logLik = -0.5 * (Math.log(2 * Math.PI * q) + (e * e) / q);
	return {
		state: {
			level: a0 + k0 * e,
			slope: a1 + k1 * e,
			c00: r00 - k0 * r00,
			c01: r01 - k0 * r01,
			c11: r11 - k1 * r01
		},
		logLik
	};
}

/** Moment-matched mixture of states (the collapse step of Harrison & Stevens' class II multi-process model). */
export function collapse(states: readonly Growth[], weights: readonly number[]): Growth {
	let level = 0;
	let slope = 0;
	states.forEach((s, i) => {
		level += weights[i]! * s.level;
		slope += weights[i]! * s.slope;
	});
	let c00 = 0;
	let c01 = 0;
	let c11 = 0;
	states.forEach((s, i) => {
		const dl = s.level - level;
		const ds = s.slope - slope;
		c00 += weights[i]! * (s.c00 + dl * dl);
		c01 += weights[i]! * (s.c01 + dl * ds);
		c11 += weights[i]! * (s.c11 + ds * ds);
	});
	return { level, slope, c00, c01, c11 };
}
