import { error } from '@sveltejs/kit';
import { explorerView } from '$lib/server/explorer/explorerView.js';
import { ProtectedAttributeError } from '../../../planner/correlation/protectedAttributes.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	try {
		return {
			explorer: await explorerView(
				locals.app,
				{ region: url.searchParams.get('region'), series: url.searchParams.get('series') },
				locals.locale
			)
		};
	} catch (e) {
		// A region with a protected series (by name or by the survey field it came from) is refused with the reason.
		if (e instanceof ProtectedAttributeError) error(403, e.message);
		throw e;
	}
};
