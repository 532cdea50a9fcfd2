/** Who may sign in to the console. Panelists never have accounts: they vote with a one-time code bound to their panel. */
export type Role = 'council' | 'expert' | 'ethics' | 'analyst' | 'operator';

export const roles: readonly Role[] = ['council', 'expert', 'ethics', 'analyst', 'operator'];

/** A signed-in person. For an expert, `id` is their id on the expert roster; for an ethics member, the name their strikes carry. */
export interface Account {
	readonly id: string;
	readonly name: string;
	readonly role: Role;
}

/** Settings of the account store. */
export interface AccountOptions {
	/** How long a session lasts after sign-in, ms (default 12 h: one working day, then sign in again). */
	readonly sessionMs: number;
	/** scrypt cost N (default 2^15, OWASP's floor for scrypt with r = 8, p = 1). */
	readonly scryptCost: number;
}
