import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const job = locals.app.stress.get(params.id);
	if (!job) error(404, `no stress test ${params.id}`);
	return { job: { ...job, title: job.title[locals.locale] } };
};
