import { electionHash } from '../../../scenarios/ballot/election/index.js';
import type { ActResult, RoundDesk } from '../../../scenarios/round/index.js';
import { electionOptions } from '../../../scenarios/round/stageElection.js';
import type { CliIO } from '../../types.js';
import { assembleManifest } from '../election/assembleManifest.js';
import { writePublic } from '../election/electionFiles.js';

/**
 * `round open-election`: the operator opens an encrypted stage's ballot box from the trustees'
 * commitments and the credential authority's public list (the server never sees a code); the desk
 * refuses a list that is not for exactly the stage's panel, or a manifest for another stage.
 */
export async function openElectionStep(
	desk: RoundDesk,
	id: string,
	files: { readonly commitments: readonly string[]; readonly credentials: string; readonly out?: string },
	io: CliIO
): Promise<ActResult> {
	const stage = desk.round(id)?.stages.at(-1);
	const options = electionOptions(stage?.choices ?? []);
	const { manifest, panelists } = await assembleManifest(options, files.commitments, files.credentials);
	const opened = desk.openElection(id, manifest, panelists);
	if (opened.ok) {
		if (files.out) await writePublic(files.out, manifest);
		const trustees = `${manifest.threshold} of ${manifest.trustees.length} trustees`;
		const opening = `election ${manifest.id} open: ${manifest.options.join(', ')}`;
		io.stdout.write(
			`${opening}; ${trustees}, ${manifest.maxVotes} credentials; hash ${electionHash(manifest)}\n`
		);
	}
	return opened;
}
