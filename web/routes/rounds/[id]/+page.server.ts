import { error, fail } from '@sveltejs/kit';
import { councilAct } from '$lib/server/council/councilAct.js';
import { deskFor } from '$lib/server/council/deskFor.js';
import { typedValues } from '$lib/server/council/typedValues.js';
import { roundView } from '$lib/server/rounds/roundView.js';
import type { Actions, PageServerLoad } from './$types';

/** A page number from the address: a whole number from 1, else refused by name. */
function pageParam(url: URL, name: string): number {
	const raw = url.searchParams.get(name);
	if (raw === null) return 1;
	if (!/^[1-9][0-9]{0,5}$/.test(raw))
		error(400, `${name}: should be a page number from 1, got ${JSON.stringify(raw)}`);
	return Number(raw);
}

export const load: PageServerLoad = ({ params, url, locals }) => {
	const round = roundView(
		locals.app,
		params.id,
		locals.locale,
		url.searchParams.get('receipt') ?? undefined,
		{
			ballots: pageParam(url, 'ballots'),
			events: pageParam(url, 'events')
		}
	);
	if (!round) error(404, `no round ${params.id}`);
	const election = (id: string) => locals.app.elections.state(id);
	return { round, desk: deskFor(locals.app.rounds.round(params.id)!, locals.viewer, election) };
};

export const actions: Actions = {
	act: async ({ request, locals, params, url }) => {
		const form = await request.formData();
		const outcome = await councilAct(locals.app, locals.viewer, params.id, form, `${url.origin}/`);
		// A refused form is shown again with what was typed (not secrets or files), its error tied to its input.
		return outcome.status === 'done'
			? outcome
			: fail(outcome.status === 'forbidden' ? 403 : 400, { ...outcome, values: typedValues(form) });
	}
};
