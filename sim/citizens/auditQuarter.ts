import { auditPoints } from '../points/audit/auditPoints.js';
import { decideCase, openCase } from '../points/audit/decideCase.js';
import { drawRandomAudit } from '../points/audit/drawRandomAudit.js';
import type { AuditCase, WorkStructure } from '../points/audit/types.js';
import type { Ledger, PointsOptions } from '../points/types.js';
import type { Rng } from '../rng/types.js';

/** What one audit did: flags by features, people drawn by lot, and each case's end. */
export interface AuditQuarter {
	readonly findings: number;
	readonly randomAudits: number;
	readonly penalised: number;
	readonly forfeited: number;
	readonly dismissed: number;
	readonly cases: readonly AuditCase[];
}

/**
 * Audits the sample's awards of days `fromDay..day`. A flag opens a case; 12 citizens and 1 expert
 * decide; only an upheld case is sanctioned (points zeroed, accrual frozen: DOMAIN.md), through the
 * ledger. The documents' random quarterly audit adds `randomShare` (5%) of the people, drawn by lot,
 * whatever their features say. The panel is simulated: each member judges right with
 * `jurorAccuracy`, knowing what the simulation knows (`gamed`).
 */
export function auditQuarter(
	ledger: Ledger,
	structure: WorkStructure,
	points: PointsOptions,
	range: { readonly fromDay: number; readonly day: number },
	panel: {
		readonly experts: readonly number[];
		readonly jurorAccuracy: number;
		readonly randomShare: number;
	},
	gamed: (person: number) => boolean,
	jury: Rng
): AuditQuarter {
	const { fromDay, day } = range;
	const flags = auditPoints(ledger, structure, points, { fromDay, toDay: day });
	const drawn = drawRandomAudit(ledger.size, panel.randomShare, jury, new Set(flags.map((f) => f.person)));
	let penalised = 0;
	let forfeited = 0;
	let dismissed = 0;
	const cases: AuditCase[] = [];
	for (const flag of [...flags, ...drawn]) {
		const open = openCase(flag, day, ledger, panel.experts, jury);
		if (open.status !== 'open') continue;
		const truth = gamed(flag.person);
		const vote = () => (jury.next() < panel.jurorAccuracy ? truth : !truth);
		const balance = ledger.balance(flag.person);
		const votes = { citizens: open.panel.citizens.map(vote), expert: vote() };
		const decided = decideCase(open, votes, ledger, day);
		if (decided.status === 'upheld') {
			penalised++;
			forfeited += balance;
		} else dismissed++;
		cases.push(decided);
	}
	return { findings: flags.length, randomAudits: drawn.length, penalised, forfeited, dismissed, cases };
}
