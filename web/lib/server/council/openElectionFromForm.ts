import * as v from 'valibot';
import {
	commitmentFileSchema,
	credentialListSchema
} from '../../../../cli/commands/election/electionFiles.js';
import { manifestFromParts } from '../../../../cli/commands/election/manifestFromParts.js';
import type { ActResult, RoundDesk } from '../../../../scenarios/round/index.js';
import { electionOptions } from '../../../../scenarios/round/stageElection.js';
import { JsonFile } from './councilForms.js';

const Form = v.strictObjectAsync({
	kind: v.literal('open-election'),
	commitments: v.pipeAsync(
		v.arrayAsync(JsonFile(commitmentFileSchema)),
		v.minLength(1, 'should upload every trustee’s commitment file')
	),
	credentials: JsonFile(credentialListSchema)
});

/**
 * `open-election` from the console, as `resourceos round open-election` does it: the trustees'
 * commitment files (several, under one field) and the credential authority's signed public list are
 * checked together into the stage's manifest, which the desk checks against the round's panel.
 */
export async function openElectionFromForm(
	desk: RoundDesk,
	roundId: string,
	form: FormData
): Promise<{ ok: false; field: string; message: string } | { ok: true; result: ActResult }> {
	const parsed = await v.safeParseAsync(Form, {
		kind: form.get('kind'),
		commitments: form.getAll('commitments'),
		credentials: form.get('credentials') ?? undefined
	});
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const field = String(issue.path?.[0]?.key ?? 'form');
		return { ok: false, field, message: `${v.getDotPath(issue) ?? field}: ${issue.message}` };
	}
	const { commitments, credentials } = parsed.output;
	const options = electionOptions(desk.round(roundId)?.stages.at(-1)?.choices ?? []);
	const parts = manifestFromParts(
		options,
		commitments.map((value, i) => ({ name: `commitments ${i + 1}`, value })),
		{ name: 'credentials', value: credentials }
	);
	if ('issues' in parts) {
		const [issue] = parts.issues;
		const field = parts.source === 'commitments' ? 'commitments' : 'credentials';
		return { ok: false, field, message: `${issue!.path}: ${issue!.expected}` };
	}
	return { ok: true, result: desk.openElection(roundId, parts.manifest, parts.panelists) };
}
