import { LEVELS } from '../../../sim/index.js';
import type { Criterion, RunEvidence, StressReport } from '../types.js';
import { reportWords, type ReportLocale } from './reportWords.js';
import { svgPlot } from './svgPlot.js';

const esc = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The criterion in words, with its unit. */
export function describeCriterion(
	c: Criterion,
	locale: ReportLocale = 'en',
	name: (id: string) => string = (id) => id
): string {
	const w = reportWords[locale];
	switch (c.kind) {
		case 'min-coverage':
			return w.minCoverage(c.resources.map(name).join(', '), c.min, c.regions?.map(name).join(', ') ?? '');
		case 'threat-level':
			return w.threatLevel(
				c.scope === 'federation' ? w.federation : name(c.scope),
				c.atLeast ? w.levels[c.atLeast] : '',
				c.atMost ? w.levels[c.atMost] : ''
			);
		case 'manual-control':
			return w.manualControl(c.withinHours);
	}
}

/** A criterion's figure in its unit: coverage as a share, hours, or a threat level's name. */
export function formatFigure(c: Criterion, value: number, locale: ReportLocale = 'en'): string {
	const w = reportWords[locale];
	const comma = (s: string) => (locale === 'ru' ? s.replace('.', ',') : s);
	switch (c.kind) {
		case 'min-coverage':
			return comma(value.toFixed(3));
		case 'threat-level':
			return LEVELS[value] ? w.levels[LEVELS[value]] : String(value);
		case 'manual-control':
			return Number.isFinite(value) ? w.hours(value) : w.never;
	}
}

/**
 * One case: its verdict table and the plots of its first run, as an HTML fragment in `locale` (the
 * console shows it too); `name` gives regions and resources the reader's names (their ids by default).
 */
export function reportSection(
	report: StressReport,
	e: RunEvidence | undefined,
	locale: ReportLocale = 'en',
	name: (id: string) => string = (id) => id
): string {
	const w = reportWords[locale];
	const fig = (c: Criterion, v: number) => formatFigure(c, v, locale);
	// `region/resource`, a scope, or the ingest's own check, as the judge names the worst place.
	const whereIn = (where: string) =>
		where === 'ingest stale detection' ? w.staleCheck : where.split('/').map(name).join(' / ');
	const rows = report.criteria
		.map((c) => {
			const day = c.worst.day === null ? '' : `, ${w.day(c.worst.day)}`;
			const where = `${esc(whereIn(c.worst.where))}${day} (${w.seed(esc(String(c.worst.seed)))})`;
			const figures = [c.p5, c.p50, c.p95].map((v) => `<td>${fig(c.criterion, v)}</td>`).join('');
			const verdict = c.pass ? w.pass : `<b>${w.fail}</b>`;
			const criterion = esc(describeCriterion(c.criterion, locale, name));
			const passed = `${(c.passRate * 100).toFixed(0)}%`;
			return `<tr><td>${verdict}</td><td>${criterion}</td>${figures}<td>${passed}</td><td>${where}</td></tr>`;
		})
		.join('\n');
	const { start, days } = report.window;
	const parts = [
		`<section><h2>${report.pass ? w.pass : w.fail}: ${esc(report.title[locale])} (${esc(report.case)})</h2>`,
		`<p>${w.judged(start, start + days - 1, report.seeds.length, esc(report.seeds.join(', ')))}</p>`,
		`<table><tr><th></th>${w.head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows}</table>`
	];
	if (e) {
		const daily = e.daily;
		const regions = Object.keys(daily[0]?.regionCoverage ?? {});
		const resources = Object.keys(daily[0]?.reserveMonths ?? {});
		const marks = e.decisions.map((d) => ({ day: d.day, label: w.adopted(d.day, d.scenario.title[locale]) }));
		const scopes = [
			'federation',
			...regions.filter((r) => daily.some((d) => (d.threat.regions[r] ?? 'normal') !== 'normal'))
		];
		const decisions = e.decisions.map(
			(d) => `<li>${esc(w.decision(d.day, d.round, d.scenario.title[locale]))}</li>`
		);
		parts.push(
			`<p>${w.plotsNote(esc(String(report.seeds[0])))}</p>`,
			svgPlot({
				title: w.coverage,
				yLabel: w.coverageAxis,
				yMax: 1,
				window: report.window,
				marks,
				locale,
				series: regions.map((r) => ({ label: name(r), values: daily.map((d) => d.regionCoverage[r] ?? NaN) }))
			}),
			svgPlot({
				title: w.stocks,
				yLabel: w.stocksAxis,
				window: report.window,
				marks,
				locale,
				series: resources.map((k) => ({
					label: name(k),
					values: daily.map((d) => d.reserveMonths[k] ?? NaN)
				}))
			}),
			svgPlot({
				title: w.threat,
				yLabel: w.threatAxis,
				yMax: 3,
				steps: true,
				window: report.window,
				locale,
				series: scopes.map((s) => ({
					label: s === 'federation' ? w.federation : name(s),
					values: daily.map((d) =>
						LEVELS.indexOf(s === 'federation' ? d.threat.federation : (d.threat.regions[s] ?? 'normal'))
					)
				}))
			}),
			`<h3>${w.decisions}</h3><ul>${decisions.join('') || `<li>${w.none}</li>`}</ul>`
		);
	}
	parts.push('</section>');
	return parts.join('\n');
}

/** The page's few CSS rules, one per element, inlined so the report stays one file. */
const STYLE = [
	'body{font-family:sans-serif;max-width:760px;margin:auto}',
	'table{border-collapse:collapse}',
	'td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}',
	'svg{width:100%;height:auto}'
];

/** The stress reports as one self-contained HTML page: a table per case and plots of its first run. */
export function renderHtml(
	reports: readonly { readonly report: StressReport; readonly evidence: readonly RunEvidence[] }[]
): string {
	return [
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ResourceOS stress tests</title>',
		`<style>${STYLE.join('')}</style>`,
		'</head><body><h1>Stress tests through the closed loop</h1>',
		...reports.map((r) => reportSection(r.report, r.evidence[0])),
		'</body></html>'
	].join('\n');
}
