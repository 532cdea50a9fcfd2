import type { PolicyId } from '../model/types.js';
import type { Bilingual } from './format.js';

const meetingFloorRu = 'при соблюдении порога обеспечения';

/** Title and one-line aim of each policy, for the scenario cards. */
export const policyTexts: Readonly<Record<PolicyId, { readonly title: Bilingual; readonly aim: Bilingual }>> =
	{
		'equity-first': {
			title: { en: 'Equity first', ru: 'Справедливость прежде всего' },
			aim: {
				en: 'raises the lowest coverage of any region as high as it can go',
				ru: 'поднимает самое низкое обеспечение среди регионов настолько, насколько возможно'
			}
		},
		'least-transport': {
			title: { en: 'Least transport and energy', ru: 'Минимум перевозок и энергии' },
			aim: {
				en: 'moves as little as possible while keeping every norm at or above the coverage floor',
				ru: 'перевозит как можно меньше, удерживая каждую норму не ниже порога обеспечения'
			}
		},
		'most-resilient': {
			title: { en: 'Most resilient', ru: 'Максимальная устойчивость' },
			aim: {
				en: 'keeps the largest reserves for the months ahead while meeting the coverage floor',
				ru: `сохраняет наибольшие резервы на будущие месяцы ${meetingFloorRu}`
			}
		},
		'local-self-sufficiency': {
			title: { en: 'Local self-sufficiency', ru: 'Местная самодостаточность' },
			aim: {
				en: 'lets each region live on its own stocks and production, importing only to reach the lifeline level',
				ru:
					'каждый регион живёт своими запасами и ' +
					'производством и ввозит только до уровня ' +
					'жизнеобеспечения'
			}
		},
		balanced: {
			title: { en: 'Balanced', ru: 'Сбалансированный' },
			aim: {
				en: 'weighs total shortfall, the worst-off region, transport and reserves together',
				ru: 'учитывает вместе общий дефицит, самый нуждающийся регион, перевозки и резервы'
			}
		}
	};
