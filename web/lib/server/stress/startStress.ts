import * as v from 'valibot';
import type { Account } from '../../../../data/accounts/index.js';
import { describeIssues, parse } from '../../../../data/schema/index.js';
import { stressCases } from '../../../../scenarios/stress/index.js';
import type { AppContext } from '../context.js';
import { stressRoles } from './types.js';

/** The form: a case of the library, and 1–5 runs (each run is one seed through the closed loop). */
const StressForm = v.strictObject({
	case: v.picklist(Object.keys(stressCases), `should be one of ${Object.keys(stressCases).join(', ')}`),
	runs: v.pipe(
		v.string('should be a number'),
		v.transform(Number),
		v.integer('should be a whole number'),
		v.minValue(1, 'should be at least 1'),
		v.maxValue(5, 'should be at most 5')
	)
});

/** Starts a stress test for someone allowed to: role first, then the form, then the runner (one job at a time). */
export function startStress(
	app: AppContext,
	viewer: Account | undefined,
	form: Record<string, unknown>
):
	| { readonly status: 'started'; readonly id: string }
	| { readonly status: 'busy'; readonly id: string }
	| { readonly status: 'forbidden' }
	| { readonly status: 'invalid'; readonly message: string } {
	if (!viewer || !stressRoles.includes(viewer.role)) return { status: 'forbidden' };
	const parsed = parse(StressForm, form);
	if (!parsed.ok) return { status: 'invalid', message: describeIssues(parsed.issues) };
	const started = app.stress.start(parsed.value.case, parsed.value.runs, viewer.id);
	// The schema already refused unknown cases; the runner checks again for callers without it.
	if (started.status === 'unknown-case') return { status: 'invalid', message: `case: ${started.caseId}` };
	return started;
}
