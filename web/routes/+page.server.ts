import { overview } from '$lib/server/overview/overview.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	overview: await overview(locals.app, locals.locale)
});
