import { error, json } from '@sveltejs/kit';
import { electionRecord } from '$lib/server/election/index.js';
import type { RequestHandler } from './$types';

/** The election's public record (manifest, box, decryptions, result): what anyone downloads and checks. */
export const GET: RequestHandler = ({ params, locals }) => {
	const record = electionRecord(locals.app, `${params.round}/${params.stage}`);
	if (!record) error(404, 'no such election');
	return json(record);
};
