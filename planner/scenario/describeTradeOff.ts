import type { ProposedScenario } from '../../data/plan/types.js';
import { num, type Bilingual } from './format.js';

/**
 * What a scenario trades, in people: against the round's scenario that leaves the fewest
 * person-days of need unmet, how many more it leaves (and as how many people going without their
 * whole norm for the horizon), and the transport it saves or adds. Null for that scenario itself.
 */
export function describeTradeOff(
	s: ProposedScenario,
	fewest: ProposedScenario,
	horizonDays: number
): Bilingual | null {
	if (s === fewest) return null;
	const more = s.metrics.shortfallPersonDays - fewest.metrics.shortfallPersonDays;
	const people = Math.round(more / horizonDays);
	const tkm = fewest.metrics.transportTonneKm - s.metrics.transportTonneKm;
	const moved = {
		en: tkm >= 0 ? `moves ${num(tkm, 'en')} t·km less` : `moves ${num(-tkm, 'en')} t·km more`,
		ru:
			tkm >= 0 ? `перевозит на ${num(tkm, 'ru')} т·км меньше` : `перевозит на ${num(-tkm, 'ru')} т·км больше`
	};
	const against = {
		en: `Against “${fewest.title.en}”, which leaves the fewest people short`,
		ru:
			`По сравнению со сценарием «${fewest.title.ru}», ` +
			`при котором нехватку испытывает меньше всего ` +
			`людей`
	};
	const unmet = {
		en: `leaves ${num(more, 'en')} more person-days of need unmet`,
		ru: `оставляет неудовлетворёнными на ${num(more, 'ru')} чел.-дней больше`
	};
	const asIf = {
		en: `as if ${num(people, 'en')} people went without their whole norm for ${horizonDays} days`,
		ru: `как если бы ${num(people, 'ru')} чел. ${horizonDays} дней не получали свою норму`
	};
	return {
		en: `${against.en}, this scenario ${unmet.en} (${asIf.en}) and ${moved.en}.`,
		ru: `${against.ru}, этот сценарий ${unmet.ru} (${asIf.ru}) и ${moved.ru}.`
	};
}
