import type { Account, Role } from '../../../../data/accounts/index.js';
import { electionLedger } from '../../../../data/ledger/election/index.js';
import { testDesk } from '../../../../scenarios/round/testDesk.js';
import type { AppContext } from '../context.js';

/** A console app over an in-memory round desk and ledger, for the council actions' tests. */
export function councilWorld(dataDir: string) {
	const { desk, ledger } = testDesk({ panelSize: 3, reserves: 1 });
	const app = {
		rounds: desk,
		ledger,
		elections: electionLedger(ledger),
		config: { dataDir },
		now: () => Date.UTC(2026, 10, 1)
	} as unknown as AppContext;
	return { app, desk };
}

/** A signed-in account of the given role. */
export const person = (role: Role, id: string = role): Account => ({ id, name: id, role });

/** A JSON file as a form uploads it. */
export const json = (value: unknown, name: string) =>
	new File([JSON.stringify(value)], name, { type: 'application/json' });
