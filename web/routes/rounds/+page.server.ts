import { roundList } from '$lib/server/rounds/roundList.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => roundList(locals.app);
