import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { writeInvitations } from '../../../../cli/commands/round/roundIO.js';
import type { Account } from '../../../../data/accounts/index.js';
import { seedRevealOf, type ActResult } from '../../../../scenarios/round/index.js';
import { may } from '../auth/permissions.js';
import { councilActions, type CouncilAction } from '../auth/types.js';
import type { AppContext } from '../context.js';
import { CouncilForm } from './councilForms.js';
import { decryptElectionFromForm } from './decryptElectionFromForm.js';
import { openElectionFromForm } from './openElectionFromForm.js';
import { reviewFromForm } from './reviewFromForm.js';
import type { CouncilOutcome } from './types.js';

/**
 * One step of a decision round from a console form, by the signed-in `viewer`: the role is checked
 * first, then the form (valibot, naming the field), then the same desk operation `resourceos round`
 * calls, which applies the round's own rules and writes the audit log. Reviews, strikes and returns
 * are made in the viewer's own name. New invitation codes go to a CSV in `<dataDir>/invitations/`, as
 * with the CLI, never into the page.
 */
export async function councilAct(
	app: AppContext,
	viewer: Account | undefined,
	roundId: string | undefined,
	form: FormData,
	consoleUrl: string
): Promise<CouncilOutcome> {
	const kind = form.get('kind');
	if (typeof kind !== 'string' || !councilActions.includes(kind as CouncilAction))
		return {
			status: 'bad-input',
			action: String(kind),
			field: 'kind',
			message: `kind: unknown action ${JSON.stringify(kind)}`
		};
	const action = kind as CouncilAction;
	if (!viewer || !may(viewer.role, action)) return { status: 'forbidden', action };
	if (action !== 'create' && (roundId === undefined || !app.rounds.round(roundId)))
		return { status: 'refused', action, message: `no round ${JSON.stringify(roundId)}` };
	const fields = Object.fromEntries(form);
	const id = roundId!;
	const report = async (result: ActResult): Promise<CouncilOutcome> => {
		if (!result.ok) {
			// The round's own rules name the field they refuse ("strike in state …: reason: should be …");
			// when it is one of this form's fields, the error is tied to that input.
			const field = /^[\w-]+ in state [\w-]+: ([\w-]+): /.exec(result.error.message)?.[1];
			return field !== undefined && field in fields
				? { status: 'bad-input', action, field, message: result.error.message }
				: { status: 'refused', action, message: result.error.message };
		}
		const done = { status: 'done', action, round: result.round.id, state: result.round.state } as const;
		if (result.invitations.length === 0) return done;
		const stage = result.invitations[0]!.stage;
		const dir = join(app.config.dataDir, 'invitations');
		mkdirSync(dir, { recursive: true });
		const file = join(dir, `${result.round.id}-stage${stage}-${app.now()}.csv`);
		await writeInvitations(file, result.invitations, consoleUrl, app.ledger.head());
		return { ...done, invitations: { count: result.invitations.length, file } };
	};
	if (action === 'open-election') {
		const opened = await openElectionFromForm(app.rounds, id, form);
		if (!opened.ok) return { status: 'bad-input', action, field: opened.field, message: opened.message };
		return report(opened.result);
	}
	if (action === 'decrypt-election') {
		const d = await decryptElectionFromForm(app.rounds, app.elections, id, form, app.now());
		if (!d.ok)
			return 'refused' in d
				? { status: 'refused', action, message: d.refused }
				: { status: 'bad-input', action, field: d.field, message: d.message };
		const { election, trustees, threshold, result } = d;
		const round = app.rounds.round(id)!;
		const decryption = { election, trustees, threshold, ...(result ? { result } : {}) };
		return { status: 'done', action, round: round.id, state: round.state, decryption };
	}
	if (action === 'submit-review') {
		const review = reviewFromForm(fields);
		if (!review.ok) return { status: 'bad-input', action, field: review.field, message: review.message };
		return report(
			app.rounds.act(id, {
				kind: 'submit-review',
				review: { expertId: viewer.id, verdicts: review.verdicts }
			})
		);
	}
	const parsed = await v.safeParseAsync(CouncilForm, fields);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const field = v.getDotPath(issue) ?? 'form';
		const path = field.split('.');
		return {
			status: 'bad-input',
			action,
			field: path[0]!,
			message: `${field}: ${issue.message}${path.length > 1 ? '' : `, got ${JSON.stringify(issue.input instanceof File ? issue.input.name : issue.input)}`}`
		};
	}
	const input = parsed.output;
	switch (input.kind) {
		case 'create': {
			const keys = ['panelSize', 'reserves', 'reviewDays', 'ethicsDays', 'voteDays'] as const;
			const options = Object.fromEntries(
				keys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]])
			);
			const subjects = input.subjects
				.split(',')
				.map((s) => s.trim())
				.filter((s) => s !== '');
			return report(
				app.rounds.create({
					id: input.id,
					scenarios: input.scenarios.scenarios,
					options,
					subjects: [`person:${viewer.id}`, ...subjects]
				})
			);
		}
		case 'open-review':
		case 'close-review':
		case 'close-vote':
			return report(app.rounds.act(id, { kind: input.kind }));
		case 'strike':
			return report(
				app.rounds.act(id, {
					kind: 'strike',
					scenarioId: input.scenario,
					by: viewer.id,
					reason: input.reason
				})
			);
		case 'return':
			return report(app.rounds.act(id, { kind: 'return', by: viewer.id, reason: input.reason }));
		case 'commit-panel':
			return report(await app.rounds.commitPanel(id, input.pool));
		case 'commit-seed':
			return report(app.rounds.commitSeed(id, { party: viewer.id, hash: input.hash }));
		case 'open-vote': {
			// The form sends an empty field for no public value.
			const shares = seedRevealOf(input.reveal, input.publicValue === '' ? undefined : input.publicValue);
			return report(await app.rounds.openVote(id, shares, input.ballot));
		}
	}
}
