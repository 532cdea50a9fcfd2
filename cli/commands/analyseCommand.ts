import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { openTelemetryStore } from '../../data/telemetry/index.js';
import type { Quantity, TelemetryStore } from '../../data/telemetry/types.js';
import { detectRegimeChanges } from '../../planner/anomaly/index.js';
import {
	analyseRelations,
	correlationDefaults,
	ProtectedAttributeError,
	readSeriesGrid,
	recomputeAndStore,
	type RelationChange
} from '../../planner/correlation/index.js';
import { openSqliteReportStore } from '../../data/correlation/index.js';
import { lineageOf } from '../../data/reference/index.js';
import {
	reconciledDemandAdjustments,
	readDemandInputs,
	readShortageInputs,
	shortageWarning
} from '../../planner/forecast/index.js';
import { describeForecast, describeGate, forecastBatch } from './analyseForecast.js';
import { loadConfig } from '../config/index.js';
import { numberFlag } from '../numberFlag.js';
import { parseFlags } from '../parseFlags.js';
import { referenceFlags, referenceOf, referenceUsage } from '../referenceFlags.js';
import { requireStoreFile } from '../requireStoreFile.js';
import { subcommandOf } from '../subcommandOf.js';
import type { CliIO, Command } from '../types.js';
import { fileFlag, switchFlag } from '../flagSchemas.js';

const DAY = 86_400_000;
const Time = v.pipe(
	v.string('should be a date'),
	v.check((s) => !Number.isNaN(Date.parse(s)), 'should be an ISO date like 2026-01-31'),
	v.transform((s) => Date.parse(s))
);
const Window = v.pipe(
	v.string('should be hour, day, week or milliseconds'),
	v.check(
		(s) => ['hour', 'day', 'week'].includes(s) || (Number.isInteger(Number(s)) && Number(s) > 0),
		'should be hour, day, week or a whole number of milliseconds'
	),
	v.transform((s) => ({ hour: 3_600_000, day: DAY, week: 7 * DAY })[s] ?? Number(s))
);
const Quantities = ['stock', 'inflow', 'outflow', 'capacity', 'consumption', 'production'] as const;

const Flags = v.strictObject({
	store: v.optional(v.picklist(['sqlite', 'influxdb'], 'should be sqlite or influxdb'), 'sqlite'),
	dataDir: v.optional(v.pipe(v.string(), v.nonEmpty('should name a folder'))),
	telemetry: v.optional(fileFlag),
	'influx-url': v.optional(v.string(), 'http://127.0.0.1:8086'),
	'influx-db': v.optional(v.string(), 'resourceos'),
	region: v.optional(v.string()),
	resource: v.optional(v.string()),
	quantity: v.optional(v.picklist(Quantities, `should be one of ${Quantities.join(', ')}`)),
	from: v.optional(Time),
	to: v.optional(Time),
	window: v.optional(Window, 'day'),
	period: v.optional(numberFlag({ min: 1, max: 10_000, integer: true })),
	horizon: v.optional(numberFlag({ min: 1, max: 10_000, integer: true }), '14'),
	alpha: v.optional(numberFlag({ min: 1e-9, max: 0.5 }), String(correlationDefaults.alpha)),
	bar: v.optional(v.picklist(['q', 'p'], 'should be q or p'), 'q'),
	'max-lag': v.optional(numberFlag({ min: 0, max: 1000, integer: true }), String(correlationDefaults.maxLag)),
	method: v.optional(v.picklist(['pearson', 'spearman'], 'should be pearson or spearman'), 'pearson'),
	preparation: v.optional(
		v.picklist(
			['difference', 'detrend', 'prewhiten', 'none'],
			'should be difference, detrend, prewhiten or none'
		),
		correlationDefaults.preparation
	),
	protected: v.optional(v.string()),
	'reserve-days': v.optional(numberFlag({ min: 0, max: 3650 }), '182'),
	lang: v.optional(v.picklist(['en', 'ru'], 'should be en or ru'), 'en'),
	global: v.optional(v.picklist(['auto', 'on', 'off'], 'should be auto, on or off'), 'auto'),
	json: switchFlag,
	out: v.optional(fileFlag),
	periods: v.optional(numberFlag({ min: 1, max: 52, integer: true }), '4'),
	'period-days': v.optional(numberFlag({ min: 1, max: 31, integer: true }), '7'),
	reports: v.optional(fileFlag, 'var/correlation-reports.sqlite'),
	force: switchFlag,
	...referenceFlags
});
/** The flags with the window filled in (`--to` now, `--from` 30 days before). */
type Flags = v.InferOutput<typeof Flags> & { readonly from: number; readonly to: number };
const Modes = ['correlate', 'recompute', 'forecast', 'shortages', 'regimes', 'demand'] as const;

const usage = `Usage: resourceos analyse MODE [--from DATE] [--to DATE] [flags]

The window defaults to the 30 days before now (--to now, --from 30 days before --to).

Modes:
  correlate   lagged Pearson/Spearman between every pair of matching series, BH q-values, Granger hint
  recompute   the weekly recompute: correlate [from, to) when 7 days have passed since the last stored report
              (--force: now), store it in --reports FILE (var/correlation-reports.sqlite) and list new,
              weakening and gone relations against the last stored report, at the lags it reported
  forecast    per-series backtests of naive, seasonal naive, TSB (intermittent series), Theta and Holt-Winters;
              the choice (Holt-Winters unless another beats it at 5 of 6 origins; RMSSE on intermittent series),
              its error, 90% intervals; the global model where the batch's nested backtest shows it helping
  shortages   each region's stock against its reserve floor (population × norm): empty, below the floor since a date,
              or the first day it is likely to fall below, with the probability (from sample paths) and the reason
  regimes     steps, slope changes and transients flagged for a person (Harrison-Stevens)
  demand      the planner's forecast file: demandFactor per region, resource and planning period (--out FILE)

Flags (defaults):
  --store sqlite|influxdb (sqlite)  --dataDir DIR (the dataDir setting, var)  --telemetry FILE (DIR/telemetry.sqlite)
  --influx-url URL  --influx-db NAME   (a missing SQLite file is an error: reading never creates a store)
  --region ID  --resource ID  --quantity stock|inflow|outflow|capacity|consumption|production
  --window hour|day|week|MS (day)  --period STEPS (season: 24 hourly, 7 daily, 52 weekly, else 1)  --horizon STEPS (14)
  --alpha A (0.01)  --bar q|p (q: Benjamini-Hochberg)  --max-lag STEPS (7)  --method pearson|spearman
  --preparation prewhiten|difference|detrend|none (prewhiten)
  --protected a,b  (extra names never analysed, in any mode; race, ethnicity, sex/gender, political views, sexual orientation and religion never are)
  --global auto|on|off (auto)  (forecast: train the learned global model in a worker thread; auto lets it into the
              selection only if the batch's nested backtest shows it helping, on always, off never trains it)
  --reserve-days DAYS (182)  --lang en|ru  --json
${referenceUsage(28).join('\n')}
  (shortages: the regions' people and norms come from these; by nutrient, wheat counts toward food's floor;
  every mode: a series whose resource is derivedFrom a protected survey field is refused, whatever its name)
  --out FILE  --periods N (4)  --period-days D (7)  (demand: written as {"version":1,"adjustments":[...]} for resourceos plan --forecasts)`;

/** The correlation settings the flags give. */
const correlationOptions = (f: Flags & { period: number }, extra: readonly string[]) => ({
	alpha: f.alpha,
	bar: f.bar,
	maxLag: f['max-lag'],
	method: f.method,
	preparation: f.preparation,
	period: f.period,
	protectedAttributes: extra
});

/** One line per change since the last stored report. */
function describeChange(c: RelationChange): string {
	const p = (x: number) => (Number.isFinite(x) ? x.toExponential(1) : 'untestable');
	switch (c.kind) {
		case 'new':
			return `new        ${c.relation.a} ~ ${c.relation.b} lag ${c.relation.lag}: ${c.relation.explanation}`;
		case 'weakening':
			return `weakening  ${c.before.a} ~ ${c.before.b}: p at the reported lag ${c.before.lag} is now ${p(c.pAtReportedLag)} (was ${p(c.before.p)})`;
		case 'gone': {
			const now = `p at the reported lag ${c.before.lag} is ${p(c.pAtReportedLag)} (was ${p(c.before.p)})`;
			return `gone       ${c.before.a} ~ ${c.before.b}: no longer below the bar; ${now}`;
		}
	}
}

/** One series' regime changes as a line. */
function describeRegimes(r: { id: string } & ReturnType<typeof detectRegimeChanges>): string {
	if (r.status === 'too-short') return `${r.id}: too short (${r.have} windows, ${r.need} needed)`;
	if (r.changes.length === 0) return `${r.id}: no regime change`;
	const change = (c: (typeof r.changes)[number]) => {
		const at = c.time ? new Date(c.time).toISOString() : c.index;
		return `${c.kind} at ${at} (p=${c.probability.toFixed(2)}, level ${c.levelBefore.toFixed(1)} → ${c.levelAfter.toFixed(1)})`;
	};
	return `${r.id}: ${r.changes.map(change).join('; ')}`;
}

/** One series' demand adjustments as a line: the factor per period and the evidence behind it. */
function describeDemand(
	r: Extract<ReturnType<typeof reconciledDemandAdjustments>[number], { status: 'ok' }>
): string {
	const factors = r.adjustments.map((a) => a.demandFactor!.toFixed(3)).join(', ');
	const evidence = `${r.method}, backtest MASE ${r.backtestMase.toFixed(2)}, now ${r.recentPerDay.toFixed(1)}/day`;
	return `${r.adjustments[0]!.resource} in ${r.adjustments[0]!.region}: demandFactor ${factors} (${evidence})`;
}

/** The season length a window suggests: a day of hours, a week of days, a year of weeks. */
const seasonOf = (windowMs: number) =>
	windowMs === 3_600_000 ? 24 : windowMs === DAY ? 7 : windowMs === 7 * DAY ? 52 : 1;

async function run(
	mode: (typeof Modes)[number],
	flags: Flags,
	store: TelemetryStore,
	io: CliIO
): Promise<number> {
	const f = { ...flags, period: flags.period ?? seasonOf(flags.window) };
	const out = (x: unknown, text: () => string) =>
		io.stdout.write(f.json ? `${JSON.stringify(x, null, 2)}\n` : `${text()}\n`);
	const filter = {
		...(f.region ? { region: f.region } : {}),
		...(f.resource ? { resource: f.resource } : {})
	};
	const extra = f.protected ? f.protected.split(',').map((s) => s.trim()) : [];
	// Every mode reads with the reference's lineage: a series derived from a protected survey field is refused.
	const reference = await referenceOf(f);
	const lineage = lineageOf(reference);
	const guard = { lineage, protectedNames: extra };
	const gridOf = () =>
		readSeriesGrid(
			store,
			{ ...filter, ...(f.quantity ? { quantity: f.quantity as Quantity } : {}) },
			f.from,
			f.to,
			f.window,
			'mean',
			guard
		);
	switch (mode) {
		case 'recompute': {
			const reports = openSqliteReportStore(f.reports);
			try {
				const outcome = await recomputeAndStore({
					telemetry: store,
					reports,
					now: f.to,
					lookbackMs: f.to - f.from,
					windowMs: f.window,
					lineage,
					filter: { ...filter, ...(f.quantity ? { quantity: f.quantity as Quantity } : {}) },
					options: correlationOptions(f, extra),
					...(f.force ? { force: true } : {})
				});
				out(outcome, () => {
					if (outcome.status === 'not-due') {
						const younger = `the last report is younger than ${correlationDefaults.recomputeEveryDays} days`;
						return `not due: ${younger}; next at ${new Date(outcome.dueAt).toISOString()} (--force runs now)`;
					}
					const stored = `stored report of ${new Date(outcome.report.at).toISOString()} in ${f.reports}`;
					const significant = outcome.report.relations.filter((r) => r.significant).length;
					const counts = `${significant} significant relations, ${outcome.changes.length} changes`;
					return [`${stored}: ${counts}`, ...outcome.changes.map(describeChange)].join('\n');
				});
			} finally {
				await reports.close();
			}
			return 0;
		}
		case 'correlate': {
			const grid = await gridOf();
			const report = analyseRelations(grid.series, f.to, correlationOptions(f, extra));
			out(report, () =>
				[
					`${grid.series.length} series, ${report.tests} tests (pairs × lags), bar ${f.bar} < ${f.alpha}, prepared by ${f.preparation}`,
					...report.relations
						.filter((r) => r.evidence !== 'none')
						.map((r) => `${r.a} ~ ${r.b} lag ${r.lag}: ${r.explanation}`),
					...report.skipped.map((s) => `skipped  ${s.id}: ${s.reason}`)
				].join('\n')
			);
			return 0;
		}
		case 'forecast': {
			const grid = await gridOf();
			const batch = await forecastBatch(grid.series, { period: f.period, horizon: f.horizon }, f.global);
			out(batch, () =>
				[describeGate(batch.globalModel), ...batch.forecasts.map(describeForecast)].join('\n')
			);
			return 0;
		}
		case 'regimes': {
			const grid = await gridOf();
			const results = grid.series.map((s) => ({
				id: s.id,
				...detectRegimeChanges(s.values, {}, grid.starts)
			}));
			out(results, () => results.map(describeRegimes).join('\n'));
			return 0;
		}
		case 'demand': {
			const inputs = await readDemandInputs(store, filter, f.from, f.to, guard);
			const results = reconciledDemandAdjustments(inputs, f.periods, f['period-days']);
			const adjustments = results.flatMap((r) => (r.status === 'ok' ? r.adjustments : []));
			if (f.out) await writeFile(f.out, `${JSON.stringify({ version: 1, adjustments }, null, 2)}\n`);
			out(
				results,
				() =>
					results
						.map((r) => (r.status === 'ok' ? describeDemand(r) : `${r.resource} in ${r.region}: ${r.reason}`))
						.join('\n') + (f.out ? `\nwrote ${adjustments.length} adjustments to ${f.out}` : '')
			);
			return 0;
		}
		case 'shortages': {
			const inputs = await readShortageInputs(store, filter, f.from, f.to, f.window, reference, {
				protectedNames: extra
			});
			const results = inputs.map((i) =>
				shortageWarning(i, {
					reserveDays: f['reserve-days'],
					period: f.period,
					horizon: f.horizon
				})
			);
			out(results, () => results.map((r) => r.sentence[f.lang]).join('\n') || 'no stock series matched');
			return 0;
		}
	}
}

/** `resourceos analyse MODE`: the Correlation Center from the command line, reading telemetry through the store port. */
export const analyseCommand: Command = {
	name: 'analyse',
	summary: 'Correlations, forecasts, shortage warnings and regime changes from stored telemetry',
	usage,
	subcommands: Modes,
	async run(args, io) {
		const { name: mode, rest } = subcommandOf(args, Modes, 'analyse');
		const parsed = parseFlags(Flags, rest, `analyse ${mode}`).flags;
		const to = parsed.to ?? Date.now();
		const flags = { ...parsed, to, from: parsed.from ?? to - 30 * DAY };
		if (flags.to <= flags.from) {
			io.stderr.write(
				`resourceos analyse: --to (${new Date(flags.to).toISOString()}) should be after --from (${new Date(flags.from).toISOString()})\n`
			);
			return 2;
		}
		const dataDir = flags.dataDir ?? (await loadConfig({ env: io.env, flags: {} })).dataDir;
		const store = openTelemetryStore({
			store: flags.store,
			sqlitePath:
				flags.store === 'sqlite'
					? requireStoreFile(
							flags.telemetry ?? join(dataDir, 'telemetry.sqlite'),
							flags.telemetry ? '--telemetry' : 'dataDir (--dataDir, RESOURCEOS_DATA_DIR)',
							'analyse'
						)
					: '',
			influx: { url: flags['influx-url'], database: flags['influx-db'], username: '', password: '' }
		});
		try {
			return await run(mode, flags, store, io);
		} catch (error) {
			if (error instanceof ProtectedAttributeError) {
				io.stderr.write(`resourceos analyse: ${error.message}\n`);
				return 2;
			}
			throw error;
		} finally {
			await store.close();
		}
	}
};
