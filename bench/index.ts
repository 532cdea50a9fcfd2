import type { Benchmark } from './types.js';

/** Every benchmark, loaded only when run (each may start real servers). */
export const benchmarks: Readonly<Record<string, { summary: string; load: () => Promise<Benchmark> }>> = {};
