/** `at` (ms) plus whole calendar months in UTC; the day is clamped to the target month's length. */
export function addMonths(at: number, months: number): number {
	const d = new Date(at);
	const day = d.getUTCDate();
	d.setUTCDate(1);
	d.setUTCMonth(d.getUTCMonth() + months);
	const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
	d.setUTCDate(Math.min(day, last));
	return d.getTime();
}
