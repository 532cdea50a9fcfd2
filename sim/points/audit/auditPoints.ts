import type { Ledger, PointsOptions } from '../types.js';
import { auditDefaults } from './defaults.js';
import type { AuditFlag, AuditOptions, AuditReason, WorkStructure } from './types.js';

const MONTH_DAYS = 30;

/**
 * Flags people whose awards look inflated, by features of the awards rather than the graph's shape
 * (honest teams and cooperatives confirm each other too, so reciprocity alone punishes cooperation):
 * - points confirmed by strangers (neither related in the work structure nor coordinators);
 * - claimed work hours a week beyond what a person can work;
 * - a month of work points far above the person's own median month;
 * - more events of a kind (discoveries) than a year plausibly holds.
 * A flag opens a case for people to decide (see `decideCase`); it changes no balance.
 */
export function auditPoints(
	ledger: Ledger,
	structure: WorkStructure,
	points: PointsOptions,
	options: Partial<AuditOptions> = {}
): AuditFlag[] {
	const o = { ...auditDefaults, ...options };
	const kinds = Object.keys(points.accrual);
	const per = kinds.map((k) => points.accrual[k]!.per);
	const total = new Map<number, number>();
	const stranger = new Map<number, number>();
	const hours = new Map<number, number>();
	const months = new Map<number, Map<number, number>>();
	const events = new Map<string, number>();
	let last = o.fromDay;
	for (let i = 0; i < ledger.log.awards; i++) {
		const day = ledger.log.awardDay[i]!;
		if (day < o.fromDay || day > o.toDay) continue;
		last = Math.max(last, day);
		const to = ledger.log.awardTo[i]!;
		const from = ledger.log.awardFrom[i]!;
		const pts = ledger.log.awardPoints[i]!;
		total.set(to, (total.get(to) ?? 0) + pts);
		if (!structure.related(from, to) && !structure.coordinators.has(from))
			stranger.set(to, (stranger.get(to) ?? 0) + pts);
		const k = ledger.log.awardKind[i]!;
		const q = ledger.log.awardQuantity[i]!;
		if (per[k] === 'month' || per[k] === 'hour') {
			hours.set(to, (hours.get(to) ?? 0) + (per[k] === 'month' ? q * o.hoursPerWorkMonth : q));
			let byMonth = months.get(to);
			if (!byMonth) months.set(to, (byMonth = new Map()));
			const m = Math.floor((day - o.fromDay) / MONTH_DAYS);
			byMonth.set(m, (byMonth.get(m) ?? 0) + pts);
		} else if (per[k] === 'event') {
			const key = `${to}:${kinds[k]}`;
			events.set(key, (events.get(key) ?? 0) + 1);
		}
	}
	const span = Math.max(MONTH_DAYS, Math.min(o.toDay, last) - o.fromDay + 1);
	const reasons = new Map<number, AuditReason[]>();
	const add = (person: number, reason: AuditReason) => {
		const list = reasons.get(person);
		if (list) list.push(reason);
		else reasons.set(person, [reason]);
	};
	for (const [person, got] of total) {
		const s = stranger.get(person) ?? 0;
		if (s >= o.unrelatedMinPoints && s / got >= o.unrelatedShare)
			add(person, { feature: 'unrelated-confirmations', value: s / got, threshold: o.unrelatedShare });
		const perWeek = ((hours.get(person) ?? 0) * 7) / span;
		if (perWeek > o.maxHoursPerWeek)
			add(person, { feature: 'hours', value: perWeek, threshold: o.maxHoursPerWeek });
		const byMonth = [...(months.get(person)?.values() ?? [])].sort((a, b) => a - b);
		if (byMonth.length >= 3) {
			const median = byMonth[Math.floor(byMonth.length / 2)]!;
			const peak = byMonth[byMonth.length - 1]!;
			if (peak >= o.burstMinPoints && peak > o.burstFactor * median)
				add(person, { feature: 'burst', value: peak / median, threshold: o.burstFactor });
		}
	}
	for (const [key, n] of events) {
		const [person, kind] = key.split(':') as [string, string];
		const limit = o.eventsPerYear[kind];
		if (limit !== undefined && n > limit * Math.max(1, span / 365))
			add(Number(person), { feature: 'event-count', value: n, threshold: limit, kind });
	}
	return [...reasons.entries()].sort((a, b) => a[0] - b[0]).map(([person, r]) => ({ person, reasons: r }));
}
