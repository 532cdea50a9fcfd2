import type { Page } from 'playwright-core';

/**
 * For browser tests: signs `page` in to the console at `consoleUrl` as account `id` (English form),
 * and waits until it has left the sign-in page; a refusal fails with what the page says.
 */
export async function signInAs(page: Page, consoleUrl: string, id: string, password: string): Promise<void> {
	await page.goto(`${consoleUrl}signin?lang=en`);
	await page.getByLabel('Account').fill(id);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page
		.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 10_000 })
		.catch(async () => {
			throw new Error(`sign-in as ${id} failed: ${await page.locator('main').innerText()}`);
		});
}
