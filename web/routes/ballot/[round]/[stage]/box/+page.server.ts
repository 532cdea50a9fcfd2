import { error } from '@sveltejs/kit';
import { sealedBox } from '$lib/server/election/index.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const box = sealedBox(locals.app, `${params.round}/${params.stage}`);
	if (!box) error(404, 'no such election');
	return { box };
};
