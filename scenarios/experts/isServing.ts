import type { Expert } from './types.js';

/** Serving now: terms expire by themselves at their end; no one has to remove an expert. */
export function isServing(expert: Expert, now: number): boolean {
	return expert.term.start <= now && now < expert.term.end;
}
