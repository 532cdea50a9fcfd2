import { LEVELS } from '../../../sim/index.js';
import type { Criterion, RunEvidence, StressReport } from '../types.js';
import { svgPlot } from './svgPlot.js';

const esc = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The criterion in words, with its unit. */
export function describeCriterion(c: Criterion): string {
	switch (c.kind) {
		case 'min-coverage':
			return `${c.resources.join(', ')} coverage ≥ ${c.min} on the worst day${c.regions ? ` (${c.regions.join(', ')})` : ''}`;
		case 'threat-level':
			return `${c.scope} threat level${c.atLeast ? ` ≥ ${c.atLeast}` : ''}${c.atMost ? ` ≤ ${c.atMost}` : ''}`;
		case 'manual-control':
			return `stale sensors flagged within ${c.withinHours} h of the outage`;
	}
}

/** A criterion's figure in its unit: coverage as a share, hours, or a threat level's name. */
export function formatFigure(c: Criterion, value: number): string {
	switch (c.kind) {
		case 'min-coverage':
			return value.toFixed(3);
		case 'threat-level':
			return LEVELS[value] ?? String(value);
		case 'manual-control':
			return Number.isFinite(value) ? `${value} h` : 'never';
	}
}

/** One case: its verdict table and the plots of its first run, as an HTML fragment (the console shows it too). */
export function reportSection(report: StressReport, e: RunEvidence | undefined): string {
	const rows = report.criteria
		.map(
			(c) =>
				`<tr><td>${c.pass ? 'PASS' : '<b>FAIL</b>'}</td><td>${esc(describeCriterion(c.criterion))}</td>` +
				`<td>${formatFigure(c.criterion, c.p5)}</td><td>${formatFigure(c.criterion, c.p50)}</td><td>${formatFigure(c.criterion, c.p95)}</td>` +
				`<td>${(c.passRate * 100).toFixed(0)}%</td><td>${esc(c.worst.where)}${c.worst.day === null ? '' : `, day ${c.worst.day}`} (seed ${esc(String(c.worst.seed))})</td></tr>`
		)
		.join('\n');
	const parts = [
		`<section><h2>${report.pass ? 'PASS' : 'FAIL'}: ${esc(report.title.en)} (${esc(report.case)})</h2>`,
		`<p>Judged on days ${report.window.start}–${report.window.start + report.window.days - 1}; ${report.seeds.length} runs through the closed loop (seeds ${esc(report.seeds.join(', '))}).</p>`,
		`<table><tr><th></th><th>criterion</th><th>p5</th><th>p50</th><th>p95</th><th>runs passed</th><th>worst</th></tr>${rows}</table>`
	];
	if (e) {
		const daily = e.daily;
		const regions = Object.keys(daily[0]?.regionCoverage ?? {});
		const resources = Object.keys(daily[0]?.reserveMonths ?? {});
		const marks = e.decisions.map((d) => ({
			day: d.day,
			label: `day ${d.day}: adopted ${d.scenario.title.en}`
		}));
		const scopes = [
			'federation',
			...regions.filter((r) => daily.some((d) => (d.threat.regions[r] ?? 'normal') !== 'normal'))
		];
		parts.push(
			`<p>Plots of the first run (seed ${esc(String(report.seeds[0]))}); dashed lines are the auto-council's decisions, the shaded band the judged window.</p>`,
			svgPlot({
				title: 'Coverage per region (mean over basic needs)',
				yLabel: 'delivered ÷ need',
				yMax: 1,
				window: report.window,
				marks,
				series: regions.map((r) => ({ label: r, values: daily.map((d) => d.regionCoverage[r] ?? NaN) }))
			}),
			svgPlot({
				title: 'Stocks (whole federation)',
				yLabel: 'months of need',
				window: report.window,
				marks,
				series: resources.map((k) => ({ label: k, values: daily.map((d) => d.reserveMonths[k] ?? NaN) }))
			}),
			svgPlot({
				title: 'Threat levels (0 normal, 1 yellow, 2 red, 3 survival)',
				yLabel: 'level',
				yMax: 3,
				steps: true,
				window: report.window,
				series: scopes.map((s) => ({
					label: s,
					values: daily.map((d) =>
						LEVELS.indexOf(s === 'federation' ? d.threat.federation : (d.threat.regions[s] ?? 'normal'))
					)
				}))
			}),
			`<h3>Decisions</h3><ul>${e.decisions.map((d) => `<li>day ${d.day}, round ${esc(d.round)}: ${esc(d.scenario.title.en)}</li>`).join('') || '<li>none</li>'}</ul>`
		);
	}
	parts.push('</section>');
	return parts.join('\n');
}

/** The stress reports as one self-contained HTML page: a table per case and plots of its first run. */
export function renderHtml(
	reports: readonly { readonly report: StressReport; readonly evidence: readonly RunEvidence[] }[]
): string {
	return [
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ResourceOS stress tests</title>',
		'<style>body{font-family:sans-serif;max-width:760px;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}svg{width:100%;height:auto}</style>',
		'</head><body><h1>Stress tests through the closed loop</h1>',
		...reports.map((r) => reportSection(r.report, r.evidence[0])),
		'</body></html>'
	].join('\n');
}
