import { reportWords, type ReportLocale } from './reportWords.js';
import { curveLinear, curveStepAfter, line, scaleLinear, schemeTableau10 } from 'd3';

/** One line of a plot: its label and a value per day (NaN leaves a gap). */
export interface Series {
	readonly label: string;
	readonly values: readonly number[];
}

const esc = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A line plot as server-side SVG (d3 scales and path generator, no DOM): days on x, the series on
 * y, the judged window shaded, and vertical marks with a tooltip (decisions).
 */
export function svgPlot(input: {
	readonly title: string;
	readonly series: readonly Series[];
	readonly window: { readonly start: number; readonly days: number };
	readonly marks?: readonly { readonly day: number; readonly label: string }[];
	readonly yMax?: number;
	readonly yLabel: string;
	/** Steps for levels (a level holds for the whole day), lines for quantities. */
	readonly steps?: boolean;
	/** The language of the window's tooltip and the day axis (default English). */
	readonly locale?: ReportLocale;
}): string {
	const words = reportWords[input.locale ?? 'en'];
	const width = 720;
	const height = 260;
	const m = { top: 36, right: 150, bottom: 28, left: 48 };
	const days = Math.max(1, ...input.series.map((s) => s.values.length));
	const finite = input.series.flatMap((s) => s.values.filter(Number.isFinite));
	const yMax = input.yMax ?? Math.max(1e-9, ...finite);
	const x = scaleLinear([0, days], [m.left, width - m.right]);
	const y = scaleLinear([0, yMax], [height - m.bottom, m.top]).nice();
	const path = line<number>()
		.defined(Number.isFinite)
		.curve(input.steps ? curveStepAfter : curveLinear)
		.x((_, i) => x(input.steps ? i : i + 0.5))
		.y((v) => y(Math.min(v, yMax)));
	const w = input.window;
	const band = {
		x: x(w.start),
		width: x(w.start + w.days) - x(w.start),
		height: height - m.top - m.bottom,
		title: words.window(w.start, w.start + w.days - 1)
	};
	const gridLine = (t: number) =>
		`<line x1="${m.left}" x2="${width - m.right}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"/>`;
	const tickLabel = (t: number) =>
		`<text x="${m.left - 4}" y="${y(t) + 4}" text-anchor="end" font-size="10">${t}</text>`;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(input.title)}">`,
		`<text x="${m.left}" y="16" font-weight="bold">${esc(input.title)}</text>`,
		`<rect x="${band.x}" y="${m.top}" width="${band.width}" height="${band.height}" fill="#f3d9d9"><title>${band.title}</title></rect>`,
		...y.ticks(5).map((t) => `${gridLine(t)}${tickLabel(t)}`),
		...x
			.ticks(8)
			.map(
				(t) =>
					`<text x="${x(t)}" y="${height - m.bottom + 14}" text-anchor="middle" font-size="10">${t}</text>`
			),
		`<text x="${width - m.right}" y="${height - 2}" text-anchor="end" font-size="10">${words.dayAxis}</text>`,
		`<text x="4" y="${m.top - 6}" font-size="10">${esc(input.yLabel)}</text>`,
		...(input.marks ?? []).map((k) => {
			const ends = `x1="${x(k.day)}" x2="${x(k.day)}" y1="${m.top}" y2="${height - m.bottom}"`;
			return `<line ${ends} stroke="#555" stroke-dasharray="3 3"><title>${esc(k.label)}</title></line>`;
		}),
		...input.series.map((s, i) => {
			const color = schemeTableau10[i % schemeTableau10.length];
			return (
				`<path d="${path([...s.values]) ?? ''}" fill="none" stroke="${color}" stroke-width="1.5"><title>${esc(s.label)}</title></path>` +
				`<text x="${width - m.right + 6}" y="${m.top + 12 * i + 8}" font-size="10" fill="${color}">${esc(s.label)}</text>`
			);
		}),
		'</svg>'
	];
	return parts.join('\n');
}
