import type { ReturnReason } from '../../../scenarios/round/types.js';
import type { Locale } from './types.js';

/** Why a round went back to the planner, as a sentence in the reader's language (never raw JSON). */
export function returnReasonText(
	reason: ReturnReason,
	locale: Locale,
	title: (id: string) => string
): string {
	const ru = locale === 'ru';
	switch (reason.kind) {
		case 'amended-parameters': {
			const params = Object.entries(reason.parameters)
				.map(([k, v]) => `${k} = ${String(v)}`)
				.join(', ');
			return ru
				? `Эксперт ${reason.expertId} изменил параметры сценария «${title(reason.scenarioId)}»: ${params}. ${reason.comment}`
				: `Expert ${reason.expertId} amended the parameters of “${title(reason.scenarioId)}”: ${params}. ${reason.comment}`;
		}
		case 'needs-rework':
			return ru
				? `Эксперты просят доработать «${title(reason.scenarioId)}»: ${reason.comments.join(' · ')}`
				: `The experts ask for rework of “${title(reason.scenarioId)}”: ${reason.comments.join(' · ')}`;
		case 'too-few-standing':
			return ru
				? `В бюллетене осталось сценариев: ${reason.standing}, нужно не меньше ${reason.needed}.`
				: `Scenarios left on the ballot: ${reason.standing}; at least ${reason.needed} are needed.`;
		case 'too-few-reviewers':
			return ru
				? `Экспертов без конфликта интересов: ${reason.eligible}, нужно ${reason.needed}.`
				: `Experts without a conflict of interest: ${reason.eligible}; ${reason.needed} are needed.`;
		case 'reviews-missing':
			return ru
				? `К сроку получено заключений: ${reason.received}, нужно ${reason.needed}.`
				: `Reviews received by the deadline: ${reason.received}; ${reason.needed} are needed.`;
		case 'panel-infeasible':
			return ru ? `Панель нельзя собрать: ${reason.message}` : `The panel cannot be drawn: ${reason.message}`;
		case 'no-quorum':
			return ru
				? `Кворума нет: проголосовали ${reason.votesCast}, нужно ${reason.needed}.`
				: `No quorum: ${reason.votesCast} voted, ${reason.needed} were needed.`;
		case 'tie':
			return ru
				? `Ничья между: ${reason.between.map(title).join(', ')}.`
				: `A tie between: ${reason.between.map(title).join(', ')}.`;
		case 'council':
			return ru
				? `Совет (${reason.by}) вернул раунд: ${reason.reason}`
				: `The council (${reason.by}) returned the round: ${reason.reason}`;
	}
}
