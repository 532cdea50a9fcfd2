import { explorerView } from '$lib/server/explorer/explorerView.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => ({
	explorer: await explorerView(
		locals.app,
		{ region: url.searchParams.get('region'), series: url.searchParams.get('series') },
		locals.locale
	)
});
