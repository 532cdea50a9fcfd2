import type Sqlite from 'better-sqlite3';
import { canonicalJson } from '../../../scenarios/ballot/canonicalJson.js';
import { planHash } from '../../../scenarios/round/createRound.js';
import type { Plan } from '../../plan/types.js';
import type { Ledger } from '../types.js';
import type { AppendEvent } from './types.js';

const quotaColumns = 'round, region, resource, per_person_per_day, effective_from, adopted_at';
const planColumns = 'round, scenario, plan, plan_hash, adopted_at';

interface PlanRow {
	readonly round: string;
	readonly scenario: string;
	readonly plan: string;
	readonly plan_hash: string;
	readonly adopted_at: number;
}

interface QuotaRow {
	readonly round: string;
	readonly region: string;
	readonly resource: string;
	readonly per_person_per_day: number;
	readonly effective_from: string;
	readonly adopted_at: number;
}

/** The append-only `plans` and `quotas` tables the simulation executes; the latest adoption is in force. */
export function createPlanTables(
	db: Sqlite.Database,
	chain: AppendEvent
): Pick<Ledger, 'adoptPlan' | 'adoptedPlan' | 'quotas'> {
	const q = {
		plan: db.prepare(`INSERT INTO plans (${planColumns}) VALUES (?, ?, ?, ?, ?)`),
		quota: db.prepare(`INSERT INTO quotas (${quotaColumns}) VALUES (?, ?, ?, ?, ?, ?)`),
		latestPlan: db.prepare(`SELECT ${planColumns} FROM plans ORDER BY adopted_at DESC, rowid DESC LIMIT 1`),
		quotas: db.prepare(`SELECT ${quotaColumns} FROM quotas WHERE round = ? ORDER BY id`)
	};
	const latest = () => q.latestPlan.get() as PlanRow | undefined;
	return {
		adoptPlan(round, scenario, at) {
			const hash = planHash(scenario);
			q.plan.run(round, scenario.id, canonicalJson(scenario.plan), hash, at);
			for (const quota of scenario.plan.quotas)
				q.quota.run(round, quota.region, quota.resource, quota.perPersonPerDay, scenario.plan.start, at);
			chain(
				round,
				{
					kind: 'adopted',
					data: { scenario: scenario.id, planHash: hash, telemetryHash: scenario.telemetry.hash }
				},
				at
			);
			chain(
				round,
				{ kind: 'quotas', data: { effectiveFrom: scenario.plan.start, quotas: scenario.plan.quotas } },
				at
			);
		},
		adoptedPlan() {
			const row = latest();
			return row
				? {
						round: row.round,
						scenario: row.scenario,
						planHash: row.plan_hash,
						adoptedAt: row.adopted_at,
						plan: JSON.parse(row.plan) as Plan
					}
				: undefined;
		},
		quotas() {
			const row = latest();
			if (!row) return [];
			return (q.quotas.all(row.round) as QuotaRow[]).map((r) => ({
				round: r.round,
				region: r.region,
				resource: r.resource,
				perPersonPerDay: r.per_person_per_day,
				effectiveFrom: r.effective_from,
				adoptedAt: r.adopted_at
			}));
		}
	};
}
