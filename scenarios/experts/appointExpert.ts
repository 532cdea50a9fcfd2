import { addMonths } from './addMonths.js';
import type { Candidate, Expert, ExpertOptions } from './types.js';

export type Appointment =
	| { readonly status: 'appointed'; readonly expert: Expert }
	| { readonly status: 'refused'; readonly reason: string };

/** Gives a candidate a term of `months` from `start`; longer than the maximum term is refused. */
export function appointExpert(
	candidate: Candidate,
	start: number,
	months: number,
	options: Pick<ExpertOptions, 'maxTermMonths'>
): Appointment {
	if (!Number.isInteger(months) || months < 1)
		return {
			status: 'refused',
			reason: `term of ${months} months: should be a whole number of months, at least 1`
		};
	if (months > options.maxTermMonths)
		return {
			status: 'refused',
			reason: `term of ${months} months: longer than the maximum of ${options.maxTermMonths}`
		};
	return { status: 'appointed', expert: { ...candidate, term: { start, end: addMonths(start, months) } } };
}
