import { randomBytes } from 'node:crypto';
import { openLedger, type Ledger } from '../../../data/ledger/index.js';
import { openSqliteStore } from '../../../data/telemetry/sqlite/index.js';
import { demoRoster } from '../../round/cases/loadCases.js';
import { createRoundDesk, uniformPanelDrawer } from '../../round/index.js';
import type { StressStores } from '../runStress.js';

/**
 * The stores of one stress run, in memory: the telemetry store the ingest writes (SQLite), and a
 * round desk over a fresh ledger with the demo roster of experts; panels of 50 and 10 reserves.
 * The ledger itself comes along for callers that also audit to it (the loop benchmark).
 */
export function stressStores(clock: () => number): StressStores & { readonly ledger: Ledger } {
	const store = openSqliteStore({ path: ':memory:' });
	const ledger = openLedger(':memory:', () => new Date(clock()));
	for (const e of demoRoster) ledger.appoint(e, clock());
	const desk = createRoundDesk({
		store: ledger,
		clock,
		secret: (n) => randomBytes(n),
		drawer: uniformPanelDrawer(),
		options: { panelSize: 50, reserves: 10 }
	});
	return {
		store,
		desk,
		ledger,
		async close() {
			await store.close();
			ledger.close();
		}
	};
}
