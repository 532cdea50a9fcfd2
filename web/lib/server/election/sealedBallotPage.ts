import type { Locale } from '../../i18n/types.js';
import type { AppContext } from '../context.js';
import { regionImpact } from '../vote/regionImpact.js';
import type { SealedBallotPage } from './types.js';

/** The encrypted ballot of stage `stage` of `round`, read from the audit log, with the round's titles. */
export function sealedBallotPage(
	app: AppContext,
	round: string,
	stage: string,
	locale: Locale
): SealedBallotPage {
	const election = `${round}/${stage}`;
	const state = app.elections.read(election);
	if (!state) return { status: 'not-found', election };
	const scenarios = app.rounds.round(round)?.scenarios ?? [];
	const contest =
		locale === 'ru' ? 'Оспорить раунд: отправить на пересчёт' : 'Contest the round: send it back';
	const options = state.manifest.options.map((id) => {
		const s = scenarios.find((x) => x.scenario.id === id)?.scenario;
		if (s)
			return { id, title: s.title[locale], summary: s.summary[locale], impact: regionImpact(app, s, locale) };
		return { id, title: id === 'contest' ? contest : id, summary: '', impact: [] };
	});
	return {
		status: state.closed ? 'closed' : 'open',
		election,
		manifest: state.manifest,
		options,
		ballots: state.ballots.length
	};
}
