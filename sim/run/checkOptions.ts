import type { InputIssue } from '../../data/schema/index.js';
import { stepSeconds } from '../step/stepSeconds.js';
import type { SimOptions } from '../types.js';

/** Checks merged options; each issue names the option path and its value. */
export function checkOptions(o: SimOptions): InputIssue[] {
	const issues: InputIssue[] = [];
	const check = (ok: boolean, path: string, expected: string, received: unknown) => {
		if (!ok) issues.push({ path, expected, received });
	};
	const int = (path: string, value: number, min: number) =>
		check(Number.isInteger(value) && value >= min, path, `should be a whole number ≥ ${min}`, value);
	const atLeast = (path: string, value: number, min: number) =>
		check(Number.isFinite(value) && value >= min, path, `should be ≥ ${min}`, value);
	const share = (path: string, value: number) =>
		check(Number.isFinite(value) && value >= 0 && value <= 1, path, 'should be from 0 to 1', value);
	int('days', o.days, 1);
	check(
		o.startDate === null ||
			(/^\d{4}-\d{2}-\d{2}$/.test(o.startDate) && !Number.isNaN(Date.parse(`${o.startDate}T00:00:00Z`))),
		'startDate',
		'should be a date YYYY-MM-DD',
		o.startDate
	);
	check(
		stepSeconds(o.stepHours) !== null,
		'stepHours',
		'should divide a day in whole seconds (24, 12, 1, 0.25, 10 / 3600 for 10 s, …)',
		o.stepHours
	);
	atLeast('reserveTargetMonths', o.reserveTargetMonths, 0);
	atLeast('yieldSd', o.yieldSd, 0);
	share('behaviour.overConsumerShare', o.behaviour.overConsumerShare);
	atLeast('behaviour.overFactor', o.behaviour.overFactor, 1);
	share('behaviour.detectProbability', o.behaviour.detectProbability);
	share('behaviour.sanctionFactor', o.behaviour.sanctionFactor);
	int('behaviour.sanctionDays', o.behaviour.sanctionDays, 1);
	atLeast('behaviour.compensationHours', o.behaviour.compensationHours, 0);
	atLeast('behaviour.repeatEscalation', o.behaviour.repeatEscalation, 1);
	share('disruptions.perDayProbability', o.disruptions.perDayProbability);
	int('disruptions.minDays', o.disruptions.minDays, 1);
	int('disruptions.maxDays', o.disruptions.maxDays, o.disruptions.minDays);
	share('disruptions.minSeverity', o.disruptions.minSeverity);
	share('disruptions.maxSeverity', o.disruptions.maxSeverity);
	int('sensors.everySteps', o.sensors.everySteps, 1);
	int('sensors.delaySteps', o.sensors.delaySteps, 0);
	atLeast('sensors.noise', o.sensors.noise, 0);
	share('sensors.dropout', o.sensors.dropout);
	share('threat.survivalQuotaFactor', o.threat.survivalQuotaFactor);
	share('threat.lifeline', o.threat.lifeline);
	check(
		o.rationing === 'proportional' || o.rationing === 'lifeline-first',
		'rationing',
		'should be proportional or lifeline-first',
		o.rationing
	);
	atLeast('threat.liftMargin', o.threat.liftMargin, 1);
	int('threat.liftAfterDays', o.threat.liftAfterDays, 1);
	int('decimals', o.decimals, 0);
	atLeast('redistribution.imbalance', o.redistribution.imbalance, 0);
	atLeast('redistribution.keepDays', o.redistribution.keepDays, 0);
	int('citizens.perRegion', o.citizens.perRegion, 0);
	int('citizens.loanDays', o.citizens.loanDays, 1);
	int('citizens.rings', o.citizens.rings, 0);
	int('citizens.ringSize', o.citizens.ringSize, 2);
	int('citizens.auditEveryDays', o.citizens.auditEveryDays, 1);
	int('citizens.serviceBankDays', o.citizens.serviceBankDays, 1);
	check(
		o.citizens.rings * o.citizens.ringSize <= o.citizens.perRegion,
		'citizens.rings',
		'rings × ringSize should fit in one region’s sample (perRegion)',
		o.citizens.rings
	);
	for (const key of [
		'workShare',
		'teachShare',
		'hazardousShare',
		'needShare',
		'socialPerDay',
		'rarePerDay',
		'itemsPerPerson',
		'gateBasicCoverage',
		'jurorAccuracy',
		'randomAuditShare'
	] as const)
		share(`citizens.${key}`, o.citizens[key]);
	atLeast('citizens.rareUnitsPerPersonYear', o.citizens.rareUnitsPerPersonYear, 0);
	atLeast('citizens.serviceHoursPerWorker', o.citizens.serviceHoursPerWorker, 0);
	const q = o.quotaCuts;
	share('quotaCuts.ecosystemFactor', q.ecosystemFactor);
	share('quotaCuts.wasteFactor', q.wasteFactor);
	share('quotaCuts.maxWasteShare', q.maxWasteShare);
	int('quotaCuts.reviewDays', q.reviewDays, 1);
	int('quotaCuts.cutDays', q.cutDays, 1);
	return issues;
}
