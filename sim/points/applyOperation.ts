import type { Contribution, Ledger, LedgerOp, LedgerRefusal, LedgerResult, PointsOptions } from './types.js';

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

function logAward(
	ledger: Ledger,
	from: number,
	to: number,
	points: number,
	day: number,
	kind: number,
	quantity: number
): void {
	if (ledger.awards === ledger.awardTo.length) {
		const grow = <T extends Int32Array | Float64Array>(a: T): T => {
			const b = new (a.constructor as new (n: number) => T)(a.length * 2);
			b.set(a);
			return b;
		};
		ledger.awardFrom = grow(ledger.awardFrom);
		ledger.awardTo = grow(ledger.awardTo);
		ledger.awardPoints = grow(ledger.awardPoints);
		ledger.awardDay = grow(ledger.awardDay);
		ledger.awardKind = grow(ledger.awardKind);
		ledger.awardQuantity = grow(ledger.awardQuantity);
	}
	const i = ledger.awards++;
	ledger.awardFrom[i] = from;
	ledger.awardTo[i] = to;
	ledger.awardPoints[i] = points;
	ledger.awardDay[i] = day;
	ledger.awardKind[i] = kind;
	ledger.awardQuantity[i] = quantity;
}

function isPerson(ledger: Ledger, p: number): boolean {
	return Number.isInteger(p) && p >= 0 && p < ledger.size;
}

/**
 * Applies one ledger operation, dispatched in one switch. Points are personal: no operation moves
 * them between people, and a `transfer` is answered with the `non-transferable` error. Awards during
 * a freeze are refused; a penalty zeroes the balance and freezes accrual for `freezeDays`.
 */
export function applyOperation(ledger: Ledger, op: LedgerOp, options: PointsOptions): LedgerResult {
	switch (op.op) {
		case 'transfer':
			return error(
				'non-transferable',
				`points are personal and non-transferable: ${op.points} points from person ${op.from} to person ${op.to} refused`
			);
		case 'award': {
			if (!isPerson(ledger, op.person)) return error('unknown-person', `no person ${op.person}`);
			// Points are for confirmed contribution (DOMAIN.md): an award nobody confirmed is refused.
			if (op.confirmedBy === null)
				return error('unconfirmed', `person ${op.person}'s ${op.contribution.kind} has no confirming person`);
			if (!isPerson(ledger, op.confirmedBy))
				return error('unknown-person', `no confirming person ${op.confirmedBy}`);
			if (op.confirmedBy === op.person)
				return error('self-confirmation', `person ${op.person} cannot confirm their own contribution`);
			if (ledger.frozenUntil[op.person]! > op.day)
				return error(
					'frozen',
					`accrual of person ${op.person} is frozen until day ${ledger.frozenUntil[op.person]}`
				);
			const earned = pointsFor(op.contribution, options);
			if ('code' in earned) return error(earned.code, earned.message);
			ledger.balance[op.person]! += earned.points;
			const kind = Object.keys(options.accrual).indexOf(op.contribution.kind);
			logAward(ledger, op.confirmedBy, op.person, earned.points, op.day, kind, op.contribution.quantity);
			return { status: 'ok', points: earned.points, balance: ledger.balance[op.person]! };
		}
		case 'spend': {
			if (!isPerson(ledger, op.person)) return error('unknown-person', `no person ${op.person}`);
			if (!(op.points > 0)) return error('bad-quantity', `points to spend should be > 0, got ${op.points}`);
			if (ledger.balance[op.person]! < op.points)
				return error(
					'insufficient',
					`${op.item} costs ${op.points} points; person ${op.person} has ${ledger.balance[op.person]}`
				);
			ledger.balance[op.person]! -= op.points;
			return { status: 'ok', points: -op.points, balance: ledger.balance[op.person]! };
		}
		case 'penalise': {
			if (!isPerson(ledger, op.person)) return error('unknown-person', `no person ${op.person}`);
			const lost = ledger.balance[op.person]!;
			ledger.balance[op.person] = 0;
			ledger.frozenUntil[op.person] = op.day + options.freezeDays;
			return { status: 'ok', points: -lost, balance: 0 };
		}
	}
}
