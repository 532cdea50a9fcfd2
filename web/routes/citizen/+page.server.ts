import { citizenPoints } from '$lib/server/citizen/citizenPoints.js';
import { citizenQuotas } from '$lib/server/citizen/citizenQuotas.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => {
	const region = url.searchParams.get('region');
	const quotas = citizenQuotas(locals.app, region, locals.locale);
	// A region that is not one of this world's is refused by name, never silently ignored.
	const unknownRegion = region !== null && quotas.region === null ? region : null;
	return { quotas, unknownRegion };
};

export const actions: Actions = {
	points: async ({ request, locals }) =>
		citizenPoints(locals.app, Object.fromEntries(await request.formData()), locals.locale)
};
