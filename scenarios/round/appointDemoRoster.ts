import type { Expert } from '../experts/types.js';
import { demoRoster } from './cases/loadCases.js';

const DAY = 86_400_000;

/**
 * For tests and benchmarks that run on the wall clock: appoints the demo roster with every term
 * running from a day before `now` (ms) for 300 days, so all six experts serve.
 */
export function appointDemoRoster(ledger: { appoint(expert: Expert, at: number): void }, now: number): void {
	for (const e of demoRoster) ledger.appoint({ ...e, term: { start: now - DAY, end: now + 300 * DAY } }, now);
}
