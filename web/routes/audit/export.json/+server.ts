import type { RequestHandler } from './$types';

/** The whole audit log as the ledger holds it, for anyone to download and check (in the browser or with `resourceos verify audit`). */
export const GET: RequestHandler = ({ locals }) =>
	new Response(JSON.stringify(locals.app.ledger.audit()), {
		headers: {
			'content-type': 'application/json',
			'content-disposition': 'attachment; filename="audit-log.json"',
			'cache-control': 'no-store'
		}
	});
