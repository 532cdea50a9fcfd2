import type { Locale } from '../../i18n/types.js';
import { ballotBox } from '../../../../scenarios/round/ballotBox.js';
import type { AppContext } from '../context.js';
import { regionImpact } from './regionImpact.js';
import type { BallotPage } from './types.js';

/** The ballot a code opens, in the voter's language, or why it cannot vote. Struck scenarios stay visible, with the reason. */
export function ballotPage(app: AppContext, code: string, locale: Locale): BallotPage {
	const found = app.rounds.lookup(code);
	if (!found.ok) return { status: 'refused', refusal: found.refusal };
	const { round } = found;
	const box = ballotBox(round);
	const byId = new Map(round.scenarios.map((s) => [s.scenario.id, s.scenario]));
	return {
		status: 'open',
		code,
		round: round.id,
		stage: round.stages.at(-1)!.kind,
		deadline: new Date(box.deadline!).toISOString(),
		options: box.choices.map((id) => {
			const s = byId.get(id)!;
			return {
				id,
				title: s.title[locale],
				summary: s.summary[locale],
				metrics: s.metrics,
				impact: regionImpact(app, s, locale)
			};
		}),
		excluded: round.scenarios
			.filter(({ scenario }) => !box.choices.includes(scenario.id))
			.map(({ scenario, standing }) => ({
				id: scenario.id,
				title: scenario.title[locale],
				why: standing.kind === 'struck' ? standing.strike.reason : box.excluded[scenario.id]!
			})),
		minContestReason: round.options.ballot.minContestReason
	};
}
