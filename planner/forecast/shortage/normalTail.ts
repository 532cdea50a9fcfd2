/**
 * Standard normal CDF Φ(z) via the complementary error function (Numerical Recipes 3rd ed., §6.2.2 `erfc`,
 * Chebyshev fit with fractional error < 1.2e-7).
 */
export function normalCdf(z: number): number {
	const x = Math.abs(z) / Math.SQRT2;
	const t = 1 / (1 + 0.5 * x);
	const erfc =
		t *
		Math.exp(
			-x * x -
				1.26551223 +
				t *
					(1.00002368 +
						t *
							(0.37409196 +
								t *
									(0.09678418 +
										t *
											(-0.18628806 +
												t *
													(0.27886807 +
														t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
		);
	return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** z of the central interval `level` (e.g. 1.645 for 0.9), by bisection on normalCdf. */
export function centralZ(level: number): number {
	let lo = 0;
	let hi = 10;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (2 * normalCdf(mid) - 1 < level) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}
