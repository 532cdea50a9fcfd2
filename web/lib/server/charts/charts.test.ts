import { describe, expect, it } from 'vitest';
import { harvestShortfall } from '../../../../scenarios/round/cases/loadCases.js';
import { coverageMap } from './coverageMap.js';
import { heatMap } from './heatMap.js';
import { nonDominated } from './nonDominated.js';
import { readableInk } from './readableInk.js';
import { resultBars } from './resultBars.js';
import { tradeOff } from './tradeOff.js';

/** WCAG contrast ratio of two colours given as #rrggbb. */
function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
		const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
		return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}
const hex = (rgb: string) =>
	'#' +
	rgb
		.match(/\d+/g)!
		.map((n) => Number(n).toString(16).padStart(2, '0'))
		.join('');

describe('charts drawn on the server', () => {
	it('lays out a region × resource heat map whose numbers read on their colour (contrast ≥ 4.5)', () => {
		const coverage = ['north', 'south'].flatMap((region, i) =>
			['water', 'wheat', 'energy'].map((resource, j) => ({
				region,
				resource,
				tier: 'basic',
				coverage: 0.4 + 0.15 * (i + 2 * j),
				worstPeriod: 0
			}))
		);
		const map = coverageMap(coverage);
		expect(map.rows.map((r) => r.label)).toEqual(['north', 'south']);
		expect(map.columns.map((c) => c.label)).toEqual(['energy', 'water', 'wheat']);
		expect(map.cells).toHaveLength(6);
		for (const cell of map.cells)
			expect(contrast(hex(cell.fill), cell.ink === '#000' ? '#000000' : '#ffffff')).toBeGreaterThanOrEqual(
				4.5
			);
		// Lower coverage is redder: the red channel of the lowest cell exceeds that of the highest.
		const byCoverage = [...map.cells].sort((a, b) => a.value - b.value);
		expect(Number(byCoverage[0]!.fill.match(/\d+/)![0])).toBeGreaterThan(
			Number(byCoverage.at(-1)!.fill.match(/\d+/)![0])
		);
		expect(readableInk('rgb(255, 255, 255)')).toBe('#000');
		// Named labels make room for themselves: a long region name pushes the cells right.
		const named = heatMap(
			[{ region: 'north', resource: 'water', value: 1, level: 1 }],
			new Map([['north', 'A region with a very long name indeed']])
		);
		expect(named.rows[0]!.label).toBe('A region with a very long name indeed');
		expect(named.cells[0]!.x).toBeGreaterThan(map.cells.find((c) => c.region === 'north')!.x);
		expect(readableInk('rgb(0, 0, 0)')).toBe('#fff');
	});

	it('marks only scenarios no other one beats on every metric', () => {
		const [a, b, c] = harvestShortfall;
		// A copy of `a` that is worse on every metric is dominated by `a`.
		const worse = {
			id: 'worse',
			metrics: {
				...a!.metrics,
				minCoverage: a!.metrics.minCoverage - 0.1,
				transportTonneKm: a!.metrics.transportTonneKm + 1
			}
		};
		expect([...nonDominated([a!, b!, c!, worse])].sort()).toEqual([a!.id, b!.id, c!.id].sort());
		const chart = tradeOff([a!, worse]);
		expect(chart.points.map((p) => [p.id, p.nonDominated])).toEqual([
			[a!.id, true],
			['worse', false]
		]);
		// More transport is further right; lower coverage is lower (larger y).
		expect(chart.points[1]!.x).toBeGreaterThan(chart.points[0]!.x);
		expect(chart.points[1]!.y).toBeGreaterThan(chart.points[0]!.y);
	});

	it('draws the count as shares of votes cast with the majority, contest and quorum lines', () => {
		const bars = resultBars(
			{
				stage: 0,
				votesCast: 10,
				contest: 2,
				scenarios: [
					{ scenarioId: 'a', votes: 6 },
					{ scenarioId: 'b', votes: 2 }
				],
				contestReasons: []
			},
			{ majority: 0.5, contest: 0.66, quorum: 0.5 },
			40
		);
		expect(bars.bars.map((b) => [b.id, b.votes, b.share])).toEqual([
			['a', 6, 0.6],
			['b', 2, 0.2],
			['contest', 2, 0.2]
		]);
		expect(bars.bars[0]!.width).toBeGreaterThan(bars.majorityX);
		expect(bars.bars[2]!.width).toBeLessThan(bars.contestX);
		expect(bars.turnout.share).toBe(0.25);
		expect(bars.turnout.x).toBeLessThan(bars.turnout.quorumX);
	});
});
