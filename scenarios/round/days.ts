/** Whole days in ms (deadlines are counted in 24-hour days from the moment a step opens). */
export function days(n: number): number {
	return n * 24 * 60 * 60 * 1000;
}
