import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ledgerPath, openLedger } from '../data/ledger/index.js';
import { haveBinary, launchChromium } from '../harness/index.js';
import { demoPool, harvestShortfall } from '../scenarios/round/cases/loadCases.js';
import { createRoundDesk, uniformPanelDrawer } from '../scenarios/round/index.js';
import { axeViolations } from '../web/lib/testing/axeViolations.js';
import { ensureBuilt } from '../web/lib/testing/ensureBuilt.js';
import type { Benchmark } from './types.js';
import { startTestConsole } from '../cli/app/startTestConsole.js';
import { appointDemoRoster } from '../scenarios/round/appointDemoRoster.js';
import { reviewAllSound } from '../scenarios/round/reviewAllSound.js';

/** One HTTP exchange: status, wall time (ms) and the bytes that crossed the wire (compressed, if it was). */
function exchange(
	url: string,
	init: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<{ status: number; ms: number; bytes: number; body: Buffer; link: string }> {
	const t0 = performance.now();
	return new Promise((resolve, reject) => {
		const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const body = Buffer.concat(chunks);
				const link = String(res.headers.link ?? '');
				resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, bytes: body.length, body, link });
			});
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end(init.body);
	});
}

const p99 = (xs: readonly number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]! * 10) / 10;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The console under the panel's load, through the real server (adapter-node, the no-JavaScript form
 * POST a phone makes): 500 votes spread over `spreadSeconds` (default 60) and 500 at once, against a
 * reference measured in the same run (GET of the empty ballot page, same server, same spacing);
 * the ballot page's JavaScript; the round page with 1,000 ballots as sent (gzip); axe on every page.
 */
export const webBench: Benchmark = {
	name: 'web',
	summary:
		'Console: ballot JS (gzip), vote p99 (500 over 60 s), 500-vote burst, round page with 1,000 ballots, axe',
	async run(log, args) {
		const spreadSeconds = Number(args[0] ?? 60);
		ensureBuilt();
		const dataDir = mkdtempSync(join(tmpdir(), 'ros-bench-web-'));
		const app = await startTestConsole(dataDir);
		const ledger = openLedger(ledgerPath(dataDir));
		try {
			appointDemoRoster(ledger, Date.now());
			const desk = createRoundDesk({
				store: ledger,
				clock: Date.now,
				secret: (n) => randomBytes(n),
				drawer: uniformPanelDrawer(),
				// The seed ceremony is not what this measures (bench/round.ts does the same).
				options: { panelSize: 1000, reserves: 0, seedParties: 0 }
			});
			desk.create({ id: 'bench', scenarios: harvestShortfall });
			reviewAllSound(desk, 'bench', harvestShortfall);
			await desk.commitPanel('bench', demoPool(2000));
			const opened = await desk.openVote('bench');
			if (!opened.ok) throw new Error(opened.error.message);
			const codes = opened.invitations.map((i) => i.code);
			const base = app.consoleUrl;
			const origin = new URL(base).origin;
			const vote = (code: string, i: number) =>
				exchange(`${base}vote?/cast`, {
					method: 'POST',
					headers: { origin, 'content-type': 'application/x-www-form-urlencoded', 'accept-encoding': 'gzip' },
					body: new URLSearchParams({
						code,
						choice: i % 3 === 0 ? 'equity-first' : 'quinoa-substitution',
						reason: ''
					}).toString()
				});

			// The ballot page's JavaScript: every module it imports or preloads (in the page or the Link header), gzipped.
			const page0 = await exchange(`${base}vote?c=${encodeURIComponent(codes[0]!)}`);
			const ballot = page0.body.toString();
			const sources = [
				...`${ballot} ${page0.link}`.matchAll(/["'<(]([^"'<>()\s]*\/_app\/[^"'<>()\s]+\.js)["'>)]/g)
			].map((m) => m[1]!);
			const inline = [...ballot.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
			let jsBytes = gzipSync(inline).length;
			for (const src of new Set(sources))
				jsBytes += gzipSync((await exchange(new URL(src, `${base}vote`).href)).body).length;
			const ballotJsGzipKB = Math.round((jsBytes / 1024) * 10) / 10;
			log(`ballot page: ${new Set(sources).size} scripts, ${ballotJsGzipKB} KB of JavaScript (gzip)`);

			// 500 votes spread evenly, and the reference: the empty ballot page fetched at the same spacing.
			const gap = (spreadSeconds * 1000) / 500;
			const spread: Promise<{ status: number; ms: number }>[] = [];
			const reference: Promise<{ status: number; ms: number }>[] = [];
			for (let i = 0; i < 500; i++) {
				spread.push(vote(codes[i]!, i));
				reference.push(exchange(`${base}vote`, { headers: { 'accept-encoding': 'gzip' } }));
				await sleep(gap);
			}
			const spreadDone = await Promise.all(spread);
			const refDone = await Promise.all(reference);
			const voteP99MsSpread = p99(spreadDone.map((r) => r.ms));
			const getP99MsSpread = p99(refDone.map((r) => r.ms));
			log(
				`500 votes over ${spreadSeconds} s: p99 ${voteP99MsSpread} ms (empty ballot page p99 ${getP99MsSpread} ms)`
			);

			// 500 at once: every one recorded once, and when the last is answered.
			const t0 = performance.now();
			const burst = await Promise.all(codes.slice(500, 1000).map((c, i) => vote(c, i)));
			const burstLastMs = Math.round(performance.now() - t0);
			// The box as the server holds it while the vote is open (the published list stays sealed until the count).
			const recorded = desk.openBallots('bench').length;
			const burstLost = 1000 - recorded;
			const answered = burst.filter((r) => r.status === 200).length;
			log(
				`500 votes at once: last answered after ${burstLastMs} ms; ${answered} answered 200; ${recorded} of 1000 ballots recorded`
			);

			const closed = desk.act('bench', { kind: 'close-vote' });
			if (!closed.ok) throw new Error(closed.error.message);
			const page = await exchange(`${base}rounds/bench`, { headers: { 'accept-encoding': 'gzip' } });
			const roundPageKB = Math.round((page.bytes / 1024) * 10) / 10;
			log(`round page with 1,000 counted ballots: ${roundPageKB} KB as sent (gzip), status ${page.status}`);

			let axe: number | null = null;
			// Every page a visitor reaches without signing in (the signed-in desk is checked by the e2e test).
			const paths = [
				'',
				'rounds',
				'rounds/bench',
				'vote',
				`vote?c=${codes[0]}`,
				'signin',
				'audit',
				'citizen?region=capital',
				'explorer',
				'stress',
				'no-such-page'
			];
			if (haveBinary('chromium')) {
				const chromium = await launchChromium();
				try {
					const tab = await chromium.context.newPage();
					axe = 0;
					for (const path of paths)
						for (const lang of ['ru', 'en'])
							for (const width of [1280, 360]) {
								await tab.setViewportSize({ width, height: 900 });
								await tab.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
								const found = await axeViolations(tab);
								if (found.length > 0)
									log(`axe ${path} ${lang} ${width}: ${found.map((f) => f.id).join(', ')}`);
								axe += found.length;
							}
				} finally {
					await chromium.close();
				}
			}
			log(
				`axe (WCAG 2.2 AA), ${paths.length} pages × 2 languages × 2 widths: ${axe ?? 'skipped (no chromium)'} violations`
			);
			return {
				ballotJsGzipKB,
				voteP99MsSpread,
				getP99MsSpread,
				voteToGetP99: Math.round((voteP99MsSpread / getP99MsSpread) * 100) / 100,
				burstLastMs,
				burstLost,
				roundPageKB,
				axeViolations: axe
			};
		} finally {
			ledger.close();
			await app.stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
};
