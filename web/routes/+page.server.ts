import { overview } from '$lib/server/overview/overview.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ overview: overview(locals.app, locals.locale) });
