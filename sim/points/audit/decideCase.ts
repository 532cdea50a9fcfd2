import type { Rng } from '../../rng/types.js';
import type { Ledger } from '../types.js';
import { appealDefaults } from './defaults.js';
import type { AppealPanel, AuditCase, AuditFlag } from './types.js';

/**
 * Opens a case for a flag and draws its appeal panel by lot: 12 citizens and 1 expert, excluding the
 * person and everyone who confirmed their awards (they are parties). Fisher–Yates over the eligible.
 */
export function openCase(
	flag: AuditFlag,
	day: number,
	ledger: Ledger,
	experts: readonly number[],
	rng: Rng
): AuditCase {
	const parties = new Set([flag.person]);
	for (let i = 0; i < ledger.log.awards; i++)
		if (ledger.log.awardTo[i] === flag.person) parties.add(ledger.log.awardFrom[i]!);
	const eligible: number[] = [];
	for (let p = 0; p < ledger.size; p++) if (!parties.has(p)) eligible.push(p);
	const n = Math.min(appealDefaults.citizens, eligible.length);
	for (let i = 0; i < n; i++) {
		const j = i + rng.int(eligible.length - i);
		[eligible[i], eligible[j]] = [eligible[j]!, eligible[i]!];
	}
	const free = experts.filter((e) => !parties.has(e));
	const panel: AppealPanel = {
		citizens: eligible.slice(0, n),
		expert: free.length > 0 ? free[rng.int(free.length)]! : -1
	};
	return { status: 'open', flag, day, panel };
}

/**
 * Records the panel's votes (true: the points were gained by manipulation). A majority of the 13
 * upholds the case and only then is the person penalised, through the ledger's own operation
 * (zeroed, accrual frozen); a dismissed case changes nothing.
 */
export function decideCase(
	open: Extract<AuditCase, { status: 'open' }>,
	votes: { readonly citizens: readonly boolean[]; readonly expert: boolean },
	ledger: Ledger,
	day: number
): AuditCase {
	const guilty = votes.citizens.filter(Boolean).length + (votes.expert ? 1 : 0);
	const upheld = guilty >= appealDefaults.majority;
	if (upheld) {
		const reason = open.flag.reasons.map((r) => r.feature).join(', ');
		ledger.apply({ op: 'penalise', person: open.flag.person, at: day, reason });
	}
	return {
		...open,
		status: upheld ? 'upheld' : 'dismissed',
		guilty,
		votes: votes.citizens.length + 1
	};
}
