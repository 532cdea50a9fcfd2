import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Round } from '../../../scenarios/round/index.js';
import type { CliIO } from '../../types.js';
import { writePublic } from '../election/electionFiles.js';

/**
 * When a round's open stage is an encrypted election still waiting for its manifest, writes the
 * stage's panel (public: it is in the log) where the credential authority can take it, and says who
 * does what next. The server issues no code for such a stage.
 */
export async function announceElection(
	round: Round,
	dataDir: string,
	published: boolean,
	io: CliIO
): Promise<void> {
	const stage = round.state === 'panel-vote' ? round.stages.at(-1) : undefined;
	if (!stage?.election || published) return;
	const panel = [...round.panel!.members, ...round.panel!.invited];
	const path = join(dataDir, 'panels', `${round.id}-stage-${stage.index}.json`);
	mkdirSync(join(path, '..'), { recursive: true });
	await writePublic(path, panel);
	io.stdout.write(
		[
			`stage ${stage.index} is the encrypted election ${stage.election}; its panel (${panel.length}) is in ${path}`,
			`  credential authority: resourceos election credentials --election ${stage.election} --panel ${path} --out DIR --publicUrl URL`,
			`  trustees: resourceos election deal / key --election ${stage.election}`,
			`  operator: resourceos round open-election --id ${round.id} --commitments … --credentials DIR/credentials.json`
		].join('\n') + '\n'
	);
}
