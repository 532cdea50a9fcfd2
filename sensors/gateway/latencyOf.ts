/** Load-test readings carry their publish time modulo this (ms): latencies up to 1 000 s are exact. */
export const LATENCY_CLOCK_MS = 1_000_000;

/** Publish-to-now latency (ms) of a load-test reading whose value is its publish time modulo LATENCY_CLOCK_MS. */
export const latencyOf = (value: number, now: number) =>
	(((now - value) % LATENCY_CLOCK_MS) + LATENCY_CLOCK_MS) % LATENCY_CLOCK_MS;
