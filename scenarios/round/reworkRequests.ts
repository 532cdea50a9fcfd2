import type { AmendedParameters } from '../experts/types.js';
import type { ReturnReason } from './types.js';

/** A change the planner can make on a re-plan (the same shape as the planner's `ReworkReason`, kept here so the round does not depend on the planner). */
export type ReworkRequest =
	| { readonly kind: 'norm'; readonly resource: string; readonly perPersonPerDay: number }
	| { readonly kind: 'floor'; readonly resource: string; readonly days: number; readonly region?: string }
	| { readonly kind: 'priority'; readonly region: string; readonly minCoverage: number }
	| { readonly kind: 'avoid-arc'; readonly arc: string };

/** The parameter names a reviewer may amend, as the planner understands them. */
export const amendableParameters = [
	'norm:<resource> = units per person per day',
	'floor:<resource>[:<region>] = reserve days',
	'priority:<region> = minimum coverage 0..1',
	'avoid-arc:<arc> = true'
];

/** Reads one amended parameter as a planner request, or says why it cannot be one. */
export function reworkRequest(name: string, value: number | string | boolean): ReworkRequest | string {
	const [kind, a, b, ...rest] = name.split(':');
	const positive = typeof value === 'number' && Number.isFinite(value) && value > 0;
	if (rest.length > 0 || !a) return `${name}: should be one of ${amendableParameters.join('; ')}`;
	switch (kind) {
		case 'norm':
			return positive && b === undefined
				? { kind, resource: a, perPersonPerDay: value as number }
				: `${name}: should be a positive number of units per person per day, got ${JSON.stringify(value)}`;
		case 'floor':
			return positive
				? { kind, resource: a, days: value as number, ...(b ? { region: b } : {}) }
				: `${name}: should be a positive number of days, got ${JSON.stringify(value)}`;
		case 'priority':
			return typeof value === 'number' && value > 0 && value <= 1 && b === undefined
				? { kind, region: a, minCoverage: value }
				: `${name}: should be a coverage from 0 to 1, got ${JSON.stringify(value)}`;
		case 'avoid-arc':
			return value === true && b === undefined
				? { kind, arc: a }
				: `${name}: should be true, got ${JSON.stringify(value)}`;
		default:
			return `${name}: should be one of ${amendableParameters.join('; ')}`;
	}
}

/** Checks amended parameters; the first problem, or undefined. */
export function checkAmendments(parameters: AmendedParameters): string | undefined {
	for (const [name, value] of Object.entries(parameters)) {
		const request = reworkRequest(name, value);
		if (typeof request === 'string') return request;
	}
	return undefined;
}

/** The planner's requests from a returned round's amended parameters (later reviewers' values for the same parameter win). */
export function reworkRequests(reasons: readonly ReturnReason[]): ReworkRequest[] {
	const byName = new Map<string, ReworkRequest>();
	for (const reason of reasons) {
		if (reason.kind !== 'amended-parameters') continue;
		for (const [name, value] of Object.entries(reason.parameters)) {
			const request = reworkRequest(name, value);
			if (typeof request !== 'string') byName.set(name, request);
		}
	}
	return [...byName.values()];
}
