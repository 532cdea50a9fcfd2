import type {
	Contribution,
	LedgerOp,
	LedgerRefusal,
	LedgerResult,
	PointsLedger,
	PointsOptions,
	PointsStore
} from './types.js';
import { burnOf } from './burnOf.js';

const error = (code: LedgerRefusal, message: string): LedgerResult => ({ status: 'error', code, message });

/** Points a contribution earns by the table, or a refusal naming what is wrong. */
export function pointsFor(
	contribution: Contribution,
	options: PointsOptions
): { points: number } | { code: LedgerRefusal; message: string } {
	const rule = options.accrual[contribution.kind];
	if (!rule)
		return {
			code: 'unknown-kind',
			message: `no accrual rule for ${JSON.stringify(contribution.kind)}; known: ${Object.keys(options.accrual).join(', ')}`
		};
	if (!Number.isFinite(contribution.quantity) || contribution.quantity <= 0)
		return { code: 'bad-quantity', message: `quantity should be > 0, got ${contribution.quantity}` };
	const regen = contribution.regenerative ?? 1;
	if (
		contribution.regenerative !== undefined &&
		(regen < options.regenerative.min || regen > options.regenerative.max)
	) {
		return {
			code: 'bad-quantity',
			message: `regenerative multiplier should be from ${options.regenerative.min} to ${options.regenerative.max}, got ${regen}`
		};
	}
	return {
		points:
			rule.points * contribution.quantity * (contribution.hazardous ? options.hazardousMultiplier : 1) * regen
	};
}

/**
 * The one points ledger, used by the simulation (a memory store) and by the persisted record
 * (`data/ledger`'s SQLite store): operations dispatched in one switch. Points are personal: no
 * operation moves them between people, and a `transfer` is answered with `non-transferable`.
 * Awards need a confirming person other than the recipient; awards during a freeze are refused; a
 * penalty zeroes the balance and freezes accrual for `freezeDays`; the yearly burn keeps `carryShare`.
 */
export function createPointsLedger<P>(store: PointsStore<P>, options: PointsOptions): PointsLedger<P> {
	const kinds = Object.keys(options.accrual);
	const freeze = options.freezeDays * store.dayLength;
	const unknown = (p: P) => error('unknown-person', `no person ${String(p)}`);
	const apply = (op: LedgerOp<P>): LedgerResult => {
		switch (op.op) {
			case 'transfer':
				return error(
					'non-transferable',
					`points are personal and non-transferable: ${op.points} points from person ${String(op.from)} to person ${String(op.to)} refused`
				);
			case 'award': {
				if (!store.has(op.person)) return unknown(op.person);
				// Points are for confirmed contribution (DOMAIN.md): an award nobody confirmed is refused.
				if (op.confirmedBy === null)
					return error(
						'unconfirmed',
						`person ${String(op.person)}'s ${op.contribution.kind} has no confirming person`
					);
				if (!store.has(op.confirmedBy))
					return error('unknown-person', `no confirming person ${String(op.confirmedBy)}`);
				if (op.confirmedBy === op.person)
					return error(
						'self-confirmation',
						`person ${String(op.person)} cannot confirm their own contribution`
					);
				const until = store.lastPenalty(op.person) + freeze;
				if (until > op.at)
					return error('frozen', `accrual of person ${String(op.person)} is frozen until ${until}`);
				const earned = pointsFor(op.contribution, options);
				if ('code' in earned) return error(earned.code, earned.message);
				const { kind, quantity } = op.contribution;
				store.post({
					person: op.person,
					points: earned.points,
					at: op.at,
					cause: 'award',
					what: op.note === undefined ? kind : `${kind}: ${op.note}`,
					...(op.ref === undefined ? {} : { ref: op.ref }),
					award: { confirmedBy: op.confirmedBy, kind: kinds.indexOf(kind), quantity }
				});
				return { status: 'ok', points: earned.points, balance: store.balance(op.person) };
			}
			case 'spend': {
				if (!store.has(op.person)) return unknown(op.person);
				if (!(op.points > 0)) return error('bad-quantity', `points to spend should be > 0, got ${op.points}`);
				const balance = store.balance(op.person);
				if (balance < op.points)
					return error(
						'insufficient',
						`${op.item} costs ${op.points} points; person ${String(op.person)} has ${balance}`
					);
				store.post({ person: op.person, points: -op.points, at: op.at, cause: 'spend', what: op.item });
				return { status: 'ok', points: -op.points, balance: balance - op.points };
			}
			case 'penalise': {
				if (!store.has(op.person)) return unknown(op.person);
				const lost = store.balance(op.person);
				store.post({ person: op.person, points: -lost, at: op.at, cause: 'penalty', what: op.reason });
				return { status: 'ok', points: -lost, balance: 0 };
			}
		}
	};
	return {
		apply,
		balance: (person) => store.balance(person),
		yearlyBurn(at) {
			let burned = 0;
			store.eachBalance((person, balance) => {
				const burn = burnOf(balance, options.carryShare, store.wholePoints);
				if (burn <= 0) return;
				store.post({ person, points: -burn, at, cause: 'burn', what: 'yearly burn' });
				burned += burn;
			});
			return burned;
		}
	};
}
