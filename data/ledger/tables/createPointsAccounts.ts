import type Sqlite from 'better-sqlite3';
import { createPointsLedger, pointsDefaults } from '../../../sim/points/index.js';
import { createPointsStore } from '../createPointsStore.js';
import { setDigest } from '../record/rowDigest.js';
import type { Ledger, PointsEntry } from '../types.js';
import type { AppendEvent } from './types.js';

/**
 * Personal points accounts. The rules are the one points ledger's (sim/points); this file only
 * stores the rows (through `createPointsStore`) and chains them.
 */
export function createPointsAccounts(
	db: Sqlite.Database,
	chain: AppendEvent
): Pick<Ledger, 'awardPoints' | 'points' | 'balance' | 'spend' | 'yearlyBurn'> {
	const pointsOf = db.prepare(
		'SELECT person, points, reason, round, at FROM points WHERE person = ? ORDER BY id'
	);
	const store = createPointsStore(db, chain);
	const book = createPointsLedger(store, pointsDefaults);
	const governance = pointsDefaults.accrual.governance!.points;
	return {
		awardPoints(round, persons, points, at) {
			if (points <= 0 || persons.length === 0) return;
			db.transaction(() => {
				// Governance points by the accrual table, confirmed by the round's record of who voted.
				const contribution = { kind: 'governance', quantity: points / governance };
				const note = 'voted on the citizen panel';
				for (const person of persons)
					book.apply({
						op: 'award',
						person,
						contribution,
						confirmedBy: `round ${round}`,
						at,
						ref: round,
						note
					});
				// The rows are chained by digest: who earned points is personal, but no row can be added unseen.
				const rows = setDigest(store.takeCredited());
				chain(
					round,
					{ kind: 'points', data: { reason: 'governance', points, persons: persons.length, rows } },
					at
				);
			})();
		},
		points: (person) => pointsOf.all(person) as PointsEntry[],
		balance: (person) => book.balance(person),
		spend(person, points, purpose, at) {
			return db
				.transaction(() => {
					const spent = book.apply({ op: 'spend', person, points, item: purpose, at });
					return spent.status === 'ok'
						? { status: 'spent' as const, balance: spent.balance }
						: { status: 'insufficient' as const, balance: book.balance(person) };
				})
				.immediate();
		},
		yearlyBurn(at, carryShare = pointsDefaults.carryShare) {
			return db
				.transaction(() => createPointsLedger(store, { ...pointsDefaults, carryShare }).yearlyBurn(at))
				.immediate();
		}
	};
}
