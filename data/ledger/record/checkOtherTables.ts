import { canonicalJson } from '../../../scenarios/ballot/canonicalJson.js';
import { sha256Hex } from '../../../scenarios/ballot/sha256Hex.js';
import { pointsRowDigest, setDigest } from './rowDigest.js';
import type { LedgerTables, RecordProblem } from './types.js';
import type { ChainFacts } from './walkChain.js';

const hashOf = (json: string): string => {
	try {
		return sha256Hex(canonicalJson(JSON.parse(json)));
	} catch {
		return 'unparseable';
	}
};

/** Rounds (state and whole snapshot), plans, quotas and points against the chain, naming each disagreement. */
export function checkOtherTables(tables: LedgerTables, facts: ChainFacts, problems: RecordProblem[]): void {
	const seen = new Set<string>();
	for (const row of tables.rounds) {
		seen.add(row.id);
		const saved = facts.rounds.get(row.id)?.saved;
		if (!saved) {
			problems.push({
				where: 'rounds',
				round: row.id,
				message: `round ${row.id} is in the rounds table but was never saved in the log`
			});
			continue;
		}
		if (row.state !== saved.state)
			problems.push({
				where: 'rounds',
				round: row.id,
				message: `round ${row.id}: the table says state ${row.state}, the log's last saved state is ${saved.state}`
			});
		else if (hashOf(row.snapshot) !== saved.snapshot)
			problems.push({
				where: 'rounds',
				round: row.id,
				message: `round ${row.id}: the stored round differs from the one the log saved last`
			});
	}
	for (const [id, t] of facts.rounds)
		if (t.saved && !seen.has(id))
			problems.push({
				where: 'rounds',
				round: id,
				message: `round ${id} is in the log but missing from the rounds table`
			});

	const plans = new Map(tables.plans.map((p) => [p.round, p]));
	for (const [id, t] of facts.rounds) {
		if (!t.adopted) continue;
		const row = plans.get(id);
		if (!row)
			problems.push({
				where: 'plans',
				round: id,
				message: `round ${id}: the adopted plan is missing from the plans table`
			});
		else if (row.plan_hash !== t.adopted.planHash || hashOf(row.plan) !== t.adopted.planHash)
			problems.push({
				where: 'plans',
				round: id,
				message: `round ${id}: the stored plan is not the one adopted (plan hash differs)`
			});
		plans.delete(id);
		const wanted = (t.quotas?.quotas ?? [])
			.map((q) => canonicalJson([q.region, q.resource, q.perPersonPerDay, t.quotas!.effectiveFrom]))
			.sort();
		const stored = tables.quotas
			.filter((q) => q.round === id)
			.map((q) => canonicalJson([q.region, q.resource, q.per_person_per_day, q.effective_from]))
			.sort();
		if (canonicalJson(wanted) !== canonicalJson(stored))
			problems.push({
				where: 'quotas',
				round: id,
				message: `round ${id}: ${stored.length} quota rows differ from the ${wanted.length} quotas the log adopted (${stored
					.filter((q) => !wanted.includes(q))
					.slice(0, 2)
					.join(' ')})`
			});
	}
	for (const id of plans.keys())
		problems.push({
			where: 'plans',
			round: id,
			message: `round ${id}: a plan in the plans table was never adopted in the log`
		});
	const adoptedRounds = new Set([...facts.rounds].filter(([, t]) => t.adopted).map(([id]) => id));
	for (const id of new Set(tables.quotas.map((q) => q.round)))
		if (!adoptedRounds.has(id))
			problems.push({
				where: 'quotas',
				round: id,
				message: `round ${id}: quota rows without an adoption in the log`
			});

	const awards = new Map<string, string[]>();
	const spent = new Map(facts.spent);
	for (const row of tables.points) {
		if (row.round === null) {
			const digest = pointsRowDigest(row);
			const left = spent.get(digest) ?? 0;
			if (left === 0)
				problems.push({
					where: 'points',
					message: `a points row of ${row.points} for ${row.person} (${row.reason}) is not in the log`
				});
			else spent.set(digest, left - 1);
		} else {
			const k = `${row.round}@${row.at}`;
			awards.set(k, [...(awards.get(k) ?? []), pointsRowDigest(row)]);
		}
	}
	for (const [k, rows] of awards)
		if (facts.awards.get(k) !== setDigest(rows)) {
			const [round, at] = k.split('@');
			const credited = new Date(Number(at)).toISOString();
			const message = `the ${rows.length} points rows of round ${round} credited at ${credited} are not the rows the log recorded`;
			problems.push({ where: 'points', round, message });
		}
	for (const k of facts.awards.keys())
		if (!awards.has(k))
			problems.push({
				where: 'points',
				round: k.split('@')[0],
				message: `points the log credited in round ${k.split('@')[0]} are missing from the table`
			});
	const unspent = [...spent.values()].reduce((a, b) => a + b, 0);
	if (unspent > 0)
		problems.push({
			where: 'points',
			message: `${unspent} spending rows recorded in the log are missing from the table`
		});
}
