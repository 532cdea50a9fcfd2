import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe finding, short enough to read in a test failure. */
export interface AxeFinding {
	readonly id: string;
	readonly impact: string | null;
	readonly targets: readonly string[];
}

/** Runs axe-core (WCAG 2.0-2.2 A and AA rules) in the page and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
	await page.addScriptTag({ content: source });
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? null,
			targets: v.nodes.map((n) => n.target.join(' '))
		}));
	});
}
