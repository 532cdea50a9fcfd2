import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const job = locals.app.stress.get(params.id);
	if (!job) error(404, `no stress test ${params.id}`);
	// The report in the reader's language only: the other would double the page.
	const state =
		job.state.status === 'done' ? { ...job.state, html: job.state.html[locals.locale] } : job.state;
	return { job: { ...job, title: job.title[locals.locale], state } };
};
