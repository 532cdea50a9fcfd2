/** Failed sign-ins allowed per key (an account id, an address) in a sliding window. */
export interface RateLimiter {
	/** Seconds until the key may try again, or 0 if it may now. */
	wait(key: string, now: number): number;
	fail(key: string, now: number): void;
	/** A good sign-in clears the account's failures. */
	clear(key: string): void;
}

export interface RateLimitOptions {
	/** Failures allowed in the window (default 5). */
	readonly failures: number;
	/** Window length, ms (default 15 minutes). */
	readonly windowMs: number;
}

export const rateLimitDefaults: RateLimitOptions = { failures: 5, windowMs: 15 * 60_000 };

/**
 * Slows password guessing: after `failures` misses within `windowMs` a key waits until the oldest
 * miss leaves the window. Kept in memory: a restart forgets it, which costs a guesser one window.
 */
export function createRateLimiter(options: Partial<RateLimitOptions> = {}): RateLimiter {
	const { failures, windowMs } = { ...rateLimitDefaults, ...options };
	const misses = new Map<string, number[]>();
	const recent = (key: string, now: number) => (misses.get(key) ?? []).filter((t) => t > now - windowMs);
	return {
		wait(key, now) {
			const times = recent(key, now);
			misses.set(key, times);
			if (times.length === 0) misses.delete(key);
			return times.length < failures ? 0 : Math.ceil((times[0]! + windowMs - now) / 1000);
		},
		fail(key, now) {
			misses.set(key, [...recent(key, now), now]);
		},
		clear(key) {
			misses.delete(key);
		}
	};
}
