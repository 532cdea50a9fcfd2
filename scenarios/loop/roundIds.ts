/** A loop round's id names its simulated day and attempt, so the ledger alone says when each plan took effect. */
export function roundIdOf(day: number, attempt: number): string {
	return `loop-d${String(day).padStart(4, '0')}-${attempt}`;
}

/** The day and attempt of a loop round's id, or null for a round the loop did not create. */
export function parseRoundId(id: string): { readonly day: number; readonly attempt: number } | null {
	const m = /^loop-d(\d{4,})-(\d+)$/.exec(id);
	return m ? { day: Number(m[1]), attempt: Number(m[2]) } : null;
}
