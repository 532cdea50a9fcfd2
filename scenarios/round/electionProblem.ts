import type { ElectionManifest } from '../ballot/election/types.js';
import { electionOptions } from './stageElection.js';
import type { Round } from './types.js';

/**
 * Why a manifest cannot open the round's open stage, or undefined: it must be the stage's election,
 * list the stage's options (then contest), and carry one credential for each panelist invited to the
 * stage, from a public list made for exactly those panelists (whose key is whose stays unknown).
 */
export function electionProblem(
	round: Round,
	manifest: ElectionManifest,
	panelists: readonly string[]
): string | undefined {
	const stage = round.state === 'panel-vote' ? round.stages.at(-1) : undefined;
	if (!stage?.election) return `round ${round.id} has no encrypted ballot open (state ${round.state})`;
	if (manifest.id !== stage.election) return `the manifest is for ${manifest.id}, not ${stage.election}`;
	const options = electionOptions(stage.choices);
	if (manifest.options.join() !== options.join())
		return `the manifest's options are ${manifest.options.join(',')}, not the stage's ${options.join(',')}`;
	const panel = [...round.panel!.members, ...round.panel!.invited].sort();
	const listed = [...panelists].sort();
	if (listed.join() !== panel.join()) {
		const differ = panel.filter((p) => !listed.includes(p)).join(', ') || 'others';
		return `the credential list is for ${listed.length} panelists, not the stage's panel of ${panel.length} (${differ} differ)`;
	}
	if (manifest.credentials.length !== panel.length || manifest.maxVotes !== panel.length)
		return `the manifest has ${manifest.credentials.length} credentials (at most ${manifest.maxVotes} votes) for a panel of ${panel.length}`;
	return undefined;
}
