import { randomBytes } from 'node:crypto';
import { openLedger, type Ledger } from '../../data/ledger/openLedger.js';
import { demoRoster } from './cases/loadCases.js';
import { createRoundDesk, type RoundDesk } from './createRoundDesk.js';
import type { RoundOptions } from './types.js';
import { uniformPanelDrawer } from './uniformPanelDrawer.js';

/** For tests: a desk over an in-memory ledger with the demo roster, a settable clock (starting 2026-11-01) and a small panel. */
export function testDesk(options: Partial<RoundOptions> = {}): {
	desk: RoundDesk;
	ledger: Ledger;
	clock: { now: number };
	advanceDays(n: number): void;
} {
	const clock = { now: Date.UTC(2026, 10, 1) };
	const ledger = openLedger(':memory:', () => new Date(clock.now));
	for (const e of demoRoster) ledger.appoint(e, clock.now);
	const desk = createRoundDesk({
		store: ledger,
		clock: () => clock.now,
		secret: (n) => randomBytes(n),
		drawer: uniformPanelDrawer(),
		options: { panelSize: 10, reserves: 4, ...options }
	});
	return { desk, ledger, clock, advanceDays: (n) => (clock.now += n * 86_400_000) };
}
